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
export declare class InputError extends Error {
}
/**
 * Consumes lines and produces records. FASTA: `#` comment and blank lines skipped, wrapped
 * sequences joined. FASTQ: strict 4-line records. Errors are InputErrors whose message starts
 * with `where(line)`.
 */
export declare class RecordParser {
    private readonly where;
    private readonly sep;
    private n;
    private format;
    private header;
    private parts;
    /** FASTQ state: 0 expects a header, 1 a sequence, 2 the '+' line, 3 the quality. */
    private fq;
    private fqHeader;
    private fqSeq;
    private fqLine;
    constructor(where: (line: number) => string, sep?: string);
    private label;
    private clean;
    /** Feeds one physical line; returns the record it completes, if any. */
    line(raw: string): SeqRecord | null;
    private fastaRecord;
    /** At end of input: the last FASTA record, or an error for a truncated FASTQ record. */
    end(): SeqRecord | null;
}
