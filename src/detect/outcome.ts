import type { Detector } from './detect.js';
import { type BatchParams, detectWithWindow } from './batch.js';
import type { Status } from './status.js';

/** A read's detection in a compact, structured-clone friendly form (what workers send back). */
export interface ReadResult {
  status: Status;
  object: number;
  window: string | null;
  changed: boolean;
  windowRawStart: number;
  reversed: boolean;
  vEnd: number;
  jStart: number;
  eValue: number;
  eLeft: number;
  eRight: number;
}

export function detectSequences(det: Detector, seqs: string[], params: BatchParams): ReadResult[] {
  const out: ReadResult[] = new Array(seqs.length);
  for (let i = 0; i < seqs.length; i++) {
    const o = detectWithWindow(det, seqs[i]!, params);
    const d = o.detection;
    out[i] = {
      status: o.status,
      object: o.object,
      window: o.window,
      changed: o.changed,
      windowRawStart: o.windowRawStart,
      reversed: d.reversed,
      vEnd: d.vEnd,
      jStart: d.jStart,
      eValue: d.eValue,
      eLeft: d.eLeft,
      eRight: d.eRight,
    };
  }
  return out;
}
