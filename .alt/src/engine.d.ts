import type { Analyzer } from './analyzer.js';
import type { BatchParams } from './detect/batch.js';
import { type BatchSeqs, type PackedResults } from './detect/outcome.js';
import { type Designation, type DesignateOptions } from './designate/designate.js';
/** One designation job: a sequence and, when known, the germline object and strand to use. */
export interface DesignJob {
    seq: string;
    /** Germline object index; omitted = choose as `-c designations` does. */
    object?: number;
    reversed?: boolean;
}
/** Where detection and designation run: in this thread, or spread over worker threads. */
export interface Engine {
    detect(batch: BatchSeqs, params: BatchParams): Promise<PackedResults>;
    designate(jobs: DesignJob[], opts: DesignateOptions): Promise<Designation[]>;
    close(): Promise<void>;
}
/** Runs a designation job on the given analyzer. */
export declare function runDesignJob(an: Analyzer, job: DesignJob, opts: DesignateOptions): Designation;
export declare function localEngine(an: Analyzer): Engine;
