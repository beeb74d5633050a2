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
  /** FASTQ qualities in the same layout as `seqs`, or null for FASTA. */
  quals: string | null;
  /** Read labels, kept only when asked for (`-U`). */
  labels: string[] | null;
}

/** What detection needs of a batch: its sequences. */
export type BatchSeqs = Pick<ReadBatch, 'count' | 'seqs' | 'starts'>;

const NEWLINE = 10;

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
  const seqs = new Uint8Array(at);
  const text = Buffer.from(seqs.buffer, 0, at);
  for (let i = 0; i < n; i++) {
    text.write(reads[i]!.seq, starts[i]!, 'latin1');
    seqs[starts[i + 1]! - 1] = NEWLINE;
  }
  return {
    count: n,
    seqs,
    starts,
    // join() builds one flat string; the empty last part gives the final separator.
    quals: fastq ? [...reads.map((r) => r.qual!), ''].join('\n') : null,
    labels: withLabels ? reads.map((r) => r.label) : null,
  };
}

/** Sequence of read i. */
export function seqAt(b: BatchSeqs, i: number): string {
  const from = b.starts[i]!;
  return Buffer.from(b.seqs.buffer, b.seqs.byteOffset, b.seqs.byteLength).toString('latin1', from, b.starts[i + 1]! - 1);
}
