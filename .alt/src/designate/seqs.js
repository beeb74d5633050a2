/** Small sequence helpers for designation. */
export { revcomp } from '../kmer/encode.js';
/** Upper-cases and drops spaces and `.`, as vidjil does when reading sequences. */
export function cleanSequence(s) {
    const u = s.toUpperCase();
    return /[ .]/.test(u) ? u.replace(/[ .]/g, '') : u;
}
export function toBytes(s) {
    const b = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++)
        b[i] = s.charCodeAt(i);
    return b;
}
export function reversedBytes(s) {
    const n = s.length;
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++)
        b[i] = s.charCodeAt(n - 1 - i);
    return b;
}
//# sourceMappingURL=seqs.js.map