/**
 * Score-only DP of one read against many germline genes at once, sharing the DP columns of
 * common gene prefixes (alleles often share hundreds of nucleotides).
 *
 * The DP is computed column by column (one column per germline nucleotide = one trie node), rows
 * being the read. Cell values are exactly those of the row-major DP of `dp.ts`; only maxima are
 * kept, so the scores are identical: Local = max over cells, LEWSD = max over cells of
 * B[i][j] + delEnd·(n − j) (gene length n).
 */
import { type Cost } from './dp.js';
export interface GeneTrie {
    /** Nodes in preorder; node 0 is the root (no nucleotide). */
    size: number;
    /** Nucleotide class of each node (A0 C1 G2 T3 N4, other 5). */
    cls: Uint8Array;
    depth: Int32Array;
    parent: Int32Array;
    /** Preorder index just after the subtree of each node. */
    end: Int32Array;
    /** Node where each gene ends. */
    geneNode: Int32Array;
    maxDepth: number;
}
export declare function buildGeneTrie(genes: Uint8Array[]): GeneTrie;
/** Scratch buffers for `trieScores`, reused across calls. */
export declare class TrieWorkspace {
    cols: Int32Array<ArrayBuffer>;
    best: Int32Array<ArrayBuffer>;
    prof: Int32Array<ArrayBuffer>;
    need: Int32Array<ArrayBuffer>;
    nodeBest: Int32Array<ArrayBuffer>;
    gen: number;
    ensure(m: number, maxDepth: number, trieSize: number): void;
}
/**
 * Scores of the read slice (class codes xc[xo, xo+m)) against the genes listed in `genes`
 * (Local when delEnd = 0, LEWSD otherwise). `out[k]` receives the score of genes[k].
 */
export declare function trieScores(trie: GeneTrie, xc: Uint8Array, xo: number, m: number, genes: ArrayLike<number>, cost: Cost, delEnd: number, ws: TrieWorkspace, out: Int32Array): void;
