import { NUC_CODE, revcomp } from '../kmer/encode.js';

const K = 10;
const K_MASK = (1 << (2 * K)) - 1;
/** Extension stops once a read is this many ranks past the best one. */
const STABILITY_RANKS = 30;
const EXPRESSED_RATIO = 0.5;

/** Canonical 10-mer codes ending at each position ≥ K−1 of a sequence. */
function kmerCodes(seq: string): Int32Array {
  const out = new Int32Array(seq.length);
  const rcShift = 2 * (K - 1);
  let w = 0;
  let rc = 0; // reverse complement of w, rolled alongside it
  for (let i = 0; i < seq.length; i++) {
    const c = NUC_CODE[seq.charCodeAt(i)]!;
    w = ((w << 2) | c) & K_MASK;
    rc = (rc >>> 2) | ((3 - c) << rcShift);
    out[i] = i >= K - 1 ? (w < rc ? w : rc) : -1;
  }
  return out;
}

/**
 * Representative sequence of a window, after vidjil's k-mer representative computer: among
 * the sampled reads that contain the window (or its reverse complement), the one whose
 * window extends furthest through 10-mers shared by at least half of the reads (and by at
 * least `minCover` reads). Reads are tried longest first (then in input order) so that the
 * choice is deterministic and as long as the reads allow.
 */
export function computeRepresentative(reads: string[], window: string, minCover: number): string | null {
  // Canonical 10-mer counts in a direct table over all 4^10 codes. Counts saturate at 255:
  // only `count ≥ need` matters and need ≤ max(minCover, half the sample) stays below that;
  // one byte per code keeps the table cache-friendly and quick to clear.
  const counts = (countTable ??= new Uint8Array(1 << (2 * K)));
  const need = Math.max(minCover, EXPRESSED_RATIO * reads.length);
  if (need > SATURATED) throw new RangeError(`representative: ${reads.length} sampled reads is over the count range`);
  const codes = reads.map(kmerCodes);
  for (const c of codes) countCodes(c, counts);
  const best = chooseRepresentative(reads, codes, window, counts, need);
  counts.fill(0);
  return best;
}

function countCodes(c: Int32Array, counts: Uint8Array): void {
  for (let i = K - 1; i < c.length; i++) {
    const k = c[i]!;
    const n = counts[k]!;
    if (n < SATURATED) counts[k] = n + 1;
  }
}

const SATURATED = 255;
/** Reused k-mer count table (one per thread). */
let countTable: Uint8Array | undefined;

function chooseRepresentative(
  reads: string[],
  codes: Int32Array[],
  window: string,
  counts: Uint8Array,
  need: number,
): string | null {
  const order = reads.map((_, i) => i).sort((a, b) => reads[b]!.length - reads[a]!.length || a - b);
  const rcWindow = revcomp(window);
  let best: { read: number; start: number; end: number } | null = null;
  let bestCover = 0;
  let bestRank = 0;
  for (let rank = 1; rank <= order.length && rank <= bestRank + STABILITY_RANKS; rank++) {
    const ri = order[rank - 1]!;
    const seq = reads[ri]!;
    if (seq.length < window.length) break;
    let p = seq.indexOf(window);
    if (p < 0) p = seq.indexOf(rcWindow);
    if (p < 0) continue;
    if (seq.length <= bestCover) continue;
    const c = codes[ri]!;
    let start = p;
    while (start - 1 >= 0 && start - 1 + K - 1 < seq.length && counts[c[start - 1 + K - 1]!]! >= need) start--;
    let end = p + window.length - 1;
    while (end + 1 < seq.length && end + 1 >= K - 1 && counts[c[end + 1]!]! >= need) end++;
    const cover = end - start + 1;
    if (cover > bestCover) {
      bestCover = cover;
      bestRank = rank;
      best = { read: ri, start, end };
    }
  }
  return best ? reads[best.read]!.slice(best.start, best.end + 1) : null;
}

/**
 * Quality line of a representative (as sampled): `!` everywhere but over the window, where it
 * is the mean quality of all the window's reads (given in window orientation).
 */
export function representativeQuality(sampled: string, window: string, windowQuality: string): string {
  const mean = [...windowQuality];
  const chars = new Array<string>(sampled.length).fill('!');
  let at = sampled.indexOf(window);
  if (at < 0) {
    at = sampled.indexOf(revcomp(window));
    mean.reverse();
  }
  if (at >= 0) for (let k = 0; k < mean.length; k++) chars[at + k] = mean[k]!;
  return chars.join('');
}
