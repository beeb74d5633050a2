import { Piscina } from 'piscina';
import { adoptPrepared } from '../designate/designate.js';
import { localEngine } from '../engine.js';
/** Designation jobs per worker task: small enough to balance long and short sequences. */
const DESIGN_CHUNK = 4;
/**
 * Tasks handed to each worker at once. piscina dispatches queued tasks from this thread, so a
 * worker whose next task were still queued here would idle while this thread detects a batch;
 * with several tasks already posted to it, it never waits. With mainHelps, this thread detects
 * a batch (or designates a chunk) itself whenever every worker has this many in hand.
 */
const TASKS_PER_WORKER = 6;
/** Lets worker replies be handled between chunks that this thread runs itself. */
const yieldToEvents = () => new Promise((resolve) => setImmediate(resolve));
/**
 * Starts a piscina pool of worker threads on a germline set. They boot (and build designation
 * data, with warmDesignation) while this thread builds the k-mer index; its tables live in
 * SharedArrayBuffers (createAnalyzer's `shared`), so tasks hand them over without copies.
 */
export function startWorkers(germlines, threads, opts = {}) {
    const mainHelps = (opts.mainHelps ?? false) && threads > 1;
    const workers = mainHelps ? threads - 1 : threads;
    const pool = new Piscina({
        filename: new URL('./worker.js', import.meta.url).href,
        minThreads: workers,
        maxThreads: workers,
        idleTimeout: 60_000,
        concurrentTasksPerWorker: TASKS_PER_WORKER,
        // Workers keep little live data (scratch buffers, prepared germlines): a small old
        // generation makes V8 collect garbage early instead of growing every worker's heap.
        resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 4 },
        workerData: { germlines },
    });
    let prepared = Promise.resolve(null);
    if (opts.warmDesignation) {
        for (let w = 0; w < workers; w++) {
            // This thread, when it helps, takes a copy of the first worker's data rather than build its own.
            const task = pool.run({ kind: 'prepare', send: mainHelps && w === 0 });
            task.catch(() => { });
            if (w === 0)
                prepared = task;
        }
    }
    return { engine: (an) => poolEngine(an, pool, workers, mainHelps, prepared), close: () => pool.destroy() };
}
/** Detection and designation on the workers (and this thread, with mainHelps). */
export async function workerEngine(an, threads, opts = {}) {
    return startWorkers(an.germlines, threads, opts).engine(an);
}
function poolEngine(an, pool, workers, mainHelps, prepared) {
    const local = localEngine(an);
    prepared.then((data) => data?.forEach((d, o) => adoptPrepared(an.germlines.objects[o], d)), () => { });
    const index = an.index;
    let inFlight = 0;
    const onPool = (task) => {
        inFlight++;
        return pool.run(task).finally(() => inFlight--);
    };
    const poolIsFull = () => mainHelps && inFlight >= TASKS_PER_WORKER * workers;
    return {
        // One string and its offsets out, typed arrays transferred back: no per-read cloning.
        detect: (batch, params) => poolIsFull()
            ? local.detect(batch, params)
            : onPool({ kind: 'detect', index, batch: { count: batch.count, seqs: batch.seqs, starts: batch.starts }, params }),
        designate: async (jobs, dopts) => {
            const parts = [];
            // Workers get chunks while they have room; otherwise this thread takes the next job, one
            // at a time, and looks again (a job can take long: the first of a germline builds its data).
            for (let i = 0; i < jobs.length;) {
                if (!poolIsFull()) {
                    const chunk = jobs.slice(i, i + DESIGN_CHUNK);
                    parts.push(onPool({ kind: 'designate', index, jobs: chunk, opts: dopts }));
                    i += chunk.length;
                }
                else {
                    parts.push(local.designate([jobs[i++]], dopts));
                    await yieldToEvents();
                }
            }
            return (await Promise.all(parts)).flat();
        },
        close: () => pool.destroy(),
    };
}
//# sourceMappingURL=pool.js.map