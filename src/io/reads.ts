import { createReadStream, statSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

/** One input sequence. */
export interface SeqRecord {
  /** Header up to the first separator (vidjil's read label). */
  label: string;
  /** Full header without `>`/`@`. */
  header: string;
  /** Upper-case sequence, spaces and `.` removed. */
  seq: string;
  /** FASTQ quality string, when present. */
  qual?: string;
}

/** Bad input: the message names the file and line. */
export class InputError extends Error {}

export interface ReadOptions {
  /** Read label separator (vidjil's --header-sep), default a space. */
  headerSep?: string;
  /** Records per yielded batch. */
  batchSize?: number;
}

const GZIP_MAGIC0 = 0x1f;
const GZIP_MAGIC1 = 0x8b;
const BAD_SEQ_CHAR = /[^A-Za-z. ]/;

/** Opens a file (or `-` for stdin), transparently gunzipping when it starts with the gzip magic. */
async function openInput(path: string): Promise<AsyncIterable<Buffer>> {
  const raw: Readable = path === '-' ? process.stdin : createReadStream(path);
  const it = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let first: IteratorResult<Buffer>;
  try {
    first = await it.next();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read input (${code === 'ENOENT' ? 'no such file' : code ?? e})`);
  }
  async function* replay(): AsyncGenerator<Buffer> {
    if (!first.done) yield first.value;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  }
  const buf = first.done ? null : first.value;
  if (buf && buf.length >= 2 && buf[0] === GZIP_MAGIC0 && buf[1] === GZIP_MAGIC1) {
    const gunzip = createGunzip();
    const src = replay();
    (async () => {
      try {
        for await (const chunk of src) if (!gunzip.write(chunk)) await new Promise((r) => gunzip.once('drain', r));
        gunzip.end();
      } catch (e) {
        gunzip.destroy(e as Error);
      }
    })();
    return gunzip;
  }
  return replay();
}

/** Yields the physical lines of an input (without `\n`), with their raw byte length. */
async function* lines(path: string): AsyncGenerator<string> {
  const input = await openInput(path);
  let rest = '';
  try {
    for await (const chunk of input) {
      const text = rest + (chunk as Buffer).toString('latin1');
      const parts = text.split('\n');
      rest = parts.pop()!;
      for (const p of parts) yield p;
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: cannot decompress or read input (${(e as Error).message})`);
  }
  if (rest !== '') yield rest;
}

function cleanSeq(line: string, path: string, n: number): string {
  if (BAD_SEQ_CHAR.test(line)) {
    const c = BAD_SEQ_CHAR.exec(line)![0];
    throw new InputError(`${path}:${n}: unexpected character '${c}' in sequence`);
  }
  return line.replace(/[. ]/g, '').toUpperCase();
}

const labelOf = (header: string, sep: string) => {
  const i = sep === '' ? -1 : header.indexOf(sep);
  return i < 0 ? header : header.slice(0, i);
};

/**
 * Streams FASTA or FASTQ records (plain or gzipped, `-` = stdin) in batches. Malformed input
 * throws an InputError naming the file and line.
 */
export async function* readSequences(path: string, opts: ReadOptions = {}): AsyncGenerator<SeqRecord[]> {
  const sep = opts.headerSep ?? ' ';
  const batchSize = opts.batchSize ?? 1024;
  let batch: SeqRecord[] = [];
  let format: '>' | '@' | null = null;
  let n = 0;
  // FASTA state
  let header: string | null = null;
  let parts: string[] = [];
  // FASTQ state: 0 expect header, 1 sequence, 2 '+', 3 quality
  let fq = 0;
  let fqHeader = '';
  let fqSeq = '';
  let fqLine = 0;
  const pushFasta = () => {
    if (header === null) return;
    batch.push({ label: labelOf(header, sep), header, seq: parts.join('') });
  };
  for await (const rawLine of lines(path)) {
    n++;
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (format === null) {
      const t = line.trim();
      if (t === '' || t.startsWith('#')) continue;
      if (t[0] !== '>' && t[0] !== '@') {
        throw new InputError(`${path}:${n}: not FASTA or FASTQ (a record should start with '>' or '@')`);
      }
      format = t[0] as '>' | '@';
    }
    if (format === '>') {
      if (line.startsWith('>')) {
        pushFasta();
        header = line.slice(1).trim();
        parts = [];
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      } else {
        const t = line.trimEnd();
        if (t === '' || t.startsWith('#')) continue;
        if (header === null) throw new InputError(`${path}:${n}: sequence before any '>' header`);
        parts.push(cleanSeq(t, path, n));
      }
      continue;
    }
    // FASTQ: strict 4-line records.
    if (fq === 0) {
      if (line.trim() === '') continue;
      if (!line.startsWith('@')) throw new InputError(`${path}:${n}: expected a FASTQ header starting with '@'`);
      fqHeader = line.slice(1).trim();
      fqLine = n;
      fq = 1;
    } else if (fq === 1) {
      fqSeq = cleanSeq(line.trimEnd(), path, n);
      fq = 2;
    } else if (fq === 2) {
      if (!line.startsWith('+')) throw new InputError(`${path}:${n}: expected a '+' separator line in FASTQ record started at line ${fqLine}`);
      fq = 3;
    } else {
      const qual = line.trimEnd();
      if (qual.length !== fqSeq.length) {
        throw new InputError(
          `${path}:${n}: quality length ${qual.length} differs from sequence length ${fqSeq.length} (record started at line ${fqLine})`,
        );
      }
      batch.push({ label: labelOf(fqHeader, sep), header: fqHeader, seq: fqSeq, qual });
      fq = 0;
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (format === '>') pushFasta();
  if (format === '@' && fq !== 0) {
    throw new InputError(`${path}:${n}: truncated FASTQ record (started at line ${fqLine}, ${['', 'sequence', "'+' line", 'quality'][fq]} missing)`);
  }
  if (batch.length > 0) yield batch;
}

/**
 * vidjil's estimate of the number of reads (N of the e-value multiplier): exact when the input
 * has at most 200 records, else extrapolated from the bytes of the first 200 records and the
 * file size (the compressed size for .gz input, as vidjil does). stdin counts as 100.
 */
export async function estimateReadCount(path: string): Promise<number> {
  if (path === '-') return 100;
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read input (${code === 'ENOENT' ? 'no such file' : code ?? e})`);
  }
  let bytes = 0;
  let records = 0;
  let format: string | null = null;
  let fastqLines = 0;
  for await (const raw of lines(path)) {
    bytes += raw.length + 1;
    const t = raw.trim();
    if (format === null) {
      if (t === '' || t.startsWith('#')) continue;
      format = t[0]!;
    }
    if (format === '>') {
      if (t.startsWith('>')) records++;
    } else if (t !== '') {
      if (fastqLines % 4 === 0) records++;
      fastqLines++;
    }
    if (records > 200) return Math.max(1, Math.floor((size / bytes) * 200));
  }
  return records;
}
