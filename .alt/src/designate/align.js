/**
 * Aligning a read against a repertoire (spec §2.3) and the designation p-values (§2.1).
 */
import { dpAlign, dpScore } from './dp.js';
import { stdSort } from './stdsort.js';
import { TrieWorkspace, trieScores } from './trie.js';
const LESS = (a, b) => a.score > b.score;
/** Scratch buffers of the repertoire alignments (one per prepared germline, reused per call). */
export class AlignScratch {
    dp;
    trie = new TrieWorkspace();
    scores = new Int32Array(512);
    constructor(dp) {
        this.dp = dp;
    }
}
export function alignRepertoire(x, xc, xo, m, set, order, mode, cost, scratch) {
    const ws = scratch.dp;
    if (scratch.scores.length < order.length)
        scratch.scores = new Int32Array(order.length * 2);
    const scoreBuf = scratch.scores;
    let best = -Infinity;
    let bestGene = -1;
    const list = [];
    if (mode !== 2 /* Mode.SemiGlobal */) {
        trieScores(set.trie, xc, xo, m, order, cost, mode === 1 /* Mode.LocalEndWithSomeDeletions */ ? cost.delEnd : 0, scratch.trie, scoreBuf);
    }
    else {
        for (let k = 0; k < order.length; k++) {
            const g = order[k];
            scoreBuf[k] = dpScore(xc, xo, m, set.profiles[g], set.seqs[g].length, mode, cost, ws);
        }
    }
    for (let k = 0; k < order.length; k++) {
        const g = order[k];
        const s = scoreBuf[k];
        if (s > best) {
            best = s;
            bestGene = g;
        }
        list.push({ score: s, gene: g });
    }
    stdSort(list, LESS);
    if (bestGene < 0)
        return { box: null, score: 0, sorted: list };
    const y = set.seqs[bestGene];
    const r = dpAlign(x, xo, m, y, mode, cost, ws, set.marks ? set.marks[bestGene] : 0);
    return {
        box: {
            gene: bestGene,
            start: r.firstI,
            end: r.endI - 1,
            delLeft: r.firstJ,
            delRight: y.length - r.endJ,
            mark: r.markedI,
        },
        score: r.score,
        sorted: list,
    };
}
const F = Math.fround;
const K = F(0.05);
/** p(s) = K·exp(−λ·s), λ = ln 4 / match, in single precision as the C++ does. */
export function pValue(score, match) {
    const lambda = F(F(Math.log(4)) / match);
    return F(K * F(Math.exp(F(-lambda * score))));
}
//# sourceMappingURL=align.js.map