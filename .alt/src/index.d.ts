import { type AnalyzeOptions, type AnalyzeResult } from './analyze.js';
import { type Analyzer, type AnalyzerOptions } from './analyzer.js';
import type { Designation } from './designate/designate.js';
export { createAnalyzer, type Analyzer, type AnalyzerOptions } from './analyzer.js';
export { loadGermlines } from './germline/preset.js';
export type { GermlineSet, GermlineObject, Gene } from './germline/types.js';
export type { AnalyzeOptions, AnalyzeResult, Command } from './analyze.js';
export type { Designation, Box } from './designate/designate.js';
export { InputError, type SeqRecord } from './io/records.js';
export { GermlineError } from './germline/fasta.js';
export { stringifySorted } from './output/json.js';
export { airrTsv } from './output/airr.js';
export interface LibraryOptions extends AnalyzeOptions, AnalyzerOptions {
    /** A prepared analyzer (germlines and k-mer index), reused across calls. */
    analyzer?: Analyzer;
    /** Worker threads; default 1 for sequences, all cores for files. */
    threads?: number;
}
/** Analyzes a FASTA/FASTQ file (plain or .gz): clones (default), windows, detect or designations. */
export declare function analyze(path: string, options?: LibraryOptions): Promise<AnalyzeResult>;
/** `-c designations` on FASTA/FASTQ text: the `.vidjil` object, one clone per sequence. */
export declare function analyzeSequences(text: string, options?: LibraryOptions): Promise<Record<string, unknown>>;
/** Designates one sequence, choosing its germline and strand as `-c designations` does. */
export declare function designate(sequence: string, analyzer: Analyzer, options?: {
    eValue?: number;
}): Designation;
