import type { Analyzer } from '../analyzer.js';
import type { BatchParams } from '../detect/batch.js';
import type { GermlineSet } from '../germline/types.js';
import type { KmerIndex } from '../kmer/index.js';
import type { BatchSeqs } from '../detect/outcome.js';
import { type DesignateOptions } from '../designate/designate.js';
import { type DesignJob, type Engine } from '../engine.js';
/** Detection and designation tasks carry the index (shared tables): workers start before it exists. */
export type Task = {
    kind: 'detect';
    index: KmerIndex;
    batch: BatchSeqs;
    params: BatchParams;
} | {
    kind: 'designate';
    index: KmerIndex;
    jobs: DesignJob[];
    opts: DesignateOptions;
}
/** Builds the designation data of every germline object; `send` returns them. */
 | {
    kind: 'prepare';
    send: boolean;
};
export interface PoolOptions {
    /**
     * The calling thread counts as one of the `threads` and detects batches or designates chunks
     * itself whenever every worker already has enough in hand (a file run: two threads already
     * fill two cores). Off for the server, whose main thread must stay responsive.
     */
    mainHelps?: boolean;
    /**
     * Workers build their designation data as soon as they start, instead of on their first
     * designation; with mainHelps, this thread gets a copy.
     */
    warmDesignation?: boolean;
}
/** Worker threads started before the k-mer index is built, then bound to an analyzer. */
export interface Workers {
    /** The engine of an analyzer built (with `shared` tables) on the germlines given to the workers. */
    engine(an: Analyzer): Engine;
    /** Stops the workers (the engine's close does it too). */
    close(): Promise<void>;
}
/**
 * Starts a piscina pool of worker threads on a germline set. They boot (and build designation
 * data, with warmDesignation) while this thread builds the k-mer index; its tables live in
 * SharedArrayBuffers (createAnalyzer's `shared`), so tasks hand them over without copies.
 */
export declare function startWorkers(germlines: GermlineSet, threads: number, opts?: PoolOptions): Workers;
/** Detection and designation on the workers (and this thread, with mainHelps). */
export declare function workerEngine(an: Analyzer, threads: number, opts?: PoolOptions): Promise<Engine>;
