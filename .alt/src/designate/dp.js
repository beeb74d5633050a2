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
/**
 * The default "VDJ" cost (`4, -6, -10, -1, -10`). Its homopolymer cost equals the gap cost and
 * can never win over SUB+INS (−10 < 4 − 10), so homopolymer moves are not modelled.
 */
export const VDJ_COST = { match: 4, mismatch: -6, gap: -10, delEnd: -1 };
/** Back-pointer types. */
const STOP = 0;
const SUB = 1;
const INS = 2; // read nucleotide against a gap: (i-1, j)
const DEL = 3; // germline nucleotide against a gap: (i, j-1)
export class DPWorkspace {
    rows = new Int32Array(1024);
    ptr = new Uint8Array(1 << 16);
    /** dpAlign's fill result: best score, its row and column. */
    end = new Int32Array(3);
    rowBuf(n) {
        if (this.rows.length < 2 * (n + 1))
            this.rows = new Int32Array(2 * (n + 1) * 2);
        return this.rows;
    }
    ptrBuf(size) {
        if (this.ptr.length < size)
            this.ptr = new Uint8Array(Math.max(size, this.ptr.length * 2));
        return this.ptr;
    }
}
const NEG = -0x3fffffff;
/** Number of nucleotide classes: A C G T N, then "other" (mismatches everything). */
export const NB_CLASSES = 6;
/** Nucleotide class of each byte: A0 C1 G2 T3 N4, anything else 5. */
export const CLASS = new Uint8Array(256).fill(5);
CLASS[65] = 0;
CLASS[67] = 1;
CLASS[71] = 2;
CLASS[84] = 3;
CLASS[78] = 4;
/** Class codes of a byte sequence (A0 C1 G2 T3 N4, other 5), into `out` if given. */
export function toClasses(x, out) {
    const r = out && out.length >= x.length ? out : new Uint8Array(x.length);
    for (let i = 0; i < x.length; i++)
        r[i] = CLASS[x[i]];
    return r;
}
/**
 * Query profile of a germline sequence: `prof[c·(n+1) + j]` = substitution score of read class c
 * against y[j−1]. Equivalent to comparing the characters (the germline only has A C G T N).
 */
export function buildProfile(y, cost) {
    const n = y.length;
    const p = new Int32Array(NB_CLASSES * (n + 1));
    for (let c = 0; c < NB_CLASSES; c++) {
        for (let j = 1; j <= n; j++)
            p[c * (n + 1) + j] = c < 5 && CLASS[y[j - 1]] === c ? cost.match : cost.mismatch;
    }
    return p;
}
/**
 * Score-only DP of the read slice (class codes xc[xo, xo+m)) against a germline given by its
 * profile (length n). Returns the best score of the mode (the LEWSD score includes the end
 * penalty). With m = 0 or n = 0 the score is 0. Branch-free inner loop for the local modes.
 */
export function dpScore(xc, xo, m, prof, n, mode, cost, ws) {
    if (m <= 0 || n <= 0)
        return 0;
    const buf = ws.rowBuf(n);
    const G = cost.gap;
    const stride = n + 1;
    let prevOff = 0;
    let curOff = stride;
    for (let j = 0; j <= n; j++)
        buf[j] = 0;
    if (mode === 2 /* Mode.SemiGlobal */) {
        for (let i = 1; i <= m; i++) {
            const po = xc[xo + i - 1] * stride;
            let left = i * G;
            buf[curOff] = left;
            let diag = buf[prevOff];
            for (let j = 1; j <= n; j++) {
                const up = buf[prevOff + j];
                let s = diag + prof[po + j];
                const ins = up + G;
                if (ins > s)
                    s = ins;
                const del = left + G;
                if (del > s)
                    s = del;
                buf[curOff + j] = s;
                left = s;
                diag = up;
            }
            const t = prevOff;
            prevOff = curOff;
            curOff = t;
        }
        let best = NEG;
        for (let j = 1; j <= n; j++) {
            const v = buf[prevOff + j];
            if (v > best)
                best = v;
        }
        return best;
    }
    const D = mode === 1 /* Mode.LocalEndWithSomeDeletions */ ? cost.delEnd : 0;
    let best = NEG;
    for (let i = 1; i <= m; i++) {
        const po = xc[xo + i - 1] * stride;
        let left = 0;
        let diag = 0;
        let pen = D * n; // delEnd·(n − j) for j = 0
        for (let j = 1; j <= n; j++) {
            const up = buf[prevOff + j];
            let s = diag + prof[po + j];
            // t = max(up, left) + G ; s = max(s, t) ; s = max(s, 0) ; best = max(best, s + pen), all branch-free
            let d = up - left;
            const t = up - (d & (d >> 31)) + G;
            d = s - t;
            s = s - (d & (d >> 31));
            s = s & ~(s >> 31);
            buf[curOff + j] = s;
            left = s;
            diag = up;
            pen -= D;
            d = s + pen - best;
            best = best + (d & ~(d >> 31));
        }
        const t = prevOff;
        prevOff = curOff;
        curOff = t;
    }
    return best;
}
/** Full DP with back-pointers and backtrack. `mark` is a 1-based germline column (0 = none). */
export function dpAlign(x, xo, m, y, mode, cost, ws, mark) {
    const n = y.length;
    if (m <= 0 || n <= 0)
        return { score: 0, firstI: 0, firstJ: 0, endI: 0, endJ: 0, markedI: 0 };
    const stride = n + 1;
    const buf = ws.rowBuf(n);
    const ptr = ws.ptrBuf((m + 1) * stride);
    for (let j = 0; j <= n; j++) {
        buf[j] = 0;
        ptr[j] = STOP;
    }
    // One fill per mode: a single loop serving both would see its optimized code thrown away
    // whenever calls alternate between modes.
    const end = ws.end;
    if (mode === 2 /* Mode.SemiGlobal */)
        fillSemiGlobal(x, xo, m, y, cost, buf, ptr, end);
    else
        fillLocal(x, xo, m, y, cost, mode === 1 /* Mode.LocalEndWithSomeDeletions */ ? cost.delEnd : 0, buf, ptr, end);
    const best = end[0];
    const bi = end[1];
    const bj = end[2];
    let i = bi;
    let j = bj;
    let markedI = 0;
    for (;;) {
        if (j === mark)
            markedI = i;
        const p = i === 0 || j === 0 ? STOP : ptr[i * stride + j];
        if (p === STOP)
            break;
        if (p === SUB) {
            i--;
            j--;
        }
        else if (p === INS)
            i--;
        else
            j--;
    }
    return { score: best, firstI: i, firstJ: j, endI: bi, endJ: bj, markedI: mark > 0 ? markedI : 0 };
}
/** Local (or LEWSD, delEnd > 0) fill with back-pointers; end = [best, i, j]. */
function fillLocal(x, xo, m, y, cost, D, buf, ptr, end) {
    const n = y.length;
    const stride = n + 1;
    const M = cost.match;
    const X = cost.mismatch;
    const G = cost.gap;
    let prevOff = 0;
    let curOff = stride;
    let best = NEG;
    let bi = 0;
    let bj = 0;
    for (let i = 1; i <= m; i++) {
        const xi = x[xo + i - 1];
        const rowP = i * stride;
        let left = 0;
        buf[curOff] = 0;
        ptr[rowP] = STOP;
        let diag = buf[prevOff];
        let pen = D * n;
        for (let j = 1; j <= n; j++) {
            const up = buf[prevOff + j];
            let s = diag + (xi === y[j - 1] ? M : X);
            let p = SUB;
            const ins = up + G;
            if (ins > s) {
                s = ins;
                p = INS;
            }
            const del = left + G;
            if (del > s) {
                s = del;
                p = DEL;
            }
            if (s <= 0) {
                s = 0;
                p = STOP;
            }
            pen -= D;
            const v = s + pen;
            if (v > best) {
                best = v;
                bi = i;
                bj = j;
            }
            buf[curOff + j] = s;
            ptr[rowP + j] = p;
            left = s;
            diag = up;
        }
        const t = prevOff;
        prevOff = curOff;
        curOff = t;
    }
    end[0] = best;
    end[1] = bi;
    end[2] = bj;
}
/** Semi-global fill (whole read slice, free germline ends) with back-pointers; end = [best, m, j]. */
function fillSemiGlobal(x, xo, m, y, cost, buf, ptr, end) {
    const n = y.length;
    const stride = n + 1;
    const M = cost.match;
    const X = cost.mismatch;
    const G = cost.gap;
    let prevOff = 0;
    let curOff = stride;
    for (let i = 1; i <= m; i++) {
        const xi = x[xo + i - 1];
        const rowP = i * stride;
        let left = i * G;
        buf[curOff] = left;
        ptr[rowP] = STOP;
        let diag = buf[prevOff];
        for (let j = 1; j <= n; j++) {
            const up = buf[prevOff + j];
            let s = diag + (xi === y[j - 1] ? M : X);
            let p = SUB;
            const ins = up + G;
            if (ins > s) {
                s = ins;
                p = INS;
            }
            const del = left + G;
            if (del > s) {
                s = del;
                p = DEL;
            }
            buf[curOff + j] = s;
            ptr[rowP + j] = p;
            left = s;
            diag = up;
        }
        const t = prevOff;
        prevOff = curOff;
        curOff = t;
    }
    let best = NEG;
    let bj = 0;
    for (let j = 1; j <= n; j++) {
        const v = buf[prevOff + j];
        if (v > best) {
            best = v;
            bj = j;
        }
    }
    end[0] = best;
    end[1] = m;
    end[2] = bj;
}
/**
 * Local DP of x[xo, xo+m) against y, reporting for k = 0..ov the best score of row m − k and
 * the first column reaching it (−∞ / 0 when m − k ≤ 0). Used by overlap resolution (§3.1).
 */
export function dpLastRows(x, xo, m, y, cost, ws, ov, scores, cols) {
    const n = y.length;
    for (let k = 0; k <= ov; k++) {
        scores[k] = -Infinity;
        cols[k] = 0;
    }
    if (m <= 0 || n <= 0) {
        // rows m−k ≥ 1 do not exist: all −∞
        return;
    }
    const buf = ws.rowBuf(n);
    const M = cost.match;
    const X = cost.mismatch;
    const G = cost.gap;
    const stride = n + 1;
    let prevOff = 0;
    let curOff = stride;
    for (let j = 0; j <= n; j++)
        buf[j] = 0;
    const firstRow = m - ov;
    for (let i = 1; i <= m; i++) {
        const xi = x[xo + i - 1];
        let left = 0;
        buf[curOff] = 0;
        let diag = buf[prevOff];
        for (let j = 1; j <= n; j++) {
            const up = buf[prevOff + j];
            let s = diag + (xi === y[j - 1] ? M : X);
            const ins = up + G;
            if (ins > s)
                s = ins;
            const del = left + G;
            if (del > s)
                s = del;
            if (s < 0)
                s = 0;
            buf[curOff + j] = s;
            left = s;
            diag = up;
        }
        if (i >= firstRow) {
            const k = m - i;
            let rb = NEG;
            let rc = 0;
            for (let j = 1; j <= n; j++) {
                const v = buf[curOff + j];
                if (v > rb) {
                    rb = v;
                    rc = j;
                }
            }
            scores[k] = rb;
            cols[k] = rc;
        }
        const t = prevOff;
        prevOff = curOff;
        curOff = t;
    }
}
//# sourceMappingURL=dp.js.map