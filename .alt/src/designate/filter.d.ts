import type { Gene, Seed } from '../germline/types.js';
export interface Family {
    /** `String(2 + f)`, used for tie-breaking (decreasing lexicographic order). */
    label: string;
    /** Gene indexes (repertoire order). */
    genes: number[];
    /** Longest gene length of the family. */
    maxLen: number;
}
export interface VFilter {
    families: Family[];
    /** `#` offsets inside the span. */
    offsets: Int32Array;
    span: number;
    /** key → family ids containing it (ascending, distinct), see familiesOf. */
    index: FamilyIndex;
    /** All gene indexes in file order (the unfiltered result). */
    all: Int32Array;
}
export declare function buildVFilter(genes: Gene[], seed: Seed): VFilter;
/** Open addressing: slot → key (-1 empty), start and end of its run in `fams`. */
export interface FamilyIndex {
    keys: Int32Array;
    start: Int32Array;
    end: Int32Array;
    fams: Int16Array;
    shift: number;
}
/** Minimal hit count for a family to be kept (vidjil's nbKmersLimit, single precision). */
export declare function nbKmersLimit(span: number, count: number, maxLen: number): number | null;
/**
 * Returns the V gene indexes to align, in filtered order. `counts` is a scratch buffer of at
 * least `families.length` entries.
 */
export declare function filterV(vf: VFilter, read: Uint8Array, counts: Int32Array): Int32Array;
