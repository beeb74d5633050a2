/**
 * Aligning a read against a repertoire (spec §2.3) and the designation p-values (§2.1).
 */
import { type Cost, DPWorkspace, Mode, dpAlign, dpScore } from './dp.js';
import { stdSort } from './stdsort.js';
import { type GeneTrie, TrieWorkspace, trieScores } from './trie.js';

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

const LESS = (a: ScoredGene, b: ScoredGene) => a.score > b.score;

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
export class AlignScratch {
  dp: DPWorkspace;
  trie = new TrieWorkspace();
  scores = new Int32Array(512);
  constructor(dp: DPWorkspace) {
    this.dp = dp;
  }
}

export function alignRepertoire(
  x: Uint8Array,
  xc: Uint8Array,
  xo: number,
  m: number,
  set: GeneSet,
  order: ArrayLike<number>,
  mode: Mode,
  cost: Cost,
  scratch: AlignScratch,
): RepertoireHit {
  const ws = scratch.dp;
  if (scratch.scores.length < order.length) scratch.scores = new Int32Array(order.length * 2);
  const scoreBuf = scratch.scores;
  let best = -Infinity;
  let bestGene = -1;
  const list: ScoredGene[] = [];
  if (mode !== Mode.SemiGlobal) {
    trieScores(set.trie, xc, xo, m, order, cost, mode === Mode.LocalEndWithSomeDeletions ? cost.delEnd : 0, scratch.trie, scoreBuf);
  } else {
    for (let k = 0; k < order.length; k++) {
      const g = order[k]!;
      scoreBuf[k] = dpScore(xc, xo, m, set.profiles[g]!, set.seqs[g]!.length, mode, cost, ws);
    }
  }
  for (let k = 0; k < order.length; k++) {
    const g = order[k]!;
    const s = scoreBuf[k]!;
    if (s > best) {
      best = s;
      bestGene = g;
    }
    list.push({ score: s, gene: g });
  }
  stdSort(list, LESS);
  if (bestGene < 0) return { box: null, score: 0, sorted: list };
  const y = set.seqs[bestGene]!;
  const r = dpAlign(x, xo, m, y, mode, cost, ws, set.marks ? set.marks[bestGene]! : 0);
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
export function pValue(score: number, match: number): number {
  const lambda = F(F(Math.log(4)) / match);
  return F(K * F(Math.exp(F(-lambda * score))));
}
