import { isMainThread, workerData } from 'node:worker_threads';
import type { Analyzer } from '../analyzer.js';
import { createDetector } from '../detect/detect.js';
import { detectSequences } from '../detect/outcome.js';
import { runDesignJob } from '../engine.js';
import type { Task } from './pool.js';

// Rebuilt around the shared index tables sent by the main thread (no index rebuild here).
const data = workerData as Pick<Analyzer, 'germlines' | 'index'> | undefined;
const analyzer: Analyzer | null =
  !isMainThread && data ? { germlines: data.germlines, index: data.index, detector: createDetector(data.germlines, data.index) } : null;

export default function run(task: Task): unknown {
  if (!analyzer) throw new Error('worker started without germline data');
  if (task.kind === 'detect') return detectSequences(analyzer.detector, task.seqs, task.params);
  return task.jobs.map((j) => runDesignJob(analyzer, j, task.opts));
}
