import type { Detection, Detector } from './detect.js';
import { type BatchParams } from './batch.js';
import type { ReadBatch } from '../io/batch.js';
/** What detection needs of a batch: its sequences. */
export type BatchSeqs = Pick<ReadBatch, 'count' | 'seqs' | 'starts'>;
/**
 * The detections of a batch of reads, packed in typed arrays plus one string of windows, so
 * that workers send them back with transfers instead of cloning one object per read.
 */
export interface PackedResults {
    count: number;
    status: Uint8Array;
    object: Int16Array;
    /** Bit 0: window changed; bit 1: reversed. */
    flags: Uint8Array;
    vEnd: Int32Array;
    jStart: Int32Array;
    windowRawStart: Int32Array;
    /** eValue, eLeft, eRight per read. */
    evalues: Float64Array;
    /** Windows joined by `\n` (empty for reads without a window); see `hasWindow`. */
    windows: string;
    hasWindow: Uint8Array;
}
/** One read's detection, unpacked. */
export interface ReadResult extends Omit<Detection, 'score'> {
    window: string | null;
    changed: boolean;
    windowRawStart: number;
}
export declare function detectPacked(det: Detector, batch: BatchSeqs, params: BatchParams): PackedResults;
/** The typed arrays of a packed result, for zero-copy transfer. */
export declare function transferables(r: PackedResults): ArrayBuffer[];
/** Iterates the reads of a packed result in order. */
export declare function unpack(r: PackedResults): Generator<ReadResult>;
