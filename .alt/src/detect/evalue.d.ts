/**
 * Upper binomial tails P(X ≥ k), X ~ Binomial(n, p), computed the way vidjil does
 * (summed from i = n downward, (1 − p) rounded to single precision), cached per (p, n).
 */
export declare class BinomialTails {
    /** cache[loadId][n] = all tails for that load and n. */
    private cache;
    /** `loadId` names the probability `p` (a small integer: same id, same p). */
    tail(loadId: number, p: number, n: number, k: number): number;
}
/** vidjil's `%.2e` rendering of e-values. */
export declare function formatEvalue(e: number): string;
