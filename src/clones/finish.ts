import type { Analyzer } from '../analyzer.js';
import { type Designation, type DesignateOptions, designate } from '../designate/designate.js';
import { type DetectParams, affectStrings, detectRead, isDetected } from '../detect/detect.js';
import { revcomp } from '../kmer/encode.js';
import { computeRepresentative } from './representative.js';

/** What a thread needs to finish one top clone: its sampled reads and window statistics. */
export interface CloneJob {
  window: string;
  /** Germline object of the window (the designation uses it). */
  object: number;
  /** Sampled reads, original orientation. */
  sample: string[];
  minCover: number;
  /** Average read length of the window. */
  refLength: number;
  /** Mean quality over the window (FASTQ input). */
  windowQuality?: string;
  /** Also compute affects, left/right e-values and the full designation. */
  designate: boolean;
}

export interface FinishedClone {
  /** Representative, oriented V→J. */
  sequence: string;
  /** Representative as sampled (the orientation of affects and quality). */
  sampledLength: number;
  coverage: number;
  quality?: string;
  eValue: number;
  eLeft: number;
  eRight: number;
  affects?: { values: string; signs: string };
  designation?: Designation;
}

/**
 * Representative, e-value and (for the designated top clones) affects and V(D)J designation
 * of one clone: the end-of-run work that threads share.
 */
export function finishClone(an: Analyzer, job: CloneJob, detect: DetectParams, dopts: DesignateOptions): FinishedClone {
  const rep = computeRepresentative(job.sample, job.window, job.minCover, job.refLength, job.windowQuality) ?? {
    sequence: job.window,
    coverage: job.window.length / job.refLength,
  };
  const d = detectRead(an.detector, rep.sequence, detect);
  const sequence = isDetected(d) && d.reversed ? revcomp(rep.sequence) : rep.sequence;
  const out: FinishedClone = {
    sequence,
    sampledLength: rep.sequence.length,
    coverage: rep.coverage,
    quality: rep.quality,
    eValue: d.eValue,
    eLeft: d.eLeft,
    eRight: d.eRight,
  };
  if (job.designate) {
    // Like vidjil, affects and left/right e-values describe the representative as sampled.
    out.affects = affectStrings(an.detector, rep.sequence, d.object);
    out.designation = designate(sequence, an.germlines.objects[job.object]!, false, dopts);
  }
  return out;
}
