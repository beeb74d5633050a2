/**
 * Micro-benchmarks (tinybench): `node dist/bench/micro.js [--germline FILE.g] [--time MS]`.
 * Germline loading, k-mer index build, detection of one read (all 15 germline objects) and
 * designation of one 350-nt IGH sequence, on simulated reads (seeded).
 */
import { resolve } from 'node:path';
import { Bench } from 'tinybench';
import { loadGermlines } from '../src/germline/preset.js';
import { buildKmerIndex } from '../src/kmer/index.js';
import { createDetector, detectRead } from '../src/detect/detect.js';
import { chooseForDesignation } from '../src/detect/choose.js';
import { designate } from '../src/designate/designate.js';
import { defaultGermlinePath, simulate } from './simulate.js';
function arg(name) {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
}
async function main() {
    const germline = resolve(arg('--germline') ?? defaultGermlinePath());
    const time = Number(arg('--time') ?? 2000);
    const set = loadGermlines([germline]);
    const index = buildKmerIndex(set.objects);
    const det = createDetector(set, index);
    const reads = simulate({ reads: 2000, seed: 7, germline: set }).map((r) => r.seq);
    const igh = simulate({ reads: 200, seed: 7, germline: set, ighOnly: true, length: 350 }).map((r) => r.seq);
    const choices = igh.map((s) => chooseForDesignation(s, det));
    process.stdout.write(`germline ${germline}: ${set.objects.length} objects\n`);
    let r = 0;
    let d = 0;
    const bench = new Bench({ time, warmupTime: 200 });
    bench
        .add('loadGermlines (preset + FASTA + marks)', () => {
        loadGermlines([germline]);
    })
        .add('buildKmerIndex (15 germline objects)', () => {
        buildKmerIndex(set.objects);
    })
        .add('detectRead (one 120-300 nt read, all objects)', () => {
        detectRead(det, reads[r++ % reads.length], { threshold: 1, nbReads: 200000 });
    })
        .add('designate (one 350-nt IGH sequence)', () => {
        const k = d++ % igh.length;
        designate(igh[k], choices[k].object, choices[k].reversed);
    });
    await bench.run();
    console.table(bench.table());
}
main().catch((e) => {
    process.stderr.write(`micro: ${e.stack ?? e}\n`);
    process.exit(1);
});
//# sourceMappingURL=micro.js.map