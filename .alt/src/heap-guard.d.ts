/**
 * Keeps the main thread's heap close to its live size during long runs. Parsed reads live
 * just long enough (queued batches) to be promoted to V8's old generation, which V8 then lets
 * grow by hundreds of MB before collecting. A full collection every `slackMb` of growth costs
 * a few tens of ms and bounds the peak memory.
 */
export declare class HeapGuard {
    private readonly slackMb;
    private readonly gc;
    private floor;
    constructor(slackMb?: number);
    check(): void;
}
