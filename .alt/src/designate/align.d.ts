/**
 * Aligning a read against a repertoire (spec §2.3) and the designation p-values (§2.1).
 */
import { type Cost, DPWorkspace, Mode } from './dp.js';
import { type GeneTrie, TrieWorkspace } from './trie.js';
/** A box on the analysed strand (0-based, inclusive). */
export interface RawBox {
    gene: number;
    start: number;
    end: number;
    delLeft: number;
    delRight: number;
    /** 1-based read position of the germline mark, 0 if none. */
    mark: number;
}
export interface ScoredGene {
    score: number;
    gene: number;
}
export interface RepertoireHit {
    box: RawBox | null;
    score: number;
    /** (score, gene) of every aligned gene, sorted as C++ std::sort by decreasing score. */
    sorted: ScoredGene[];
}
/**
 * Aligns x[xo, xo+m) (bytes `x`, class codes `xc`) against the listed genes (in that order) and
 * backtracks the first gene with the maximal score.
 */
export interface GeneSet {
    seqs: Uint8Array[];
    profiles: Int32Array[];
    /** 1-based germline columns of the marks (0 = none), or null. */
    marks: Int32Array | null;
    /** Prefix trie of the genes, for the score-only pass. */
    trie: GeneTrie;
}
/** Scratch buffers of the repertoire alignments (one per prepared germline, reused per call). */
export declare class AlignScratch {
    dp: DPWorkspace;
    trie: TrieWorkspace;
    scores: Int32Array<ArrayBuffer>;
    constructor(dp: DPWorkspace);
}
export declare function alignRepertoire(x: Uint8Array, xc: Uint8Array, xo: number, m: number, set: GeneSet, order: ArrayLike<number>, mode: Mode, cost: Cost, scratch: AlignScratch): RepertoireHit;
/** p(s) = K·exp(−λ·s), λ = ln 4 / match, in single precision as the C++ does. */
export declare function pValue(score: number, match: number): number;
