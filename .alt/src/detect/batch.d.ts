import { type DetectParams, type Detection, type Detector } from './detect.js';
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
/** Detects one read and extracts its window. */
export declare function detectWithWindow(det: Detector, seq: string, params: BatchParams): ReadOutcome;
