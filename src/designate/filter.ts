/**
 * V pre-filter (spec §2.4): families of consecutive 5′ genes sharing a gene name, indexed by
 * spaced-seed keys; per read, count the family hits and keep the best families.
 */
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
  /** key → family ids containing it (ascending, distinct). */
  index: Map<number, Int32Array>;
  /** All gene indexes in file order (the unfiltered result). */
  all: Int32Array;
}

/** vidjil's 2-bit nucleotide code of an ASCII character (A0 C1 G2 T3; N reads as G). */
export function nt2(c: number): number {
  return ((c & 4) >> 1) | (((c & 4) >> 2) ^ ((c & 2) >> 1));
}

const ACGT = new Uint8Array(256).fill(0);
ACGT[65] = ACGT[67] = ACGT[71] = ACGT[84] = 1;

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
  const tmp = new Map<number, number[]>();
  families.forEach((f, fi) => {
    for (const gi of f.genes) {
      const s = genes[gi]!.seq;
      for (let p = 0; p + span <= s.length; p++) {
        let ok = true;
        for (let q = 0; q < span; q++) {
          if (!ACGT[s.charCodeAt(p + q)]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        let key = 0;
        for (let q = 0; q < offsets.length; q++) key = key * 4 + nt2(s.charCodeAt(p + offsets[q]!));
        let l = tmp.get(key);
        if (!l) tmp.set(key, (l = []));
        if (l[l.length - 1] !== fi) l.push(fi);
      }
    }
  });
  const index = new Map<number, Int32Array>();
  for (const [k, l] of tmp) index.set(k, Int32Array.from(l));
  return { families, offsets, span, index, all: Int32Array.from(genes.map((_, i) => i)) };
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
    for (let q = 0; q < w; q++) key = key * 4 + nt2(read[p + offs[q]!]!);
    const fams = vf.index.get(key);
    if (fams) {
      any = true;
      for (let t = 0; t < fams.length; t++) counts[fams[t]!]!++;
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
