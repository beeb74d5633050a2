import type { BatchBuilder } from './batch.js';

const NEWLINE = 10;
const AT = 64;
const PLUS = 43;

/** Bytes of a sequence line that need no cleaning: upper-case A, C, G, T, N. */
const CLEAN: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (const c of 'ACGTN') t[c.charCodeAt(0)] = 1;
  return t;
})();

export interface ScanEnd {
  /** First byte not consumed. */
  pos: number;
  /** Complete 4-line records consumed. */
  records: number;
  /** Stopped on a record that the fast path does not take (the record parser takes over there). */
  irregular: boolean;
}

function lineEnd(buf: Uint8Array, from: number, end: number): number {
  const i = buf.indexOf(NEWLINE, from);
  return i < 0 || i >= end ? -1 : i;
}

/**
 * Moves FASTQ records of `buf[pos, end)` straight from bytes into the builder, without a
 * string per line: the bulk of large inputs. Takes only plain records (`@` header, upper-case
 * ACGTN sequence, `+` line, quality of the same length, `\n` line ends); it stops before any
 * other record (blank or CR-ended lines, lower case, malformed: the record parser handles
 * those with its cleaning and error messages), before an incomplete one, or when the
 * builder is full.
 */
export function scanFastq(buf: Uint8Array, pos: number, end: number, out: BatchBuilder, header: (from: number, to: number) => string): ScanEnd {
  let records = 0;
  while (!out.full && pos < end) {
    if (buf[pos] !== AT) return { pos, records, irregular: true };
    const h = lineEnd(buf, pos, end);
    if (h < 0) break;
    // The sequence line: clean bytes up to its newline.
    let s = h + 1;
    while (s < end && CLEAN[buf[s]!] === 1) s++;
    if (s >= end) break;
    if (buf[s] !== NEWLINE) return { pos, records, irregular: true };
    const p = lineEnd(buf, s + 1, end);
    if (p < 0) break;
    if (buf[s + 1] !== PLUS) return { pos, records, irregular: true };
    const L = s - h - 1;
    const q = lineEnd(buf, p + 1, end);
    if (q < 0) break;
    if (q - p - 1 !== L) return { pos, records, irregular: true };
    const from = pos;
    out.addBytes(buf, h + 1, L, buf, p + 1, () => header(from, h));
    records++;
    pos = q + 1;
  }
  return { pos, records, irregular: false };
}
