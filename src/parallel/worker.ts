import { isMainThread, workerData } from 'node:worker_threads';
import type { Analyzer } from '../analyzer.js';
import { createDetector } from '../detect/detect.js';
import { detectPacked, transferables } from '../detect/outcome.js';
import { Piscina } from 'piscina';
import { runDesignJob } from '../engine.js';
import { finishClone } from '../clones/finish.js';
import { preparedData } from '../designate/designate.js';
import type { Task } from './pool.js';
import type { GermlineSet } from '../germline/types.js';
import type { KmerIndex } from '../kmer/index.js';

const germlines = isMainThread ? null : (workerData as { germlines: GermlineSet } | undefined)?.germlines ?? null;
// Built on the first task that carries the index: around its shared tables, never rebuilt here.
let analyzer: Analyzer | null = null;
const analyzerFor = (g: GermlineSet, index: KmerIndex): Analyzer => (analyzer ??= { germlines: g, index, detector: createDetector(g, index) });

export default function run(task: Task): unknown {
  if (!germlines) throw new Error('worker started without germline data');
  if (task.kind === 'prepare') {
    const data = germlines.objects.map(preparedData);
    return task.send ? data : null;
  }
  const an = analyzerFor(germlines, task.index);
  if (task.kind === 'detect') {
    const r = detectPacked(an.detector, task.batch, task.params);
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
  if (task.kind === 'finish') return task.jobs.map((j) => finishClone(an, j, task.detect, task.opts));
  return task.jobs.map((j) => runDesignJob(an, j, task.opts));
}
