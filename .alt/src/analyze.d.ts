import type { Analyzer } from './analyzer.js';
import { type Engine } from './engine.js';
import { type SeqRecord } from './io/reads.js';
export type Command = 'clones' | 'windows' | 'detect' | 'designations';
export interface AnalyzeOptions {
    command?: Command;
    /** `-e`: e-value threshold; negative = `all` (no threshold). */
    eValue?: number;
    /** `--e-value-kmer`, defaults to `eValue`. */
    eValueKmer?: number;
    /** `-w`: window length; 0 = whole read. */
    windowLength?: number;
    /** `-r`: minimum reads per clone. */
    minReads?: number;
    /** `--min-ratio`, percent of segmented reads. */
    minRatio?: number;
    /** `-y`: clones with a representative; negative = all. */
    maxConsensus?: number;
    /** `-z`: clones with a full designation; negative = all. */
    maxDesignations?: number;
    /** `--max-clones`; negative = all. */
    maxClones?: number;
    /** `-x`: only the first reads. */
    firstReads?: number;
    /** `--read-number`: N of the e-value multiplier. */
    readNumber?: number;
    /** `--header-sep`. */
    headerSep?: string;
    /** Called with each detected read's `-U` record (header + 3 lines). */
    onDetected?: (fasta: string) => void;
    /** Called after each batch with the number of reads processed. */
    onProgress?: (reads: number) => void;
    /** Recorded in `samples`. */
    commandline?: string;
    originalName?: string;
    producer?: string;
    /** `config` values recorded in the output. */
    config?: Record<string, unknown>;
    batchSize?: number;
}
export interface AnalyzeResult {
    /** The `.vidjil` object. */
    vidjil: Record<string, unknown>;
    /** `.windows.fa` text (clones and windows modes). */
    windowsFa?: string;
}
export declare const PRODUCER = "vidjil-ts 0.1.0";
export declare const NOT_ANALYZED = "not analyzed";
/** Clones, windows or detect mode over a FASTA/FASTQ file. */
export declare function analyzeFile(an: Analyzer, engine: Engine, path: string, opts?: AnalyzeOptions): Promise<AnalyzeResult>;
/** `-c designations`: every sequence designated on its own (what the analyze endpoint returns). */
export declare function designateRecords(engine: Engine, records: SeqRecord[], opts: AnalyzeOptions, path: string): Promise<AnalyzeResult>;
