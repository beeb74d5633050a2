import { extractWindow } from '../clones/window.js';
import { type DetectParams, type Detection, type Detector, detectEncoded, encodeBytes, isDetected } from './detect.js';
import { Status } from './status.js';

/** What the fast path tells about one read. */
export interface ReadOutcome {
  status: Status;
  /** Germline object index of the kept detection. */
  object: number;
  /** Clone window (oriented V→J), or null when the read is not counted in a clone. */
  window: string | null;
  /** The window is shorter than requested or shifted. */
  changed: boolean;
  /** Start of the window's span on the read as given. */
  windowRawStart: number;
  detection: Detection;
}

export interface BatchParams extends DetectParams {
  /** Window length; ≤ 0 means the whole read. */
  windowLength: number;
}

/** Detects read `[from, from + L)` of a batch (`bytes`, also seen as `text`) and extracts its window. */
export function detectWithWindow(det: Detector, bytes: Uint8Array, text: Buffer, from: number, L: number, params: BatchParams): ReadOutcome {
  encodeBytes(det, bytes, from, L);
  const d = detectEncoded(det, L, params);
  if (!isDetected(d)) return { status: d.status, object: d.object, window: null, changed: false, windowRawStart: -1, detection: d };
  const w = extractWindow(text, from, L, d.reversed, d.vEnd, d.jStart, params.windowLength);
  if (!w) return { status: Status.TooShortWindow, object: d.object, window: null, changed: false, windowRawStart: -1, detection: d };
  return { status: d.status, object: d.object, window: w.window, changed: w.changed, windowRawStart: w.rawStart, detection: d };
}
