import type { Detection, Detector } from './detect.js';
import { type BatchParams, detectWithWindow } from './batch.js';
import type { Status } from './status.js';
import type { BatchSeqs } from '../io/batch.js';

/**
 * The detections of a batch of reads, packed in typed arrays plus one string of windows, so
 * that workers send them back with transfers instead of cloning one object per read.
 */
export interface PackedResults {
  count: number;
  /** The batch's sequences, handed back (a worker receives them by transfer). */
  seqs: Uint8Array;
  starts: Int32Array;
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

export function detectPacked(det: Detector, batch: BatchSeqs, params: BatchParams): PackedResults {
  const n = batch.count;
  const r: PackedResults = {
    count: n,
    seqs: batch.seqs,
    starts: batch.starts,
    status: new Uint8Array(n),
    object: new Int16Array(n),
    flags: new Uint8Array(n),
    vEnd: new Int32Array(n),
    jStart: new Int32Array(n),
    windowRawStart: new Int32Array(n),
    evalues: new Float64Array(3 * n),
    windows: '',
    hasWindow: new Uint8Array(n),
  };
  const windows: string[] = [];
  const text = Buffer.from(batch.seqs.buffer, batch.seqs.byteOffset, batch.seqs.byteLength);
  for (let i = 0; i < n; i++) {
    const from = batch.starts[i]!;
    const o = detectWithWindow(det, batch.seqs, text, from, batch.starts[i + 1]! - 1 - from, params);
    const d = o.detection;
    r.status[i] = o.status;
    r.object[i] = o.object;
    r.flags[i] = (o.changed ? 1 : 0) | (d.reversed ? 2 : 0);
    r.vEnd[i] = d.vEnd;
    r.jStart[i] = d.jStart;
    r.windowRawStart[i] = o.windowRawStart;
    r.evalues[3 * i] = d.eValue;
    r.evalues[3 * i + 1] = d.eLeft;
    r.evalues[3 * i + 2] = d.eRight;
    if (o.window !== null) {
      r.hasWindow[i] = 1;
      windows.push(o.window);
    }
  }
  r.windows = windows.join('\n');
  return r;
}

/** The typed arrays of a packed result, the batch's included, for zero-copy transfer. */
export function transferables(r: PackedResults): ArrayBuffer[] {
  return [r.seqs, r.starts, r.status, r.object, r.flags, r.vEnd, r.jStart, r.windowRawStart, r.evalues, r.hasWindow].map((a) => a.buffer as ArrayBuffer);
}

/** Iterates the reads of a packed result in order. */
export function* unpack(r: PackedResults): Generator<ReadResult> {
  const windows = r.windows === '' ? [] : r.windows.split('\n');
  let w = 0;
  for (let i = 0; i < r.count; i++) {
    yield {
      status: r.status[i]! as Status,
      object: r.object[i]!,
      window: r.hasWindow[i] ? windows[w++]! : null,
      changed: (r.flags[i]! & 1) !== 0,
      windowRawStart: r.windowRawStart[i]!,
      reversed: (r.flags[i]! & 2) !== 0,
      vEnd: r.vEnd[i]!,
      jStart: r.jStart[i]!,
      eValue: r.evalues[3 * i]!,
      eLeft: r.evalues[3 * i + 1]!,
      eRight: r.evalues[3 * i + 2]!,
    };
  }
}
