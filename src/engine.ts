import type { Analyzer } from './analyzer.js';
import type { BatchParams } from './detect/batch.js';
import { detectPacked, type PackedResults } from './detect/outcome.js';
import type { BatchSeqs } from './io/batch.js';
import { type Designation, type DesignateOptions, designate } from './designate/designate.js';
import { chooseForDesignation } from './detect/choose.js';
import type { DetectParams } from './detect/detect.js';
import { type CloneJob, type FinishedClone, finishClone } from './clones/finish.js';

/** One designation job: a sequence and, when known, the germline object and strand to use. */
export interface DesignJob {
  seq: string;
  /** Germline object index; omitted = choose as `-c designations` does. */
  object?: number;
  reversed?: boolean;
}

/** Where detection and designation run: in this thread, or spread over worker threads. */
export interface Engine {
  detect(batch: BatchSeqs, params: BatchParams): Promise<PackedResults>;
  designate(jobs: DesignJob[], opts: DesignateOptions): Promise<Designation[]>;
  /** Representatives and designations of top clones (results in job order). */
  finish(jobs: CloneJob[], detect: DetectParams, opts: DesignateOptions): Promise<FinishedClone[]>;
  close(): Promise<void>;
}

/** Runs a designation job on the given analyzer. */
export function runDesignJob(an: Analyzer, job: DesignJob, opts: DesignateOptions): Designation {
  if (job.object === undefined) {
    const c = chooseForDesignation(job.seq, an.detector);
    return designate(job.seq, c.object, c.reversed, opts);
  }
  return designate(job.seq, an.germlines.objects[job.object]!, job.reversed ?? false, opts);
}

export function localEngine(an: Analyzer): Engine {
  return {
    detect: async (batch, params) => detectPacked(an.detector, batch, params),
    designate: async (jobs, opts) => jobs.map((j) => runDesignJob(an, j, opts)),
    finish: async (jobs, detect, opts) => jobs.map((j) => finishClone(an, j, detect, opts)),
    close: async () => {},
  };
}
