export declare const MIN_WINDOW = 30;
export interface WindowFit {
    length: number;
    shift: number;
}
/** Best window length and shift around centre `c` of an oriented read of length `R`, for width `w`. */
export declare function fitWindow(c: number, R: number, w: number): WindowFit;
export interface ExtractedWindow {
    window: string;
    /** The window is shorter than `w` or shifted. */
    changed: boolean;
    /** First position of the window's span on the read as given (not reverse-complemented). */
    rawStart: number;
}
/**
 * Extracts the window of a read whose oriented form (reverse-complemented when `reversed`)
 * has V ending at `vEnd` and J starting at `jStart`; null when no window of at least 30 nt (or
 * `w`, if smaller) fits. `w` ≤ 0 means the whole read. Only the window is reverse-complemented.
 */
export declare function extractWindow(read: string, reversed: boolean, vEnd: number, jStart: number, w: number): ExtractedWindow | null;
