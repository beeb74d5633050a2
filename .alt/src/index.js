/**
 * vidjil-ts library API.
 *
 *   import { analyze, analyzeSequences, createAnalyzer, designate } from 'vidjil-ts';
 *   const { vidjil } = await analyze('reads.fq.gz', { minReads: 1 });       // clones mode
 *   const x5 = await analyzeSequences('>s1\nGGAG...\n');                       // -c designations
 *   const an = createAnalyzer();  designate('GGAG...', an).name;               // one sequence
 */
import { availableParallelism } from 'node:os';
import { analyzeFile, designateRecords } from './analyze.js';
import { createAnalyzer } from './analyzer.js';
import { localEngine, runDesignJob } from './engine.js';
import { workerEngine } from './parallel/pool.js';
import { parseSequences } from './io/text.js';
export { createAnalyzer } from './analyzer.js';
export { loadGermlines } from './germline/preset.js';
export { InputError } from './io/records.js';
export { GermlineError } from './germline/fasta.js';
export { stringifySorted } from './output/json.js';
export { airrTsv } from './output/airr.js';
async function withEngine(an, threads, designationsOnly, f) {
    const engine = threads > 1 ? await workerEngine(an, threads, { mainHelps: true, warmDesignation: !designationsOnly }) : localEngine(an);
    try {
        return await f(engine);
    }
    finally {
        await engine.close();
    }
}
/** Analyzes a FASTA/FASTQ file (plain or .gz): clones (default), windows, detect or designations. */
export async function analyze(path, options = {}) {
    const an = options.analyzer ?? createAnalyzer({ germline: options.germline, seed: options.seed, shared: true });
    const threads = options.threads ?? availableParallelism();
    return withEngine(an, threads, options.command === 'designations', (e) => analyzeFile(an, e, path, options));
}
/** `-c designations` on FASTA/FASTQ text: the `.vidjil` object, one clone per sequence. */
export async function analyzeSequences(text, options = {}) {
    const an = options.analyzer ?? createAnalyzer({ germline: options.germline, seed: options.seed, shared: true });
    const records = parseSequences(text, { headerSep: options.headerSep });
    const res = await withEngine(an, options.threads ?? 1, true, (e) => designateRecords(e, records, options, options.originalName ?? '-'));
    return res.vidjil;
}
/** Designates one sequence, choosing its germline and strand as `-c designations` does. */
export function designate(sequence, analyzer, options = {}) {
    return runDesignJob(analyzer, { seq: sequence.toUpperCase().replace(/[\s.]/g, '') }, { eValue: options.eValue ?? 1 });
}
//# sourceMappingURL=index.js.map