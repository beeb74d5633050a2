import type { ReadBatch } from '../io/batch.js';
import { Status } from '../detect/status.js';
/** At most this many reads are kept per window to build its representative. */
export declare const MAX_SAMPLED_READS = 300;
/** Everything kept about one window (= one clone before thresholds). */
export interface WindowEntry {
    window: string;
    count: number;
    /** Germline object of the last read with this window (vidjil: the last read wins). */
    object: number;
    lengthSum: number;
    /** Some read had a shortened or shifted window (W50). */
    changed: boolean;
    /** First reads in input order, original orientation: (arena position, length) pairs. */
    sample: number[];
    /** Per window position, the sum of the quality characters of all its reads (FASTQ). */
    qualSum: Uint32Array | null;
}
/** Per-status and per-code tallies of the single pass. */
export interface PassStats {
    total: number;
    statusCount: Float64Array;
    statusLength: Float64Array;
    /** Windowed reads per germline code, and their total length. */
    codeReads: Map<string, number>;
    codeLength: Map<string, number>;
}
export declare function newStats(codes: string[]): PassStats;
/** Windows of a run, filled in input order. */
export declare class WindowStore {
    readonly stats: PassStats;
    private readonly codeOf;
    private readonly maxSampled;
    readonly entries: Map<string, WindowEntry>;
    private readonly arena;
    constructor(stats: PassStats, codeOf: (object: number) => string, maxSampled?: number);
    /** Records the outcome of read i of a batch. */
    add(batch: ReadBatch, i: number, status: Status, object: number, window: string | null, changed: boolean, rawStart?: number, reversed?: boolean): void;
    /** The sampled reads of a window. */
    sampleOf(e: WindowEntry): string[];
}
/** vidjil's clone order: read count descending, ties by window in descending byte order. */
export declare function sortClones(entries: Iterable<WindowEntry>): WindowEntry[];
/** Keeps windows with at least max(minReads, floor(minRatio% of segmented)) reads. */
export declare function thresholdClones(sorted: WindowEntry[], minReads: number, minRatio: number, segmented: number): WindowEntry[];
