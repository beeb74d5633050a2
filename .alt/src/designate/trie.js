/**
 * Score-only DP of one read against many germline genes at once, sharing the DP columns of
 * common gene prefixes (alleles often share hundreds of nucleotides).
 *
 * The DP is computed column by column (one column per germline nucleotide = one trie node), rows
 * being the read. Cell values are exactly those of the row-major DP of `dp.ts`; only maxima are
 * kept, so the scores are identical: Local = max over cells, LEWSD = max over cells of
 * B[i][j] + delEnd·(n − j) (gene length n).
 */
import { CLASS } from './dp.js';
export function buildGeneTrie(genes) {
    // Children while building: 5 typed slots per node for A/C/G/T/N, a map for other letters
    // ('other' letters never match, but two different ones must not share a node).
    let child = new Int32Array(5 * 1024).fill(-1);
    const cls0 = [0];
    const others = new Map(); // node → [byte, child]
    const geneNodeTmp = [];
    let size = 1;
    for (const y of genes) {
        let node = 0;
        for (let j = 0; j < y.length; j++) {
            const c = CLASS[y[j]];
            let nx;
            if (c < 5) {
                nx = child[5 * node + c];
                if (nx < 0) {
                    nx = size++;
                    if (5 * size > child.length) {
                        const grown = new Int32Array(child.length * 2).fill(-1);
                        grown.set(child);
                        child = grown;
                    }
                    child[5 * node + c] = nx;
                    cls0.push(c);
                }
            }
            else {
                const list = others.get(node) ?? [];
                const hit = list.find(([byte]) => byte === y[j]);
                if (hit)
                    nx = hit[1];
                else {
                    nx = size++;
                    if (5 * size > child.length) {
                        const grown = new Int32Array(child.length * 2).fill(-1);
                        grown.set(child);
                        child = grown;
                    }
                    list.push([y[j], nx]);
                    others.set(node, list);
                    cls0.push(c);
                }
            }
            node = nx;
        }
        geneNodeTmp.push(node);
    }
    const order = new Int32Array(size); // new index of old node
    const cls = new Uint8Array(size);
    const depth = new Int32Array(size);
    const parent = new Int32Array(size);
    const end = new Int32Array(size);
    let next = 0;
    let maxDepth = 0;
    // Iterative preorder, children in ascending key order (A, C, G, T, N, then other bytes).
    const stack = new Int32Array(3 * (size + 1)); // old node, new parent, depth
    let top = 0;
    stack[0] = 0;
    stack[1] = -1;
    stack[2] = 0;
    top = 1;
    while (top > 0) {
        top--;
        const old = stack[3 * top];
        const par = stack[3 * top + 1];
        const d = stack[3 * top + 2];
        const id = next++;
        order[old] = id;
        cls[id] = cls0[old];
        depth[id] = d;
        parent[id] = par;
        if (d > maxDepth)
            maxDepth = d;
        const extra = others.get(old);
        if (extra) {
            for (const [, k] of [...extra].sort((x, z) => z[0] - x[0])) {
                stack[3 * top] = k;
                stack[3 * top + 1] = id;
                stack[3 * top + 2] = d + 1;
                top++;
            }
        }
        for (let c = 4; c >= 0; c--) {
            const k = child[5 * old + c];
            if (k < 0)
                continue;
            stack[3 * top] = k;
            stack[3 * top + 1] = id;
            stack[3 * top + 2] = d + 1;
            top++;
        }
    }
    // subtree ends: a node's subtree is [id, id + subtreeSize)
    const sizeOf = new Int32Array(size).fill(1);
    for (let id = size - 1; id > 0; id--)
        sizeOf[parent[id]] += sizeOf[id];
    for (let id = 0; id < size; id++)
        end[id] = id + sizeOf[id];
    return { size, cls, depth, parent, end, geneNode: Int32Array.from(geneNodeTmp, (o) => order[o]), maxDepth };
}
/** Scratch buffers for `trieScores`, reused across calls. */
export class TrieWorkspace {
    cols = new Int32Array(0);
    best = new Int32Array(0);
    prof = new Int32Array(0);
    need = new Int32Array(0);
    nodeBest = new Int32Array(0);
    gen = 0;
    ensure(m, maxDepth, trieSize) {
        const colsNeeded = (maxDepth + 1) * (m + 1);
        if (this.cols.length < colsNeeded)
            this.cols = new Int32Array(colsNeeded * 2);
        if (this.best.length < maxDepth + 1)
            this.best = new Int32Array((maxDepth + 1) * 2);
        if (this.prof.length < 6 * (m + 1))
            this.prof = new Int32Array(6 * (m + 1) * 2);
        if (this.need.length < trieSize) {
            const n = new Int32Array(trieSize);
            n.set(this.need.subarray(0, Math.min(this.need.length, trieSize)));
            this.need = n;
            this.nodeBest = new Int32Array(trieSize);
        }
    }
}
/**
 * Scores of the read slice (class codes xc[xo, xo+m)) against the genes listed in `genes`
 * (Local when delEnd = 0, LEWSD otherwise). `out[k]` receives the score of genes[k].
 */
export function trieScores(trie, xc, xo, m, genes, cost, delEnd, ws, out) {
    if (m <= 0) {
        for (let k = 0; k < genes.length; k++)
            out[k] = 0;
        return;
    }
    ws.ensure(m, trie.maxDepth, trie.size);
    const stride = m + 1;
    // read profile: prof[c·stride + i] = substitution score of read nucleotide i against class c
    const prof = ws.prof;
    for (let c = 0; c < 6; c++) {
        const o = c * stride;
        prof[o] = 0;
        for (let i = 1; i <= m; i++)
            prof[o + i] = c < 5 && xc[xo + i - 1] === c ? cost.match : cost.mismatch;
    }
    // mark the nodes on the paths to the needed genes
    const need = ws.need;
    const g = ++ws.gen;
    const parent = trie.parent;
    for (let k = 0; k < genes.length; k++) {
        let node = trie.geneNode[genes[k]];
        while (node >= 0 && need[node] !== g) {
            need[node] = g;
            node = parent[node];
        }
    }
    const cols = ws.cols;
    const best = ws.best; // prefix max along the path of (colMax_j − delEnd·j)
    const G = cost.gap;
    for (let i = 0; i <= m; i++)
        cols[i] = 0; // root column: row values of column 0
    best[0] = -0x3fffffff;
    const depth = trie.depth;
    const cls = trie.cls;
    const nodeBest = ws.nodeBest;
    const endA = trie.end;
    let node = 1;
    const size = trie.size;
    while (node < size) {
        if (need[node] !== g) {
            node = endA[node];
            continue;
        }
        const d = depth[node];
        const po = (d - 1) * stride;
        const co = d * stride;
        const pr = cls[node] * stride;
        let up = 0; // cur[i−1]
        let diag = 0; // prev[i−1]
        let cmax = 0;
        cols[co] = 0;
        for (let i = 1; i <= m; i++) {
            const left = cols[po + i];
            // Same branch-free cell as dpScore's, written out: as a helper call it was 3.5× slower.
            let s = diag + prof[pr + i];
            let dd = left - up;
            const t = left - (dd & (dd >> 31)) + G;
            dd = s - t;
            s = s - (dd & (dd >> 31));
            s = s & ~(s >> 31);
            cols[co + i] = s;
            dd = s - cmax;
            cmax = cmax + (dd & ~(dd >> 31));
            diag = left;
            up = s;
        }
        const v = cmax - delEnd * d;
        const pb = best[d - 1];
        const nb = v > pb ? v : pb;
        best[d] = nb;
        nodeBest[node] = nb;
        node++;
    }
    for (let k = 0; k < genes.length; k++) {
        const nd = trie.geneNode[genes[k]];
        const d = depth[nd];
        out[k] = d === 0 ? 0 : nodeBest[nd] + delEnd * d;
    }
}
//# sourceMappingURL=trie.js.map