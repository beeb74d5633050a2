import type { Analyzer } from '../analyzer.js';
import { type Designation, type DesignateOptions, designate } from '../designate/designate.js';
import { type DetectParams, affectStrings, detectRead, isDetected } from '../detect/detect.js';
import { revcomp } from '../kmer/encode.js';
import { computeRepresentative } from './representative.js';

/**
 * What a thread needs to finish one top clone: its sampled reads. Nothing here depends on
 * reads after the sample, so a clone whose sample is complete can be finished before the
 * end of the input.
 */
export interface CloneJob {
  window: string;
  /** Germline object of the window (the designation uses it). */
  object: number;
  /** Sampled reads, original orientation. */
  sample: string[];
  minCover: number;
  /** Also compute affects, left/right e-values and the full designation. */
  designate: boolean;
}

export interface FinishedClone {
  /** Representative, oriented V→J. */
  sequence: string;
  /** Representative as sampled (the orientation of affects and quality). */
  sampled: string;
  /** The representative was built from the reads (otherwise it is the window itself). */
  fromReads: boolean;
  eValue: number;
  eLeft: number;
  eRight: number;
  affects?: { values: string; signs: string };
  designation?: Designation;
}

/**
 * Representative, e-value and (for the designated top clones) affects and V(D)J designation
 * of one clone: the work that threads share.
 */
export function finishClone(an: Analyzer, job: CloneJob, detect: DetectParams, dopts: DesignateOptions): FinishedClone {
  const rep = computeRepresentative(job.sample, job.window, job.minCover);
  const sampled = rep ?? job.window;
  const d = detectRead(an.detector, sampled, detect);
  const sequence = isDetected(d) && d.reversed ? revcomp(sampled) : sampled;
  const out: FinishedClone = { sequence, sampled, fromReads: rep !== null, eValue: d.eValue, eLeft: d.eLeft, eRight: d.eRight };
  if (job.designate) {
    // Like vidjil, affects and left/right e-values describe the representative as sampled.
    out.affects = affectStrings(an.detector, sampled, d.object);
    out.designation = designate(sequence, an.germlines.objects[job.object]!, false, dopts);
  }
  return out;
}
