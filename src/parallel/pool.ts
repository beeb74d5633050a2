import { Piscina } from 'piscina';
import type { Analyzer } from '../analyzer.js';
import type { BatchParams } from '../detect/batch.js';
import type { GermlineSet } from '../germline/types.js';
import type { KmerIndex } from '../kmer/index.js';
import type { DetectParams } from '../detect/detect.js';
import type { CloneJob } from '../clones/finish.js';
import type { PackedResults } from '../detect/outcome.js';
import type { BatchSeqs } from '../io/batch.js';
import { type DesignateOptions, type PreparedData, adoptPrepared } from '../designate/designate.js';
import { type DesignJob, type Engine, localEngine } from '../engine.js';

/** Detection and designation tasks carry the index (shared tables): workers start before it exists. */
export type Task =
  | { kind: 'detect'; index: KmerIndex; batch: BatchSeqs; params: BatchParams }
  | { kind: 'designate'; index: KmerIndex; jobs: DesignJob[]; opts: DesignateOptions }
  | { kind: 'finish'; index: KmerIndex; jobs: CloneJob[]; detect: DetectParams; opts: DesignateOptions }
  /** Builds the designation data of every germline object; `send` returns them. */
  | { kind: 'prepare'; send: boolean };

/** Designation (or clone) jobs per worker task: small enough to balance long and short ones. */
const DESIGN_CHUNK = 4;

/**
 * Tasks handed to each worker at once. piscina dispatches queued tasks from this thread, so a
 * worker whose next task were still queued here would idle while this thread detects a batch;
 * with several tasks already posted to it, it never waits. With mainHelps, this thread detects
 * a batch (or designates a chunk) itself whenever every worker has this many in hand.
 */
const TASKS_PER_WORKER = 3;

export interface PoolOptions {
  /**
   * The calling thread counts as one of the `threads` and detects batches or designates chunks
   * itself whenever every worker already has enough in hand (a file run: two threads already
   * fill two cores). Off for the server, whose main thread must stay responsive.
   */
  mainHelps?: boolean;
  /**
   * Workers build their designation data as soon as they start, instead of on their first
   * designation; with mainHelps, this thread gets a copy.
   */
  warmDesignation?: boolean;
}

/** Lets worker replies be handled between chunks that this thread runs itself. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Worker threads started before the k-mer index is built, then bound to an analyzer. */
export interface Workers {
  /** The engine of an analyzer built (with `shared` tables) on the germlines given to the workers. */
  engine(an: Analyzer): Engine;
  /** Stops the workers (the engine's close does it too). */
  close(): Promise<void>;
}

/**
 * Starts a piscina pool of worker threads on a germline set. They boot (and build designation
 * data, with warmDesignation) while this thread builds the k-mer index; its tables live in
 * SharedArrayBuffers (createAnalyzer's `shared`), so tasks hand them over without copies.
 */
export function startWorkers(germlines: GermlineSet, threads: number, opts: PoolOptions = {}): Workers {
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
  let prepared: Promise<PreparedData[] | null> = Promise.resolve(null);
  if (opts.warmDesignation) {
    for (let w = 0; w < workers; w++) {
      // This thread, when it helps, takes a copy of the first worker's data rather than build its own.
      const task = pool.run({ kind: 'prepare', send: mainHelps && w === 0 } satisfies Task) as Promise<PreparedData[] | null>;
      task.catch(() => {});
      if (w === 0) prepared = task;
    }
  }
  return { engine: (an) => poolEngine(an, pool, workers, mainHelps, prepared), close: () => pool.destroy() };
}

/** Detection and designation on the workers (and this thread, with mainHelps). */
export async function workerEngine(an: Analyzer, threads: number, opts: PoolOptions = {}): Promise<Engine> {
  return startWorkers(an.germlines, threads, opts).engine(an);
}

function poolEngine(an: Analyzer, pool: Piscina, workers: number, mainHelps: boolean, prepared: Promise<PreparedData[] | null>): Engine {
  const local = localEngine(an);
  prepared.then(
    (data) => data?.forEach((d, o) => adoptPrepared(an.germlines.objects[o]!, d)),
    () => {},
  );
  const index = an.index;
  let inFlight = 0;
  const onPool = <T>(task: Task, transferList?: ArrayBuffer[]): Promise<T> => {
    inFlight++;
    return (pool.run(task, { transferList }) as Promise<T>).finally(() => inFlight--);
  };
  const poolIsFull = () => mainHelps && inFlight >= TASKS_PER_WORKER * workers;
  /**
   * Workers get chunks of jobs while they have room; otherwise this thread takes the next job,
   * one at a time, and looks again. Results come back in job order.
   */
  const share = async <J, R>(jobs: J[], task: (chunk: J[]) => Task, here: (chunk: J[]) => Promise<R[]>): Promise<R[]> => {
    const parts: Promise<R[]>[] = [];
    for (let i = 0; i < jobs.length; ) {
      if (!poolIsFull()) {
        const chunk = jobs.slice(i, i + DESIGN_CHUNK);
        parts.push(onPool<R[]>(task(chunk)));
        i += chunk.length;
      } else {
        parts.push(here([jobs[i++]!]));
        await yieldToEvents();
      }
    }
    return (await Promise.all(parts)).flat();
  };
  return {
    // The batch's bytes go to the worker and come back with the results, both by transfer.
    detect: (batch, params) =>
      poolIsFull()
        ? local.detect(batch, params)
        : onPool<PackedResults>(
            { kind: 'detect', index, batch: { count: batch.count, seqs: batch.seqs, starts: batch.starts }, params },
            [batch.seqs.buffer as ArrayBuffer, batch.starts.buffer as ArrayBuffer],
          ),
    designate: (jobs, dopts) =>
      share(jobs, (chunk) => ({ kind: 'designate', index, jobs: chunk, opts: dopts }), (chunk) => local.designate(chunk, dopts)),
    finish: (jobs, detect, dopts) =>
      share(jobs, (chunk) => ({ kind: 'finish', index, jobs: chunk, detect, opts: dopts }), (chunk) => local.finish(chunk, detect, dopts)),
    close: () => pool.destroy(),
  };
}
