/**
 * Aligning a read against a repertoire (spec §2.3) and the designation p-values (§2.1).
 */
import { type Cost, type DPWorkspace, Mode, dpAlign, dpScore } from './dp.js';
import { stdSort } from './stdsort.js';

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
 * Aligns x[xo, xo+m) against the listed genes (in that order) and backtracks the first gene
 * with the maximal score. `marks[g]` is the 1-based germline column of the mark (0 = none).
 */
export function alignRepertoire(
  x: Uint8Array,
  xo: number,
  m: number,
  genes: Uint8Array[],
  marks: Int32Array | null,
  order: ArrayLike<number>,
  mode: Mode,
  cost: Cost,
  ws: DPWorkspace,
): RepertoireHit {
  let best = -Infinity;
  let bestGene = -1;
  const list: ScoredGene[] = [];
  for (let k = 0; k < order.length; k++) {
    const g = order[k]!;
    const s = dpScore(x, xo, m, genes[g]!, mode, cost, ws);
    if (s > best) {
      best = s;
      bestGene = g;
    }
    list.push({ score: s, gene: g });
  }
  stdSort(list, LESS);
  if (bestGene < 0) return { box: null, score: 0, sorted: list };
  const y = genes[bestGene]!;
  const r = dpAlign(x, xo, m, y, mode, cost, ws, marks ? marks[bestGene]! : 0);
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
