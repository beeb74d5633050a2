import { isMainThread, workerData } from 'node:worker_threads';
import type { Analyzer } from '../analyzer.js';
import { createDetector } from '../detect/detect.js';
import { detectPacked, transferables } from '../detect/outcome.js';
import { Piscina } from 'piscina';
import { runDesignJob } from '../engine.js';
import { prepareGermline } from '../designate/designate.js';
import type { Task } from './pool.js';

// Rebuilt around the shared index tables sent by the main thread (no index rebuild here).
const data = workerData as Pick<Analyzer, 'germlines' | 'index'> | undefined;
const analyzer: Analyzer | null =
  !isMainThread && data ? { germlines: data.germlines, index: data.index, detector: createDetector(data.germlines, data.index) } : null;

export default function run(task: Task): unknown {
  if (!analyzer) throw new Error('worker started without germline data');
  if (task.kind === 'detect') {
    const r = detectPacked(analyzer.detector, task.seqs === '' ? [''] : task.seqs.split('\n'), task.params);
    const buffers = transferables(r);
    return Piscina.move(({
      get [Piscina.transferableSymbol]() {
        return buffers;
      },
      get [Piscina.valueSymbol]() {
        return r;
      },
    }) as never);
  }
  if (task.kind === 'prepare') {
    for (const o of analyzer.germlines.objects) prepareGermline(o);
    return null;
  }
  return task.jobs.map((j) => runDesignJob(analyzer, j, task.opts));
}
