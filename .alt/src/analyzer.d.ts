import type { GermlineSet } from './germline/types.js';
import { type KmerIndex } from './kmer/index.js';
import { type Detector } from './detect/detect.js';
/** Germlines, their k-mer index and a detector: built once, reused for every input. */
export interface Analyzer {
    germlines: GermlineSet;
    index: KmerIndex;
    detector: Detector;
}
export interface AnalyzerOptions {
    /** `-g` arguments (default: the installed homo-sapiens preset). */
    germline?: string[];
    /** `-s`/`-k` seed override. */
    seed?: string;
    /** Allocate index tables in shared memory, for worker threads. */
    shared?: boolean;
}
export declare function createAnalyzer(opts?: AnalyzerOptions): Analyzer;
/** Indexes germlines already loaded (with `loadGermlines`). */
export declare function analyzerFor(germlines: GermlineSet, opts?: Pick<AnalyzerOptions, 'shared'>): Analyzer;
