import { setImmediate } from 'node:timers/promises';
import type { SeqRecord } from './records.js';

/**
 * A batch of reads as flat arrays instead of one object per read. Sequences are bytes in an
 * ArrayBuffer of their own: a worker receives them by transfer (no copy, nothing for either
 * heap to collect) and hands them back with its detections.
 */
export interface ReadBatch {
  count: number;
  /** Sequence bytes (latin1), each read followed by `\n`: read i is `[starts[i], starts[i + 1] - 1)`. */
  seqs: Uint8Array;
  starts: Int32Array;
  /** FASTQ quality bytes in the same layout as `seqs`, or null for FASTA. */
  quals: Uint8Array | null;
  /** Read labels, kept only when asked for (`-U`). */
  labels: string[] | null;
}

/** What detection needs of a batch: its sequences. */
export type BatchSeqs = Pick<ReadBatch, 'count' | 'seqs' | 'starts'>;

const NEWLINE = 10;

/** Fills batches read by read, from bytes or from parsed records. */
export class BatchBuilder {
  count = 0;
  private used = 0;
  private seqs = new Uint8Array(1 << 16);
  private quals: Uint8Array | null = null;
  private starts: Int32Array;
  private labels: string[] = [];

  constructor(
    readonly size: number,
    private readonly withLabels: boolean,
  ) {
    this.starts = new Int32Array(size + 1);
  }

  private reserve(n: number): void {
    if (this.used + n <= this.seqs.length) return;
    const grow = (a: Uint8Array) => {
      const b = new Uint8Array(Math.max(2 * a.length, this.used + n));
      b.set(a.subarray(0, this.used));
      return b;
    };
    this.seqs = grow(this.seqs);
    if (this.quals) this.quals = grow(this.quals);
  }

  /** Adds the read `src[from, from + L)`, with qualities at `qualFrom` of `qualSrc` (FASTQ). */
  addBytes(src: Uint8Array, from: number, L: number, qualSrc: Uint8Array | null, qualFrom: number, label: () => string): void {
    if (this.count === 0) {
      // take() hands out copies, so the quality buffer is reused from batch to batch.
      const reuse = this.quals !== null && this.quals.length === this.seqs.length;
      this.quals = qualSrc ? (reuse ? this.quals : new Uint8Array(this.seqs.length)) : null;
    }
    this.reserve(L + 1);
    const at = this.used;
    this.starts[this.count] = at;
    this.seqs.set(src.subarray(from, from + L), at);
    this.seqs[at + L] = NEWLINE;
    if (this.quals && qualSrc) {
      this.quals.set(qualSrc.subarray(qualFrom, qualFrom + L), at);
      this.quals[at + L] = NEWLINE;
    }
    if (this.withLabels) this.labels.push(label());
    this.used += L + 1;
    this.count++;
  }

  addRecord(r: SeqRecord): void {
    const seq = Buffer.from(r.seq, 'latin1');
    this.addBytes(seq, 0, seq.length, r.qual === undefined ? null : Buffer.from(r.qual, 'latin1'), 0, () => r.label);
  }

  get full(): boolean {
    return this.count >= this.size;
  }

  /** The batch so far (in buffers of its own, sized to fit), and a fresh start. */
  take(): ReadBatch {
    const n = this.count;
    const starts = this.starts.slice(0, n + 1);
    starts[n] = this.used;
    const batch: ReadBatch = {
      count: n,
      seqs: this.seqs.slice(0, this.used),
      starts,
      quals: this.quals ? this.quals.slice(0, this.used) : null,
      labels: this.withLabels ? this.labels : null,
    };
    this.count = 0;
    this.used = 0;
    this.labels = [];
    return batch;
  }
}

/** Reads [from, to) of a batch, in buffers of their own. */
export function sliceBatch(b: ReadBatch, from: number, to: number): ReadBatch {
  const a = b.starts[from]!;
  const z = b.starts[to]!;
  return {
    count: to - from,
    seqs: b.seqs.slice(a, z),
    starts: b.starts.slice(from, to + 1).map((s) => s - a),
    quals: b.quals ? b.quals.slice(a, z) : null,
    labels: b.labels ? b.labels.slice(from, to) : null,
  };
}

/** The last batches of an input, handed out in pieces of this many reads. */
const TAIL_BATCHES = 4;
const TAIL_BATCH_SIZE = 128;

/**
 * Re-yields batches, splitting the last few into small ones: at the end of the input, threads
 * then run out of work together instead of one waiting for the batches queued on another.
 */
export async function* smallTail(batches: AsyncIterable<ReadBatch>): AsyncGenerator<ReadBatch> {
  const held: ReadBatch[] = [];
  for await (const b of batches) {
    held.push(b);
    if (held.length > TAIL_BATCHES) yield held.shift()!;
  }
  for (const b of held) {
    for (let i = 0; i < b.count; i += TAIL_BATCH_SIZE) {
      yield sliceBatch(b, i, Math.min(b.count, i + TAIL_BATCH_SIZE));
      // No input to wait for here: a turn of the event loop lets workers' replies in, so that
      // they get the next pieces instead of this thread detecting them all.
      await setImmediate();
    }
  }
}

/** Sequence of read i. */
export function seqAt(b: BatchSeqs, i: number): string {
  const from = b.starts[i]!;
  return Buffer.from(b.seqs.buffer, b.seqs.byteOffset, b.seqs.byteLength).toString('latin1', from, b.starts[i + 1]! - 1);
}
