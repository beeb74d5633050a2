/**
 * 2-bit nucleotide code from an ASCII code, as vidjil's automaton maps characters:
 * A→0, C→1, G→2, T→3, and any other letter folds onto one of them (N reads as G).
 */
export function nucCode(c) {
    return ((c & 4) >> 1) | (((c & 4) >> 2) ^ ((c & 2) >> 1));
}
/** Lookup table of nucCode for all 256 byte values. */
export const NUC_CODE = (() => {
    const t = new Uint8Array(256);
    for (let c = 0; c < 256; c++)
        t[c] = nucCode(c);
    return t;
})();
/** 1 for A/C/G/T (upper-case), 0 otherwise. */
export const IS_ACGT = (() => {
    const t = new Uint8Array(256);
    for (const c of 'ACGT')
        t[c.charCodeAt(0)] = 1;
    return t;
})();
/** Complement of each byte (IUPAC codes, both cases); other characters map to themselves. */
const COMPLEMENT = (() => {
    const t = new Uint8Array(256);
    for (let c = 0; c < 256; c++)
        t[c] = c;
    const pairs = ['AT', 'CG', 'RY', 'KM', 'SS', 'WW', 'BV', 'DH', 'NN'];
    for (const [x, y] of pairs.map((p) => [p.charCodeAt(0), p.charCodeAt(1)])) {
        for (const d of [0, 32]) {
            t[x + d] = y + d;
            t[y + d] = x + d;
        }
    }
    return t;
})();
/** Reverse complement, built in a byte buffer (no intermediate strings). */
export function revcomp(s) {
    const n = s.length;
    const b = Buffer.allocUnsafe(n);
    for (let i = 0; i < n; i++)
        b[n - 1 - i] = COMPLEMENT[s.charCodeAt(i) & 255];
    return b.toString('latin1', 0, n);
}
//# sourceMappingURL=encode.js.map