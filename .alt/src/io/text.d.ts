/**
 * In-memory FASTA/FASTQ parsing (request bodies, library calls), with the rules of the file
 * reader and Vidjil's analyze-endpoint checks.
 */
import { InputError, type SeqRecord } from './records.js';
/** Not FASTA/FASTQ at all: the first non-blank character is neither `>` nor `@`. */
export declare class InvalidFormatError extends InputError {
}
/** More records than allowed. */
export declare class TooManySequencesError extends InputError {
    readonly limit: number;
    constructor(limit: number);
}
export interface ParseOptions {
    /** Read label separator (vidjil's --header-sep), default a space. */
    headerSep?: string;
    /** Throw TooManySequencesError as soon as a record beyond this count starts. */
    maxRecords?: number;
}
/** The first character that is not whitespace, or '' for a blank text. */
export declare function firstNonBlank(text: string): string;
/**
 * Parses FASTA or FASTQ text. Throws InvalidFormatError when the first non-blank character is
 * not `>` or `@` (Vidjil's check), TooManySequencesError past `maxRecords`, and
 * InputError (message `line N: ...`) on malformed records.
 */
export declare function parseSequences(text: string, opts?: ParseOptions): SeqRecord[];
