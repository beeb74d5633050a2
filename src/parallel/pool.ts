import { Piscina } from 'piscina';
import type { Analyzer } from '../analyzer.js';
import type { BatchParams } from '../detect/batch.js';
import type { PackedResults } from '../detect/outcome.js';
import type { Designation, DesignateOptions } from '../designate/designate.js';
import { type DesignJob, type Engine, localEngine } from '../engine.js';

export type Task =
  | { kind: 'detect'; seqs: string; params: BatchParams }
  | { kind: 'designate'; jobs: DesignJob[]; opts: DesignateOptions }
  | { kind: 'prepare' };

/** Designation jobs per worker task: small enough to balance long and short sequences. */
const DESIGN_CHUNK = 4;

/**
 * Tasks handed to each worker at once. piscina dispatches queued tasks from this thread, so a
 * worker whose next task were still queued here would idle while this thread detects a batch;
 * with several tasks already posted to it, it never waits. With mainHelps, this thread detects
 * a batch itself whenever every worker has this many batches in hand.
 */
const TASKS_PER_WORKER = 3;

export interface PoolOptions {
  /**
   * Designation batches up to this size run in the calling thread (the top clones of a clones
   * run: workers then never build designation data, which saves memory); larger ones, and all
   * of them when 0 (the server), are spread over the workers.
   */
  localDesignationMax?: number;
  /**
   * The calling thread counts as one of the `threads` and detects batches itself whenever a
   * batch is already waiting for a worker (a file run: the main thread is otherwise idle
   * between parsing batches, and two threads already fill two cores). Off for the server,
   * whose main thread must stay responsive.
   */
  mainHelps?: boolean;
  /** Designation batches go to the workers only (this thread prepares the next ones meanwhile). */
  designateOnWorkers?: boolean;
}

/**
 * Detection and designation on a piscina pool. The k-mer index tables live in
 * SharedArrayBuffers (see createAnalyzer's `shared`), so workers get them without copies.
 */
export async function workerEngine(an: Analyzer, threads: number, opts: PoolOptions = {}): Promise<Engine> {
  const local = localEngine(an);
  const localMax = opts.localDesignationMax ?? 0;
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
    workerData: { germlines: an.germlines, index: an.index },
  });
  // Designation data are built on the workers while they detect, not when the top clones come.
  if (opts.designateOnWorkers) for (let w = 0; w < workers; w++) void pool.run({ kind: 'prepare' } satisfies Task).catch(() => {});
  let inFlight = 0;
  return {
    // One joined string out, typed arrays transferred back: no per-read cloning.
    detect: (seqs, params) => {
      if (mainHelps && inFlight >= TASKS_PER_WORKER * workers) return local.detect(seqs, params);
      inFlight++;
      const task = pool.run({ kind: 'detect', seqs: seqs.join('\n'), params } satisfies Task) as Promise<PackedResults>;
      return task.finally(() => inFlight--);
    },
    designate: async (jobs: DesignJob[], dopts: DesignateOptions) => {
      if (jobs.length <= localMax) return local.designate(jobs, dopts);
      // With mainHelps, the workers take their share first and this thread does the rest.
      const pooled = mainHelps && !opts.designateOnWorkers ? Math.floor((jobs.length * workers) / threads) : jobs.length;
      const parts: Promise<Designation[]>[] = [];
      for (let i = 0; i < pooled; i += DESIGN_CHUNK) {
        parts.push(pool.run({ kind: 'designate', jobs: jobs.slice(i, Math.min(pooled, i + DESIGN_CHUNK)), opts: dopts } satisfies Task));
      }
      const mine = await local.designate(jobs.slice(pooled), dopts);
      return [...(await Promise.all(parts)).flat(), ...mine];
    },
    close: () => pool.destroy(),
  };
}
