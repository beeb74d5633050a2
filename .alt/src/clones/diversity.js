function indices(counts, S) {
    let H = 0;
    let simpson = 0;
    for (const n of counts) {
        const p = Math.fround(n / S);
        H -= Math.fround(p * Math.fround(Math.log(p)));
        simpson += n * (n - 1);
    }
    return [H, H / Math.log(S), 1 - simpson / (S * (S - 1))];
}
/**
 * Computed on all windows before thresholds, for codes with at least 2 reads. As in vidjil, a
 * code's windows are those whose (last read's) germline is that code, while S counts every
 * read detected on that code.
 */
export function diversity(windows, readsPerCode) {
    const byCode = new Map();
    const all = [];
    for (const w of windows) {
        all.push(w.count);
        const l = byCode.get(w.code) ?? [];
        l.push(w.count);
        byCode.set(w.code, l);
    }
    const out = { index_H_entropy: {}, index_E_equitability: {}, index_Ds_diversity: {} };
    const put = (key, counts, S) => {
        if (S < 2)
            return;
        const [h, e, ds] = indices(counts, S);
        out.index_H_entropy[key] = h;
        out.index_E_equitability[key] = e;
        out.index_Ds_diversity[key] = ds;
    };
    for (const [code, S] of readsPerCode)
        put(code, byCode.get(code) ?? [], S);
    put('all', all, all.reduce((a, b) => a + b, 0));
    return out;
}
/** Levenshtein distance (unit costs). */
export function levenshtein(a, b) {
    let prev = new Int32Array(b.length + 1);
    let cur = new Int32Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        cur[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const sub = prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
            cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
        }
        [prev, cur] = [cur, prev];
    }
    return prev[b.length];
}
//# sourceMappingURL=diversity.js.map