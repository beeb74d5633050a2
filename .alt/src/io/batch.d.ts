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
export declare function packReads(reads: SeqRecord[], withLabels: boolean): ReadBatch;
/** Sequence of read i. */
export declare const seqAt: (b: ReadBatch, i: number) => string;
