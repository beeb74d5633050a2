/** Diversity indices of vidjil's `.vidjil` (Shannon entropy, equitability, Simpson), per code and overall. */
export interface DiversityIndices {
    index_H_entropy: Record<string, number>;
    index_E_equitability: Record<string, number>;
    index_Ds_diversity: Record<string, number>;
}
/**
 * Computed on all windows before thresholds, for codes with at least 2 reads. As in vidjil, a
 * code's windows are those whose (last read's) germline is that code, while S counts every
 * read detected on that code.
 */
export declare function diversity(windows: Array<{
    count: number;
    code: string;
}>, readsPerCode: Map<string, number>): DiversityIndices;
/** Levenshtein distance (unit costs). */
export declare function levenshtein(a: string, b: string): number;
