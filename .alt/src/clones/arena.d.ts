/**
 * Sampled read sequences of all windows, appended to large byte chunks outside the JS heap:
 * hundreds of thousands of kept reads would otherwise be as many strings for V8 to trace at
 * every full collection.
 */
export declare class SeqArena {
    private readonly chunks;
    private used;
    /** Stores `s[from, to)` (latin1) and returns its position. */
    append(s: string, from: number, to: number): number;
    text(pos: number, len: number): string;
}
