import type { ReadBatch } from '../io/batch.js';
import { SeqArena } from './arena.js';
import { Status } from '../detect/status.js';

/** At most this many reads are kept per window to build its representative. */
export const MAX_SAMPLED_READS = 300;

/** Everything kept about one window (= one clone before thresholds). */
export interface WindowEntry {
  window: string;
  count: number;
  /** Germline object of the last read with this window (vidjil: the last read wins). */
  object: number;
  lengthSum: number;
  /** Some read had a shortened or shifted window (W50). */
  changed: boolean;
  /** First reads in input order, original orientation: (arena position, length) pairs. */
  sample: number[];
  /** Per window position, the sum of the quality characters of all its reads (FASTQ). */
  qualSum: Uint32Array | null;
}

/** Per-status and per-code tallies of the single pass. */
export interface PassStats {
  total: number;
  statusCount: Float64Array;
  statusLength: Float64Array;
  /** Windowed reads per germline code, and their total length. */
  codeReads: Map<string, number>;
  codeLength: Map<string, number>;
}

export function newStats(codes: string[]): PassStats {
  return {
    total: 0,
    statusCount: new Float64Array(13),
    statusLength: new Float64Array(13),
    codeReads: new Map(codes.map((c) => [c, 0])),
    codeLength: new Map(codes.map((c) => [c, 0])),
  };
}

/** Windows of a run, filled in input order. */
export class WindowStore {
  readonly entries = new Map<string, WindowEntry>();
  private readonly arena = new SeqArena();
  constructor(
    readonly stats: PassStats,
    private readonly codeOf: (object: number) => string,
    private readonly maxSampled = MAX_SAMPLED_READS,
  ) {}

  /** Records the outcome of read i of a batch; returns its window's entry when this read completes the sample. */
  add(batch: ReadBatch, i: number, status: Status, object: number, window: string | null, changed: boolean, rawStart = 0, reversed = false): WindowEntry | null {
    const s = this.stats;
    const from = batch.starts[i]!;
    const L = batch.starts[i + 1]! - 1 - from;
    s.total++;
    s.statusCount[status]!++;
    s.statusLength[status]! += L;
    if (window === null) return null;
    s.statusCount[Status.Seg]!++;
    s.statusLength[Status.Seg]! += L;
    if (changed) {
      s.statusCount[Status.SegChangedWindow]!++;
      s.statusLength[Status.SegChangedWindow]! += L;
    }
    const code = this.codeOf(object);
    s.codeReads.set(code, (s.codeReads.get(code) ?? 0) + 1);
    s.codeLength.set(code, (s.codeLength.get(code) ?? 0) + L);
    let e = this.entries.get(window);
    if (!e) {
      const key = flatCopy(window);
      e = { window: key, count: 0, object, lengthSum: 0, changed: false, sample: [], qualSum: null };
      this.entries.set(key, e);
    }
    e.count++;
    e.object = object;
    e.lengthSum += L;
    e.changed ||= changed;
    let completed = false;
    if (e.sample.length < 2 * this.maxSampled) {
      e.sample.push(this.arena.append(batch.seqs, from, from + L), L);
      completed = e.sample.length === 2 * this.maxSampled;
    }
    const q = batch.quals;
    if (q) {
      const n = window.length;
      const sum = (e.qualSum ??= new Uint32Array(n));
      const at = from + rawStart;
      for (let k = 0; k < n; k++) sum[k]! += q[reversed ? at + n - 1 - k : at + k]!;
    }
    return completed ? e : null;
  }

  /** The sampled reads of a window. */
  sampleOf(e: WindowEntry): string[] {
    const out: string[] = [];
    for (let k = 0; k < e.sample.length; k += 2) out.push(this.arena.text(e.sample[k]!, e.sample[k + 1]!));
    return out;
  }
}

/** A copy that does not keep the (batch-wide) string it was sliced from alive. */
function flatCopy(s: string): string {
  return Buffer.from(s, 'latin1').toString('latin1');
}

const cmpBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** vidjil's clone order: read count descending, ties by window in descending byte order. */
export function sortClones(entries: Iterable<WindowEntry>): WindowEntry[] {
  return [...entries].sort((a, b) => b.count - a.count || cmpBytes(b.window, a.window));
}

/** Keeps windows with at least max(minReads, floor(minRatio% of segmented)) reads. */
export function thresholdClones(sorted: WindowEntry[], minReads: number, minRatio: number, segmented: number): WindowEntry[] {
  const min = Math.max(minReads, Math.floor((minRatio * segmented) / 100));
  return sorted.filter((e) => e.count >= min);
}
