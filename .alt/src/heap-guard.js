import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
/**
 * Keeps the main thread's heap close to its live size during long runs. Parsed reads live
 * just long enough (queued batches) to be promoted to V8's old generation, which V8 then lets
 * grow by hundreds of MB before collecting. A full collection every `slackMb` of growth costs
 * a few tens of ms and bounds the peak memory.
 */
export class HeapGuard {
    slackMb;
    gc;
    floor = getHeapStatistics().used_heap_size;
    constructor(slackMb = 40) {
        this.slackMb = slackMb;
        let gc = null;
        try {
            setFlagsFromString('--expose-gc');
            gc = runInNewContext('gc');
        }
        catch {
            gc = null;
        }
        this.gc = typeof gc === 'function' ? gc : null;
    }
    check() {
        if (!this.gc)
            return;
        const used = getHeapStatistics().used_heap_size;
        if (used - this.floor < this.slackMb * 1024 * 1024)
            return;
        this.gc();
        this.floor = getHeapStatistics().used_heap_size;
    }
}
//# sourceMappingURL=heap-guard.js.map