import { Piscina } from 'piscina';
import type { Analyzer } from '../analyzer.js';
import type { BatchParams } from '../detect/batch.js';
import type { PackedResults } from '../detect/outcome.js';
import type { Designation, DesignateOptions } from '../designate/designate.js';
import { type DesignJob, type Engine, localEngine } from '../engine.js';

export type Task =
  | { kind: 'detect'; seqs: string; params: BatchParams }
  | { kind: 'designate'; jobs: DesignJob[]; opts: DesignateOptions };

/** Designation jobs per worker task: small enough to balance long and short sequences. */
const DESIGN_CHUNK = 4;

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
    // Workers keep little live data (scratch buffers, prepared germlines): a small old
    // generation makes V8 collect garbage early instead of growing every worker's heap.
    resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 4 },
    workerData: { germlines: an.germlines, index: an.index },
  });
  return {
    // One joined string out, typed arrays transferred back: no per-read cloning.
    detect: (seqs, params) =>
      mainHelps && pool.queueSize > 0
        ? local.detect(seqs, params)
        : pool.run({ kind: 'detect', seqs: seqs.join('\n'), params } satisfies Task) as Promise<PackedResults>,
    designate: async (jobs: DesignJob[], opts: DesignateOptions) => {
      if (jobs.length <= localMax) return local.designate(jobs, opts);
      // With mainHelps, the workers take their share first and this thread does the rest.
      const pooled = mainHelps ? Math.floor((jobs.length * workers) / threads) : jobs.length;
      const parts: Promise<Designation[]>[] = [];
      for (let i = 0; i < pooled; i += DESIGN_CHUNK) {
        parts.push(pool.run({ kind: 'designate', jobs: jobs.slice(i, Math.min(pooled, i + DESIGN_CHUNK)), opts } satisfies Task));
      }
      const mine = await local.designate(jobs.slice(pooled), opts);
      return [...(await Promise.all(parts)).flat(), ...mine];
    },
    close: () => pool.destroy(),
  };
}
