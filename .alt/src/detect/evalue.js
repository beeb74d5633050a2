/**
 * Upper binomial tails P(X ≥ k), X ~ Binomial(n, p), computed the way vidjil does
 * (summed from i = n downward, (1 − p) rounded to single precision), cached per (p, n).
 */
export class BinomialTails {
    /** cache[loadId][n] = all tails for that load and n. */
    cache = [];
    /** `loadId` names the probability `p` (a small integer: same id, same p). */
    tail(loadId, p, n, k) {
        if (k <= 0)
            return 1;
        if (k > n)
            return 0;
        const byN = (this.cache[loadId] ??= []);
        let tails = byN[n];
        if (tails === undefined) {
            tails = computeTails(p, n);
            byN[n] = tails;
        }
        return tails[k];
    }
}
/** tails[k] = P(X ≥ k) for k = 0..n. */
function computeTails(p, n) {
    const q = Math.fround(1 - p);
    const pPow = new Float64Array(n + 1);
    const qPow = new Float64Array(n + 1);
    pPow[0] = 1;
    qPow[0] = 1;
    for (let i = 1; i <= n; i++) {
        pPow[i] = i >= 500 ? Math.pow(p, i) : pPow[i - 1] * p;
        qPow[i] = i >= 500 ? Math.pow(q, i) : qPow[i - 1] * q;
    }
    const tails = new Float64Array(n + 2);
    let sum = 0;
    let c = 1;
    for (let i = n; i >= 1; i--) {
        sum += c * pPow[i] * qPow[n - i];
        tails[i] = sum;
        c = (c * i) / (n - i + 1);
    }
    tails[0] = 1;
    return tails;
}
/** vidjil's `%.2e` rendering of e-values. */
export function formatEvalue(e) {
    return e.toExponential(2).replace(/e([+-])(\d)$/, 'e$10$2');
}
//# sourceMappingURL=evalue.js.map