import type { GermlineObject, Seed } from '../germline/types.js';
/**
 * Affect codes, 4 bits per germline object: unknown, ambiguous, then (part, strand) pairs.
 * A code ≥ AFFECT_V_FWD is a resolved k-mer; its strand is the low bit (0 = +, 1 = −).
 */
export declare const AFFECT_UNKNOWN = 0;
export declare const AFFECT_AMBIGUOUS = 1;
export declare const AFFECT_V_FWD = 2;
export declare const AFFECT_V_REV = 3;
export declare const AFFECT_D_FWD = 4;
export declare const AFFECT_D_REV = 5;
export declare const AFFECT_J_FWD = 6;
export declare const AFFECT_J_REV = 7;
/**
 * One k-mer table shared by all germline objects that use the same seed. Symmetric seeds are
 * keyed on their `#` positions only (equivalent to vidjil's expansion of `-` into 4 words);
 * asymmetric seeds store every expanded concrete word, since the forward and reverse
 * strands then use different wildcard positions.
 *
 * Germline alleles share most k-mers, so a table holds few keys (tens of thousands): open
 * addressing over interleaved (key, value) pairs at load ≤ 1/2 keeps each table within a few
 * MB, and a presence bitset answers the many absent k-mers from the L2 cache.
 */
export interface KmerTable {
    seed: Seed;
    /** Key on `#` positions only (symmetric seed), or on the whole concrete word. */
    keyed: boolean;
    /** Runs of compared positions, for building keys from a concrete word: [shift, mask, outShift]. */
    runs: Int32Array;
    /** Slot s holds its key at 2s (-1 = empty) and its value (4 bits per object) at 2s+1. */
    hash: Int32Array;
    hashShift: number;
    filter: Uint32Array;
    filterShift: number;
    /** Germline object indexes stored in this table, by slot. */
    objects: number[];
}
export interface KmerIndex {
    tables: KmerTable[];
    /** For each germline object: its table and slot. */
    tableOf: Int32Array;
    slotOf: Int32Array;
    /** Per object, 8 loads (by affect code) as float32 values; unknown keys get the sum. */
    loads: Float32Array;
    spans: Int32Array;
}
/** Key of a concrete 2-bit word for a table. */
export declare function tableKey(t: KmerTable, word: number): number;
/** Value stored for a key (0 when absent). */
export declare function tableGet(t: KmerTable, key: number): number;
export interface IndexOptions {
    /** Back the tables with SharedArrayBuffers so that worker threads read them without copies. */
    shared?: boolean;
}
/** Builds the k-mer index of all germline objects (grouped by seed). */
export declare function buildKmerIndex(objects: GermlineObject[], opts?: IndexOptions): KmerIndex;
