/**
 * In-memory FASTA/FASTQ parsing for request bodies (the analyze endpoint), with the rules of
 * `readSequences` (src/io/reads.ts): label = header up to the first space, sequence upper-cased
 * with spaces and `.` removed, `#` comment lines skipped, FASTQ as strict 4-line records.
 */
import { InputError, type SeqRecord } from '../io/reads.js';

/** Not FASTA/FASTQ at all: the first non-blank character is neither `>` nor `@`. */
export class InvalidFormatError extends InputError {}

/** More records than allowed. */
export class TooManySequencesError extends InputError {
  constructor(readonly limit: number) {
    super(`too many sequences (limit : ${limit})`);
  }
}

export interface ParseOptions {
  /** Read label separator (vidjil's --header-sep), default a space. */
  headerSep?: string;
  /** Throw TooManySequencesError as soon as a record beyond this count starts. */
  maxRecords?: number;
}

const BAD_SEQ_CHAR = /[^A-Za-z. ]/;

/** The first character that is not whitespace, or '' for a blank text. */
export function firstNonBlank(text: string): string {
  const m = /\S/.exec(text);
  return m ? m[0] : '';
}

function cleanSeq(line: string, n: number): string {
  const bad = BAD_SEQ_CHAR.exec(line);
  if (bad) {
    const c = bad[0];
    const shown = /[\x20-\x7e]/.test(c) ? `'${c}'` : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    throw new InputError(`line ${n}: unexpected character ${shown} in sequence`);
  }
  return line.replace(/[. ]/g, '').toUpperCase();
}

const labelOf = (header: string, sep: string) => {
  const i = sep === '' ? -1 : header.indexOf(sep);
  return i < 0 ? header : header.slice(0, i);
};

/**
 * Parses FASTA or FASTQ text. Throws InvalidFormatError when the first non-blank character is
 * not `>` or `@` (Vidjil's check), TooManySequencesError past `maxRecords`, and
 * InputError (message `line N: ...`) on malformed records.
 */
export function parseSequences(text: string, opts: ParseOptions = {}): SeqRecord[] {
  const sep = opts.headerSep ?? ' ';
  const max = opts.maxRecords ?? Infinity;
  const first = firstNonBlank(text);
  if (first !== '>' && first !== '@') {
    throw new InvalidFormatError('invalid sequences, please use fasta or fastq format');
  }
  const records: SeqRecord[] = [];
  const add = (r: SeqRecord) => {
    if (records.length >= max) throw new TooManySequencesError(max);
    records.push(r);
  };
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let format: '>' | '@' | null = null;
  // FASTA state
  let header: string | null = null;
  let parts: string[] = [];
  // FASTQ state: 0 expect header, 1 sequence, 2 '+', 3 quality
  let fq = 0;
  let fqHeader = '';
  let fqSeq = '';
  let fqLine = 0;
  const pushFasta = () => {
    if (header !== null) add({ label: labelOf(header, sep), header, seq: parts.join('') });
  };
  let n = 0;
  for (const raw of lines) {
    n++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (format === null) {
      const t = line.trim();
      if (t === '') continue;
      format = t[0] as '>' | '@';
    }
    if (format === '>') {
      const t = line.trim();
      if (t.startsWith('>')) {
        pushFasta();
        header = t.slice(1).trim();
        parts = [];
      } else {
        if (t === '' || t.startsWith('#')) continue;
        parts.push(cleanSeq(t, n));
      }
      continue;
    }
    if (fq === 0) {
      const t = line.trim();
      if (t === '') continue;
      if (!t.startsWith('@')) throw new InputError(`line ${n}: expected a FASTQ header starting with '@'`);
      fqHeader = t.slice(1).trim();
      fqLine = n;
      fq = 1;
    } else if (fq === 1) {
      fqSeq = cleanSeq(line.trim(), n);
      fq = 2;
    } else if (fq === 2) {
      if (!line.startsWith('+')) {
        // A form-encoded body sent without encoding turns '+' into a space.
        const hint = line.trim() === '' ? " (when sending form-encoded data, encode '+' as %2B)" : '';
        throw new InputError(`line ${n}: expected a '+' separator line in FASTQ record started at line ${fqLine}${hint}`);
      }
      fq = 3;
    } else {
      const qual = line.trimEnd();
      if (qual.length !== fqSeq.length) {
        throw new InputError(`line ${n}: quality length ${qual.length} differs from sequence length ${fqSeq.length} (FASTQ record started at line ${fqLine})`);
      }
      add({ label: labelOf(fqHeader, sep), header: fqHeader, seq: fqSeq, qual });
      fq = 0;
    }
  }
  if (format === '>') pushFasta();
  if (format === '@' && fq !== 0) {
    throw new InputError(
      `line ${n}: truncated FASTQ record (started at line ${fqLine}, ${['', 'sequence', "'+' line", 'quality'][fq]} missing)`,
    );
  }
  return records;
}
