/** FASTA/FASTQ record parsing, line by line: shared by the file reader and the text parser. */

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

/** Bad input: the message names the file (or body) and line. */
export class InputError extends Error {}

const BAD_SEQ_CHAR = /[^A-Za-z. ]/;

/** Read label: the header up to the first separator (all of it for an empty separator). */
export function labelOf(header: string, sep: string): string {
  const i = sep === '' ? -1 : header.indexOf(sep);
  return i < 0 ? header : header.slice(0, i);
}
const NOT_ACGTN = /[^ACGTN]/;

/**
 * Consumes lines and produces records. FASTA: `#` comment and blank lines skipped, wrapped
 * sequences joined. FASTQ: strict 4-line records. Errors are InputErrors whose message starts
 * with `where(line)`.
 */
export class RecordParser {
  private n = 0;
  private format: '>' | '@' | null = null;
  private header: string | null = null;
  private parts: string[] = [];
  /** FASTQ state: 0 expects a header, 1 a sequence, 2 the '+' line, 3 the quality. */
  private fq = 0;
  private fqHeader = '';
  private fqSeq = '';
  private fqLine = 0;

  constructor(
    private readonly where: (line: number) => string,
    private readonly sep = ' ',
  ) {}

  private clean(line: string): string {
    // Fast path: already clean upper-case nucleotides.
    if (!NOT_ACGTN.test(line)) return line;
    const bad = BAD_SEQ_CHAR.exec(line);
    if (bad) {
      const c = bad[0];
      const shown = /[\x20-\x7e]/.test(c) ? `'${c}'` : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      throw new InputError(`${this.where(this.n)}: unexpected character ${shown} in sequence`);
    }
    return line.replace(/[. ]/g, '').toUpperCase();
  }

  /** Goes on with a FASTQ input whose first `lines` lines (whole records) were read elsewhere. */
  continueFastq(lines: number): void {
    this.n = lines;
    this.format = '@';
    this.fq = 0;
  }

  /** Feeds one physical line; returns the record it completes, if any. */
  line(raw: string): SeqRecord | null {
    this.n++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (this.format === null) {
      const t = line.trim();
      if (t === '' || t.startsWith('#')) return null;
      if (t[0] !== '>' && t[0] !== '@') {
        throw new InputError(`${this.where(this.n)}: not FASTA or FASTQ (a record should start with '>' or '@')`);
      }
      this.format = t[0] as '>' | '@';
    }
    if (this.format === '>') {
      const t = line.trim();
      if (t.startsWith('>')) {
        const done = this.fastaRecord();
        this.header = t.slice(1).trim();
        this.parts = [];
        return done;
      }
      if (t === '' || t.startsWith('#')) return null;
      if (this.header === null) throw new InputError(`${this.where(this.n)}: sequence before any '>' header`);
      this.parts.push(this.clean(t));
      return null;
    }
    switch (this.fq) {
      case 0: {
        const t = line.trim();
        if (t === '') return null;
        if (!t.startsWith('@')) throw new InputError(`${this.where(this.n)}: expected a FASTQ header starting with '@'`);
        this.fqHeader = t.slice(1).trim();
        this.fqLine = this.n;
        this.fq = 1;
        return null;
      }
      case 1:
        this.fqSeq = this.clean(line.trim());
        this.fq = 2;
        return null;
      case 2:
        if (!line.startsWith('+')) {
          // A form-encoded body sent without encoding turns '+' into a space.
          const hint = line.trim() === '' ? " (when sending form-encoded data, encode '+' as %2B)" : '';
          throw new InputError(`${this.where(this.n)}: expected a '+' separator line in FASTQ record started at line ${this.fqLine}${hint}`);
        }
        this.fq = 3;
        return null;
      default: {
        const qual = line.trimEnd();
        if (qual.length !== this.fqSeq.length) {
          throw new InputError(
            `${this.where(this.n)}: quality length ${qual.length} differs from sequence length ${this.fqSeq.length} (record started at line ${this.fqLine})`,
          );
        }
        this.fq = 0;
        return { label: labelOf(this.fqHeader, this.sep), header: this.fqHeader, seq: this.fqSeq, qual };
      }
    }
  }

  private fastaRecord(): SeqRecord | null {
    if (this.header === null) return null;
    return { label: labelOf(this.header, this.sep), header: this.header, seq: this.parts.join('') };
  }

  /** At end of input: the last FASTA record, or an error for a truncated FASTQ record. */
  end(): SeqRecord | null {
    if (this.format === '>') {
      const r = this.fastaRecord();
      this.header = null;
      return r;
    }
    if (this.format === '@' && this.fq !== 0) {
      const missing = ['', 'sequence', "'+' line", 'quality'][this.fq];
      throw new InputError(`${this.where(this.n)}: truncated FASTQ record (started at line ${this.fqLine}, ${missing} missing)`);
    }
    return null;
  }
}
