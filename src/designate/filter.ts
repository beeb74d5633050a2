/**
 * V pre-filter (spec §2.4): families of consecutive 5′ genes sharing a gene name, indexed by
 * spaced-seed keys; per read, count the family hits and keep the best families.
 */
import { IS_ACGT, NUC_CODE } from '../kmer/encode.js';
import type { Gene, Seed } from '../germline/types.js';

export interface Family {
  /** `String(2 + f)`, used for tie-breaking (decreasing lexicographic order). */
  label: string;
  /** Gene indexes (repertoire order). */
  genes: number[];
  /** Longest gene length of the family. */
  maxLen: number;
}

export interface VFilter {
  families: Family[];
  /** `#` offsets inside the span. */
  offsets: Int32Array;
  span: number;
  /** key → family ids containing it (ascending, distinct), see familiesOf. */
  index: FamilyIndex;
  /** All gene indexes in file order (the unfiltered result). */
  all: Int32Array;
}


function geneName(label: string): string {
  const k = label.lastIndexOf('*');
  return k < 0 ? label : label.slice(0, k);
}

export function buildVFilter(genes: Gene[], seed: Seed): VFilter {
  const families: Family[] = [];
  let prev: string | null = null;
  genes.forEach((g, idx) => {
    const name = geneName(g.label);
    if (prev === null || name !== prev) {
      families.push({ label: String(2 + families.length), genes: [], maxLen: 0 });
      prev = name;
    }
    const f = families[families.length - 1]!;
    f.genes.push(idx);
    if (g.seq.length > f.maxLen) f.maxLen = g.seq.length;
  });
  const offs: number[] = [];
  for (let k = 0; k < seed.pattern.length; k++) if (seed.pattern[k] === '#') offs.push(k);
  const offsets = Int32Array.from(offs);
  const span = seed.span;
  // (key, family) pairs, sorted and deduplicated, then an open-addressing table key → run.
  // A typed array: pairs exceed small-integer range, and boxed numbers would flood the heap.
  let bound = 0;
  for (const g of genes) bound += Math.max(0, g.seq.length - span + 1);
  const pairs = new Float64Array(bound);
  let n = 0;
  families.forEach((f, fi) => {
    for (const gi of f.genes) {
      const s = genes[gi]!.seq;
      let bad = -1;
      for (let p = 0; p < s.length; p++) {
        if (!IS_ACGT[s.charCodeAt(p)]) bad = p;
        if (p < span - 1 || bad > p - span) continue;
        let key = 0;
        for (let q = 0; q < offsets.length; q++) key = key * 4 + NUC_CODE[s.charCodeAt(p - span + 1 + offsets[q]!) & 255]!;
        pairs[n++] = key * FAMILY_RADIX + fi;
      }
    }
  });
  return { families, offsets, span, index: buildFamilyIndex(pairs.subarray(0, n)), all: Int32Array.from(genes.map((_, i) => i)) };
}

/** Families per V gene set are far fewer than this radix. */
const FAMILY_RADIX = 4096;

/** Open addressing: slot → key (-1 empty), start and end of its run in `fams`. */
export interface FamilyIndex {
  keys: Int32Array;
  start: Int32Array;
  end: Int32Array;
  fams: Int16Array;
  shift: number;
}

function buildFamilyIndex(pairs: Float64Array): FamilyIndex {
  const sorted = pairs.sort();
  // Distinct (key, family) pairs, grouped by key: runs of `fams`.
  const fams = new Int16Array(sorted.length);
  const runKey = new Int32Array(sorted.length);
  const runStart = new Int32Array(sorted.length + 1);
  let nFams = 0;
  let nRuns = 0;
  let prev = -1;
  for (let i = 0; i < sorted.length; i++) {
    const x = sorted[i]!;
    if (x === prev) continue;
    prev = x;
    const key = Math.floor(x / FAMILY_RADIX);
    if (nRuns === 0 || runKey[nRuns - 1] !== key) {
      runKey[nRuns] = key;
      runStart[nRuns] = nFams;
      nRuns++;
    }
    fams[nFams++] = x - key * FAMILY_RADIX;
  }
  runStart[nRuns] = nFams;
  let bits = 4;
  while (2 ** bits < nRuns * 2) bits++;
  const keys = new Int32Array(2 ** bits).fill(-1);
  const start = new Int32Array(2 ** bits);
  const end = new Int32Array(2 ** bits);
  const shift = 32 - bits;
  const mask = 2 ** bits - 1;
  for (let r = 0; r < nRuns; r++) {
    const key = runKey[r]!;
    let h = Math.imul(key, 0x9e3779b1) >>> shift;
    while (keys[h] !== -1) h = (h + 1) & mask;
    keys[h] = key;
    start[h] = runStart[r]!;
    end[h] = runStart[r + 1]!;
  }
  return { keys, start, end, fams: fams.slice(0, nFams), shift };
}

/** Slot of a key in the family index, or -1. */
function familySlot(ix: FamilyIndex, key: number): number {
  const mask = ix.keys.length - 1;
  let h = Math.imul(key, 0x9e3779b1) >>> ix.shift;
  for (;;) {
    const k = ix.keys[h]!;
    if (k === key) return h;
    if (k === -1) return -1;
    h = (h + 1) & mask;
  }
}

const Z = Math.fround(3.0902);

/** Minimal hit count for a family to be kept (vidjil's nbKmersLimit, single precision). */
export function nbKmersLimit(span: number, count: number, maxLen: number): number | null {
  const f = Math.fround;
  const N = maxLen - span + 1;
  const p = f(count / N);
  if (p > 1) return count;
  const sd = f(Math.sqrt(f(f(p * f(1 - p)) / N)));
  const pmin = f(p - f(Z * sd));
  if (pmin <= 0) return null;
  return Math.floor(f(pmin * N));
}

/**
 * Returns the V gene indexes to align, in filtered order. `counts` is a scratch buffer of at
 * least `families.length` entries.
 */
export function filterV(vf: VFilter, read: Uint8Array, counts: Int32Array): Int32Array {
  const nf = vf.families.length;
  counts.fill(0, 0, nf);
  const L = read.length;
  const span = vf.span;
  const offs = vf.offsets;
  const w = offs.length;
  let any = false;
  for (let p = 0; p + span <= L; p++) {
    let key = 0;
    for (let q = 0; q < w; q++) key = key * 4 + NUC_CODE[read[p + offs[q]!]!]!;
    const slot = familySlot(vf.index, key);
    if (slot >= 0) {
      any = true;
      const ix = vf.index;
      for (let t = ix.start[slot]!; t < ix.end[slot]!; t++) counts[ix.fams[t]!]!++;
    }
  }
  if (!any) return vf.all;
  const hit: number[] = [];
  for (let f = 0; f < nf; f++) if (counts[f]! > 0) hit.push(f);
  hit.sort((a, b) => {
    const d = counts[b]! - counts[a]!;
    if (d !== 0) return d;
    const la = vf.families[a]!.label;
    const lb = vf.families[b]!.label;
    return la < lb ? 1 : la > lb ? -1 : 0;
  });
  const first = hit[0]!;
  const limit = nbKmersLimit(span, counts[first]!, vf.families[first]!.maxLen);
  // The spec says the filter gives up when pmin <= 0; the reference data (ext-nucleotides-N)
  // shows it also gives up when the limit rounds down to 0.
  if (limit === null || limit <= 0) return vf.all;
  const out: number[] = [];
  for (let k = 0; k < hit.length; k++) {
    const f = hit[k]!;
    if (k > 0 && counts[f]! < limit) break;
    for (const g of vf.families[f]!.genes) out.push(g);
  }
  return Int32Array.from(out);
}
