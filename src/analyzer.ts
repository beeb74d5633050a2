import { loadGermlines } from './germline/preset.js';
import type { GermlineSet } from './germline/types.js';
import { buildKmerIndex, type KmerIndex } from './kmer/index.js';
import { createDetector, type Detector } from './detect/detect.js';

/** Germlines, their k-mer index and a detector: built once, reused for every input. */
export interface Analyzer {
  germlines: GermlineSet;
  index: KmerIndex;
  detector: Detector;
}

export interface AnalyzerOptions {
  /** `-g` arguments (default: the installed homo-sapiens preset). */
  germline?: string[];
  /** `-s`/`-k` seed override. */
  seed?: string;
  /** Allocate index tables in shared memory, for worker threads. */
  shared?: boolean;
}

export function createAnalyzer(opts: AnalyzerOptions = {}): Analyzer {
  return analyzerFor(loadGermlines(opts.germline ?? [], { seed: opts.seed }), opts);
}

/** Indexes germlines already loaded (with `loadGermlines`). */
export function analyzerFor(germlines: GermlineSet, opts: Pick<AnalyzerOptions, 'shared'> = {}): Analyzer {
  const index = buildKmerIndex(germlines.objects, { shared: opts.shared ?? false });
  return { germlines, index, detector: createDetector(germlines, index) };
}
