import type { GermlineSet } from '../germline/types.js';
import {
  AFFECT_J_FWD,
  AFFECT_J_REV,
  AFFECT_V_FWD,
  AFFECT_V_REV,
  type KmerIndex,
  tableKey,
} from '../kmer/index.js';
import { NUC_CODE } from '../kmer/encode.js';
import { BinomialTails } from './evalue.js';
import { Status } from './status.js';

/** The outcome of k-mer detection of one read against one germline object. */
export interface Detection {
  /** Germline object index (in GermlineSet.objects order). */
  object: number;
  status: Status;
  /** Non-ambiguous, strand-resolved k-mers. */
  score: number;
  /** More k-mers on the − strand than on the + strand. */
  reversed: boolean;
  /** V end / J start (0-based) on the oriented read; -1 when undetected. */
  vEnd: number;
  jStart: number;
  eValue: number;
  eLeft: number;
  eRight: number;
}

/** Read-only detection context plus per-thread scratch buffers. */
export interface Detector {
  germlines: GermlineSet;
  index: KmerIndex;
  tails: BinomialTails;
  /** Looked-up table values, one row per table. */
  scratch: Uint32Array[];
  /** Per table, the OR of the read's values: objects with no k-mer at all are skipped. */
  seen: Uint32Array;
  /** Per table, the positions whose value is not 0, and their count. */
  hits: Int32Array[];
  hitCount: Int32Array;
  /** Per object pass: positions of its "before" k-mer ends and of its "after" k-mers. */
  befores: Int32Array;
  afters: Int32Array;
  /** 2-bit codes of the current read. */
  codes: Uint8Array;
  /** Reused per-object results. */
  results: Detection[];
}

export function createDetector(germlines: GermlineSet, index: KmerIndex): Detector {
  return {
    germlines,
    index,
    tails: new BinomialTails(),
    scratch: index.tables.map(() => new Uint32Array(1024)),
    seen: new Uint32Array(index.tables.length),
    hits: index.tables.map(() => new Int32Array(1024)),
    hitCount: new Int32Array(index.tables.length),
    befores: new Int32Array(1024),
    afters: new Int32Array(1024),
    codes: new Uint8Array(1024),
    results: [0, 1].map(() => ({ object: 0, status: Status.TooFewVJ, score: 0, reversed: false, vEnd: -1, jStart: -1, eValue: 0, eLeft: 0, eRight: 0 })),
  };
}

export const PLUS_FACTOR = 1e9;

/** vidjil's e-value multiplier for one object: objects × reads, ×1e9 for incomplete systems. */
export function multiplierFor(det: Detector, object: number, nbReads: number): number {
  const o = det.germlines.objects[object]!;
  return det.germlines.objects.length * nbReads * (o.regular ? 1 : PLUS_FACTOR);
}

/** Makes the detector's per-read buffers hold a read of length L. */
function reserve(det: Detector, L: number): void {
  if (det.codes.length >= L) return;
  const tables = det.index.tables;
  det.codes = new Uint8Array(L * 2);
  det.scratch = tables.map(() => new Uint32Array(L * 2));
  det.hits = tables.map(() => new Int32Array(L * 2));
  det.befores = new Int32Array(L * 2);
  det.afters = new Int32Array(L * 2);
}

/**
 * 2-bit codes of a read into the detector, once per read, shared by every table. Encoding is
 * kept apart from the lookups so that these never see the kinds of strings callers have.
 */
export function encodeRead(det: Detector, s: string): void {
  const L = s.length;
  reserve(det, L);
  const codes = det.codes;
  for (let i = 0; i < L; i++) codes[i] = NUC_CODE[s.charCodeAt(i)]!;
}

/** encodeRead of the read `bytes[from, from + L)` of a batch. */
export function encodeBytes(det: Detector, bytes: Uint8Array, from: number, L: number): void {
  reserve(det, L);
  const codes = det.codes;
  for (let i = 0; i < L; i++) codes[i] = NUC_CODE[bytes[from + i]!]!;
}

/** Fills the scratch rows with the table value of every span-word of the encoded read, and the hit lists. */
function lookupAll(det: Detector, L: number): void {
  const tables = det.index.tables;
  const codes = det.codes;
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t]!;
    const span = table.seed.span;
    const row = det.scratch[t]!;
    const hits = det.hits[t]!;
    let n = 0;
    let seen = 0;
    // Positions without a whole k-mer are unknown.
    for (let i = Math.max(0, L - span + 1); i < L; i++) row[i] = 0;
    // Spans up to 15 keep the rolling word within 30 bits, so plain int arithmetic is safe.
    const mask = (1 << (2 * span)) - 1;
    // A key made of two runs of compared positions (one wildcard) is computed inline.
    const r = table.runs;
    const twoRuns = table.keyed && r.length === 6;
    const s0 = r[0] ?? 0, m0 = r[1] ?? 0, o0 = r[2] ?? 0, s1 = r[3] ?? 0, m1 = r[4] ?? 0, o1 = r[5] ?? 0;
    const hash = table.hash!;
    const filter = table.filter;
    const fShift = table.filterShift;
    const hShift = table.hashShift;
    const hMask = (hash.length >> 1) - 1;
    let w = 0;
    for (let i = 0; i < L; i++) {
      w = ((w << 2) | codes[i]!) & mask;
      if (i < span - 1) continue;
      const key = twoRuns ? (((w >>> s0) & m0) << o0) | (((w >>> s1) & m1) << o1) : tableKey(table, w);
      const p = i - span + 1;
      const hp = Math.imul(key, 0x9e3779b1);
      const fb = hp >>> fShift;
      let v = 0;
      if ((filter[fb >>> 5]! & (1 << (fb & 31))) !== 0) {
        let slot = hp >>> hShift;
        for (;;) {
          const k = hash[slot << 1]!;
          if (k === key) {
            v = hash[(slot << 1) + 1]! >>> 0;
            break;
          }
          if (k === -1) break;
          slot = (slot + 1) & hMask;
        }
      }
      row[p] = v;
      if (v !== 0) {
        hits[n++] = p;
        seen |= v;
      }
    }
    det.seen[t] = seen;
    det.hitCount[t] = n;
  }
}

/** Detection of one germline object, from the scratch rows filled by lookupAll. */
function detectObject(det: Detector, object: number, L: number, threshold: number, multiplier: number, res: Detection): Detection {
  const idx = det.index;
  const span = idx.spans[object]!;
  res.object = object;
  res.status = Status.TooFewVJ;
  res.score = 0;
  res.reversed = false;
  res.vEnd = -1;
  res.jStart = -1;
  res.eValue = multiplier * 2;
  res.eLeft = multiplier;
  res.eRight = multiplier;
  if (L < span) {
    res.status = Status.TooShort;
    return res;
  }
  const shift = 4 * idx.slotOf[object]!;
  if (((det.seen[idx.tableOf[object]!]! >>> shift) & 15) === 0) return res;
  const table = idx.tableOf[object]!;
  const row = det.scratch[table]!;
  const hits = det.hits[table]!;
  const nHits = det.hitCount[table]!;
  let nPlus = 0;
  let nMinus = 0;
  for (let h = 0; h < nHits; h++) {
    const c = (row[hits[h]!]! >>> shift) & 15;
    if (c >= AFFECT_V_FWD) {
      if (c & 1) nMinus++;
      else nPlus++;
    }
  }
  res.score = nPlus + nMinus;
  res.reversed = nMinus > nPlus;
  if (res.score === 0) return res;
  let strand: number;
  let before: number;
  let after: number;
  if (nMinus > 2 * nPlus) {
    strand = -1;
    before = AFFECT_J_REV;
    after = AFFECT_V_REV;
  } else if (nPlus > 2 * nMinus) {
    strand = 1;
    before = AFFECT_V_FWD;
    after = AFFECT_J_FWD;
  } else {
    res.status = res.score >= 5 ? Status.Strand : Status.TooFewVJ;
    return res;
  }

  // Maximum-plateau scan for the boundary between "before" k-mers (counted at the position
  // where they end) and "after" k-mers (counted where they start), run over these events
  // only: between two events the running value is constant, so a plateau simply extends.
  const B = det.befores;
  const Aft = det.afters;
  let nB = 0;
  let nA = 0;
  let cur = 0;
  let aR = 0;
  for (let h = 0; h < nHits; h++) {
    const p = hits[h]!;
    const c = (row[p]! >>> shift) & 15;
    if (c === before) B[nB++] = p + span - 1;
    else if (c === after) {
      if (p < span - 1) {
        cur--;
        aR++;
      } else Aft[nA++] = p;
    }
  }
  let max = 0;
  let first = 0;
  let last = 0;
  let bL = 0;
  let bR = 0;
  let aL = 0;
  let skipped = 0;
  // At the previous position (virtually span − 2 at start), did cur reach max?
  let atMax = cur >= max;
  let prev = span - 2;
  let ib = 0;
  let ia = 0;
  for (;;) {
    const more = ib < nB || ia < nA;
    // The next event, or the read end as a sentinel.
    const i = !more ? L : ia >= nA || (ib < nB && B[ib]! <= Aft[ia]!) ? B[ib]! : Aft[ia]!;
    // Positions prev+1 .. i−1 have no event: on a plateau they extend it (aR = bR = 0 there).
    if (atMax && i - 1 > prev) last = i - 1;
    if (!more) break;
    let isAfter = false;
    if (ib < nB && B[ib] === i) {
      cur++;
      bR++;
      ib++;
    }
    if (ia < nA && Aft[ia] === i) {
      cur--;
      aR++;
      ia++;
      isAfter = true;
    }
    if (cur >= max) {
      let flat = false;
      if (cur > max) {
        first = i;
        aL += skipped;
        bL += skipped;
        skipped = 0;
      } else if (last === i - 1 && isAfter) {
        skipped++;
        flat = true;
      }
      max = cur;
      last = i;
      if (!flat) {
        aL += aR;
        bL += bR;
      }
      aR = 0;
      bR = 0;
      atMax = true;
    } else atMax = false;
    prev = i;
  }
  const found = aR > 1.9 * aL && bL > 1.9 * bR;

  const loadB = idx.loads[object * 8 + before]!;
  const loadA = idx.loads[object * 8 + after]!;
  const nL = Math.max(0, last + 1 - span + 1);
  const nR = Math.max(0, L - 1 - first - span + 1);
  const pL = det.tails.tail(object * 8 + before, loadB, nL, Math.min(bL, nL));
  const pR = det.tails.tail(object * 8 + after, loadA, nR, Math.min(aR, nR));
  res.eLeft = pL * multiplier;
  res.eRight = pR * multiplier;
  res.eValue = res.eLeft + res.eRight;
  if (threshold >= 0) {
    const vSide = strand === 1 ? res.eLeft : res.eRight;
    const jSide = strand === 1 ? res.eRight : res.eLeft;
    if (res.eLeft >= threshold && res.eRight >= threshold) return res;
    if (vSide >= threshold) {
      res.status = Status.OnlyJ;
      return res;
    }
    if (jSide >= threshold) {
      res.status = Status.OnlyV;
      return res;
    }
    if (res.eValue >= threshold) return res;
  }
  if (!found) {
    res.status = Status.Ambiguous;
    return res;
  }
  res.status = res.reversed ? Status.SegMinus : Status.SegPlus;
  if (strand === 1) {
    res.vEnd = first;
    res.jStart = last + 1;
  } else {
    res.vEnd = L - 1 - (last + 1);
    res.jStart = L - 1 - first;
  }
  if (res.vEnd >= res.jStart) {
    const mid = Math.floor((res.vEnd + res.jStart) / 2);
    res.vEnd = mid;
    res.jStart = mid + 1;
  }
  return res;
}

export function isDetected(d: Detection): boolean {
  return d.status === Status.SegPlus || d.status === Status.SegMinus;
}

export interface DetectParams {
  /** E-value threshold; negative = no threshold (`-e all`). */
  threshold: number;
  /** N of the multiplier (reads of the sample, or 1). */
  nbReads: number;
}

/**
 * Detects a read against every germline object and keeps one result as vidjil does: the
 * detected result with the strictly lowest e-value (earliest on ties), else the undetected
 * result with the strictly highest k-mer score.
 */
export function detectRead(det: Detector, seq: string, params: DetectParams): Detection {
  encodeRead(det, seq);
  return detectEncoded(det, seq.length, params);
}

/** detectRead on the read last given to `encodeRead`, of length L. */
export function detectEncoded(det: Detector, L: number, params: DetectParams): Detection {
  lookupAll(det, L);
  const objects = det.germlines.objects;
  // Two scratch results, swapped when the current one becomes the kept one: no allocation per object.
  let cur = det.results[0]!;
  let kept = det.results[1]!;
  let any = false;
  let detectedSeen = false;
  let bestScore = -1;
  for (let o = 0; o < objects.length; o++) {
    const r = detectObject(det, o, L, params.threshold, multiplierFor(det, o, params.nbReads), cur);
    let keep = !any;
    if (isDetected(r)) {
      if (!detectedSeen || r.eValue < kept.eValue) {
        keep = true;
        detectedSeen = true;
      }
    } else if (r.score > bestScore) {
      bestScore = r.score;
      if (!detectedSeen) keep = true;
    }
    if (keep) {
      any = true;
      [cur, kept] = [kept, cur];
    }
  }
  det.results[0] = cur;
  det.results[1] = kept;
  return { ...kept };
}

/** Affect characters (`affectValues`) and signs (`affectSigns`) of a read on one object, as vidjil shows them. */
export function affectStrings(det: Detector, seq: string, object: number): { values: string; signs: string } {
  encodeRead(det, seq);
  lookupAll(det, seq.length);
  const idx = det.index;
  const o = det.germlines.objects[object]!;
  const row = det.scratch[idx.tableOf[object]!]!;
  const shift = 4 * idx.slotOf[object]!;
  const span = idx.spans[object]!;
  const chars = ['_', '?', o.labels.v, o.labels.v, o.labels.d, o.labels.d, o.labels.j, o.labels.j];
  let values = '';
  let signs = '';
  for (let i = 0; i < seq.length; i++) {
    const c = i <= seq.length - span ? (row[i]! >>> shift) & 15 : 0;
    values += chars[c] ?? '_';
    signs += c >= AFFECT_V_FWD ? (c & 1 ? '-' : '+') : ' ';
  }
  return { values, signs };
}

/** vidjil's strand for designation: more k-mers of the object on the − strand than on the + strand. */
export function reversedOn(det: Detector, seq: string, object: number): boolean {
  encodeRead(det, seq);
  lookupAll(det, seq.length);
  return detectObject(det, object, seq.length, -1, 1, det.results[0]!).reversed;
}
