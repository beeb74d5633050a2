/**
 * Micro-benchmarks (tinybench): `node dist/bench/micro.js [--germline FILE.g] [--time MS]`.
 *
 * For now only the germline stage (preset + FASTA parsing, marks) is measured; the k-mer
 * index build, per-read detection and per-sequence designation benchmarks will be added
 * once those modules' APIs are settled.
 */
import { resolve } from 'node:path';
import { Bench } from 'tinybench';
import { loadGermlines } from '../src/germline/preset.js';
import { defaultGermlinePath } from './simulate.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const germline = resolve(arg('--germline') ?? defaultGermlinePath());
  const time = Number(arg('--time') ?? 2000);

  const set = loadGermlines([germline]);
  const genes = set.objects.reduce((s, o) => s + o.v.genes.length + o.d.genes.length + o.j.genes.length, 0);
  process.stdout.write(`germline ${germline}: ${set.objects.length} objects, ${genes} genes\n`);

  const bench = new Bench({ time, warmupTime: 200 });
  bench.add('loadGermlines (preset + FASTA + marks)', () => {
    loadGermlines([germline]);
  });
  await bench.run();
  console.table(bench.table());
}

main().catch((e: unknown) => {
  process.stderr.write(`micro: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
