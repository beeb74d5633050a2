import { extractWindow } from '../clones/window.js';
import { detectRead, isDetected } from './detect.js';
/** Detects one read and extracts its window. */
export function detectWithWindow(det, seq, params) {
    const d = detectRead(det, seq, params);
    if (!isDetected(d))
        return { status: d.status, object: d.object, window: null, changed: false, windowRawStart: -1, detection: d };
    const w = extractWindow(seq, d.reversed, d.vEnd, d.jStart, params.windowLength);
    if (!w)
        return { status: 12 /* Status.TooShortWindow */, object: d.object, window: null, changed: false, windowRawStart: -1, detection: d };
    return { status: d.status, object: d.object, window: w.window, changed: w.changed, windowRawStart: w.rawStart, detection: d };
}
//# sourceMappingURL=batch.js.map