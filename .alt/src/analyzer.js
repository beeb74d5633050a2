import { loadGermlines } from './germline/preset.js';
import { buildKmerIndex } from './kmer/index.js';
import { createDetector } from './detect/detect.js';
export function createAnalyzer(opts = {}) {
    return analyzerFor(loadGermlines(opts.germline ?? [], { seed: opts.seed }), opts);
}
/** Indexes germlines already loaded (with `loadGermlines`). */
export function analyzerFor(germlines, opts = {}) {
    const index = buildKmerIndex(germlines.objects, { shared: opts.shared ?? false });
    return { germlines, index, detector: createDetector(germlines, index) };
}
//# sourceMappingURL=analyzer.js.map