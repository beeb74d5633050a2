import { revcomp } from '../kmer/encode.js';

/** Window fitting: the 50-nt clone identifier centred on the V/J boundary (vidjil's shift rules). */

const SHIFT_STEP = 5;
export const MIN_WINDOW = 30;

const floor5 = (x: number) => Math.trunc(x / SHIFT_STEP) * SHIFT_STEP;

export interface WindowFit {
  length: number;
  shift: number;
}

/** Best window length and shift around centre `c` of an oriented read of length `R`, for width `w`. */
export function fitWindow(c: number, R: number, w: number): WindowFit {
  if (c < 0 || c >= R) return { length: 0, shift: 0 };
  const left = 2 * c + 1;
  const right = 2 * (R - c);
  let best = Math.min(left, right);
  if (best === w) return { length: w, shift: 0 };
  best = floor5(best);
  let chosen = 0;
  for (const k of [-1, 1, -2, 2]) {
    const cand = Math.min(floor5(left + 10 * k), floor5(right - 10 * k));
    if (cand > best && best < w) {
      best = cand;
      chosen = k;
    }
  }
  return { length: Math.min(w, best), shift: SHIFT_STEP * chosen };
}

export interface ExtractedWindow {
  window: string;
  /** The window is shorter than `w` or shifted. */
  changed: boolean;
  /** First position of the window's span on the read as given (not reverse-complemented). */
  rawStart: number;
}

/**
 * Extracts the window of a read (`text[from, from + R)`) whose oriented form (reverse-complemented
 * when `reversed`) has V ending at `vEnd` and J starting at `jStart`; null when no window of at
 * least 30 nt (or `w`, if smaller) fits. `w` ≤ 0 means the whole read. Only the window is read
 * out of the bytes, and reverse-complemented.
 */
export function extractWindow(text: Buffer, from: number, R: number, reversed: boolean, vEnd: number, jStart: number, w: number): ExtractedWindow | null {
  const read = (a: number, b: number) => text.toString('latin1', from + a, from + b);
  if (w <= 0) return { window: reversed ? revcomp(read(0, R)) : read(0, R), changed: false, rawStart: 0 };
  const c = Math.floor((vEnd + jStart) / 2);
  const fit = fitWindow(c, R, w);
  if (fit.length < MIN_WINDOW && fit.length < w) return null;
  const start = Math.max(0, c + fit.shift - Math.floor(fit.length / 2));
  const end = Math.min(R, start + fit.length);
  const window = reversed ? revcomp(read(R - end, R - start)) : read(start, end);
  return { window, changed: fit.length < w || fit.shift !== 0, rawStart: reversed ? R - end : start };
}
