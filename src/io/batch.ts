import type { SeqRecord } from './records.js';

/**
 * A batch of reads as a few flat strings instead of one object per read. Batches wait for
 * their detections (in a worker or this thread) long enough to survive young-generation
 * collections; per-read objects would then be copied and promoted by V8 for nothing.
 */
export interface ReadBatch {
  count: number;
  /** Sequences, each followed by `\n`: read i is `seqs.slice(starts[i], starts[i + 1] - 1)`. */
  seqs: string;
  starts: Int32Array;
  /** FASTQ qualities in the same layout as `seqs`, or null for FASTA. */
  quals: string | null;
  /** Read labels, kept only when asked for (`-U`). */
  labels: string[] | null;
}

export function packReads(reads: SeqRecord[], withLabels: boolean): ReadBatch {
  const n = reads.length;
  const starts = new Int32Array(n + 1);
  let at = 0;
  let fastq = n > 0;
  for (let i = 0; i < n; i++) {
    const r = reads[i]!;
    starts[i] = at;
    at += r.seq.length + 1;
    if (r.qual === undefined) fastq = false;
  }
  starts[n] = at;
  // join() builds one flat string; the empty last part gives the final separator.
  const joined = (f: (r: SeqRecord) => string) => (n > 0 ? [...reads.map(f), ''].join('\n') : '');
  return {
    count: n,
    seqs: joined((r) => r.seq),
    starts,
    quals: fastq ? joined((r) => r.qual!) : null,
    labels: withLabels ? reads.map((r) => r.label) : null,
  };
}

/** Sequence of read i. */
export const seqAt = (b: Pick<ReadBatch, 'seqs' | 'starts'>, i: number): string => b.seqs.slice(b.starts[i]!, b.starts[i + 1]! - 1);
