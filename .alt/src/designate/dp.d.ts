/**
 * Dynamic programming used by designation (spec §2.2): linear-gap alignment of a read
 * (or a slice of it) against one germline sequence, in three modes.
 *
 * Sequences are byte arrays of ASCII codes; a read slice is given as (array, offset, length)
 * so that no copy is needed. Two kinds of calls:
 * - `dpScore`: score only, O(n) memory, keeps the first maximal cell in row-major order;
 * - `dpAlign`: full back-pointer matrix and backtrack (used for the winner only).
 * Buffers live in a `DPWorkspace` that callers reuse.
 */
export declare const enum Mode {
    /** Smith–Waterman. */
    Local = 0,
    /** Local, end cell maximises score + delEnd·(n − j). */
    LocalEndWithSomeDeletions = 1,
    /** Whole x against any substring of y. */
    SemiGlobal = 2
}
export interface Cost {
    match: number;
    mismatch: number;
    gap: number;
    delEnd: number;
}
/**
 * The default "VDJ" cost (`4, -6, -10, -1, -10`). Its homopolymer cost equals the gap cost and
 * can never win over SUB+INS (−10 < 4 − 10), so homopolymer moves are not modelled.
 */
export declare const VDJ_COST: Cost;
export interface AlignResult {
    /** Best (penalised in LEWSD mode) score. */
    score: number;
    /** Stop cell of the backtrack. */
    firstI: number;
    firstJ: number;
    /** End cell (1-based row/column of the last aligned nucleotides). */
    endI: number;
    endJ: number;
    /** 1-based read row aligned to germline column `mark` (0 if not reached / no mark). */
    markedI: number;
}
export declare class DPWorkspace {
    rows: Int32Array;
    ptr: Uint8Array;
    /** dpAlign's fill result: best score, its row and column. */
    readonly end: Int32Array<ArrayBuffer>;
    rowBuf(n: number): Int32Array;
    ptrBuf(size: number): Uint8Array;
}
/** Number of nucleotide classes: A C G T N, then "other" (mismatches everything). */
export declare const NB_CLASSES = 6;
/** Nucleotide class of each byte: A0 C1 G2 T3 N4, anything else 5. */
export declare const CLASS: Uint8Array<ArrayBuffer>;
/** Class codes of a byte sequence (A0 C1 G2 T3 N4, other 5), into `out` if given. */
export declare function toClasses(x: Uint8Array, out?: Uint8Array): Uint8Array;
/**
 * Query profile of a germline sequence: `prof[c·(n+1) + j]` = substitution score of read class c
 * against y[j−1]. Equivalent to comparing the characters (the germline only has A C G T N).
 */
export declare function buildProfile(y: Uint8Array, cost: Cost): Int32Array;
/**
 * Score-only DP of the read slice (class codes xc[xo, xo+m)) against a germline given by its
 * profile (length n). Returns the best score of the mode (the LEWSD score includes the end
 * penalty). With m = 0 or n = 0 the score is 0. Branch-free inner loop for the local modes.
 */
export declare function dpScore(xc: Uint8Array, xo: number, m: number, prof: Int32Array, n: number, mode: Mode, cost: Cost, ws: DPWorkspace): number;
/** Full DP with back-pointers and backtrack. `mark` is a 1-based germline column (0 = none). */
export declare function dpAlign(x: Uint8Array, xo: number, m: number, y: Uint8Array, mode: Mode, cost: Cost, ws: DPWorkspace, mark: number): AlignResult;
/**
 * Local DP of x[xo, xo+m) against y, reporting for k = 0..ov the best score of row m − k and
 * the first column reaching it (−∞ / 0 when m − k ≤ 0). Used by overlap resolution (§3.1).
 */
export declare function dpLastRows(x: Uint8Array, xo: number, m: number, y: Uint8Array, cost: Cost, ws: DPWorkspace, ov: number, scores: Float64Array, cols: Int32Array): void;
