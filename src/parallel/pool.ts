import { Piscina } from 'piscina';
import type { Analyzer } from '../analyzer.js';
import type { BatchParams } from '../detect/batch.js';
import type { ReadResult } from '../detect/outcome.js';
import type { Designation, DesignateOptions } from '../designate/designate.js';
import { type DesignJob, type Engine, localEngine } from '../engine.js';

export type Task =
  | { kind: 'detect'; seqs: string[]; params: BatchParams }
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
}

/**
 * Detection and designation on a piscina pool. The k-mer index tables live in
 * SharedArrayBuffers (see createAnalyzer's `shared`), so workers get them without copies.
 */
export async function workerEngine(an: Analyzer, threads: number, opts: PoolOptions = {}): Promise<Engine> {
  const local = localEngine(an);
  const localMax = opts.localDesignationMax ?? 0;
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // Workers keep little live data (scratch buffers, prepared germlines): a small old
    // generation makes V8 collect garbage early instead of growing every worker's heap.
    resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 4 },
    workerData: { germlines: an.germlines, index: an.index },
  });
  return {
    detect: (seqs, params) => pool.run({ kind: 'detect', seqs, params } satisfies Task) as Promise<ReadResult[]>,
    designate: async (jobs: DesignJob[], opts: DesignateOptions) => {
      if (jobs.length <= localMax) return local.designate(jobs, opts);
      const parts: Promise<Designation[]>[] = [];
      for (let i = 0; i < jobs.length; i += DESIGN_CHUNK) {
        parts.push(pool.run({ kind: 'designate', jobs: jobs.slice(i, i + DESIGN_CHUNK), opts } satisfies Task));
      }
      return (await Promise.all(parts)).flat();
    },
    close: () => pool.destroy(),
  };
}
