/**
 * In-memory FASTA/FASTQ parsing (request bodies, library calls), with the rules of the file
 * reader and Vidjil's analyze-endpoint checks.
 */
import { InputError, RecordParser } from './records.js';
/** Not FASTA/FASTQ at all: the first non-blank character is neither `>` nor `@`. */
export class InvalidFormatError extends InputError {
}
/** More records than allowed. */
export class TooManySequencesError extends InputError {
    limit;
    constructor(limit) {
        super(`too many sequences (limit : ${limit})`);
        this.limit = limit;
    }
}
/** The first character that is not whitespace, or '' for a blank text. */
export function firstNonBlank(text) {
    const m = /\S/.exec(text);
    return m ? m[0] : '';
}
/**
 * Parses FASTA or FASTQ text. Throws InvalidFormatError when the first non-blank character is
 * not `>` or `@` (Vidjil's check), TooManySequencesError past `maxRecords`, and
 * InputError (message `line N: ...`) on malformed records.
 */
export function parseSequences(text, opts = {}) {
    const sep = opts.headerSep ?? ' ';
    const max = opts.maxRecords ?? Infinity;
    const first = firstNonBlank(text);
    if (first !== '>' && first !== '@') {
        throw new InvalidFormatError('invalid sequences, please use fasta or fastq format');
    }
    const records = [];
    const add = (r) => {
        if (r === null)
            return;
        if (records.length >= max)
            throw new TooManySequencesError(max);
        records.push(r);
    };
    const parser = new RecordParser((n) => `line ${n}`, sep);
    const lines = text.split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    for (const line of lines)
        add(parser.line(line));
    add(parser.end());
    return records;
}
//# sourceMappingURL=text.js.map