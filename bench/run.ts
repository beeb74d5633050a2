/**
 * Whole-process benchmarks (`npm run bench`, issue 5).
 *
 * Generates (when missing) a simulated sample `bench/out/sim200k.fq.gz` (seed 1) and
 * 1,000 350-nt IGH reads `bench/out/igh350-1000.fa`, then runs as child processes:
 *   - vidjil-ts clones mode, 1 and 2 threads: `node dist/src/cli.js -t N --quiet -o TMP -b s SAMPLE`
 *   - two 1-thread runs side by side: the 2-core ceiling of this machine for the 2-thread speedup
 *   - vidjil-algo clones mode (when VIDJIL_ALGO is set): `$VIDJIL_ALGO -g GERMLINE -o TMP -b s SAMPLE`
 *   - designation throughput: `-c designations` on the IGH reads (vidjil-ts -t 2, vidjil-algo)
 * measuring wall time and peak RSS (`/usr/bin/time`, else /proc polling), and prints a
 * table with ratios measured in this same run. Results also go to `bench/out/results.json`.
 *
 * Environment:
 *   VIDJIL_ALGO      path of the reference vidjil-algo binary (comparison skipped when unset)
 *   VIDJIL_GERMLINE  .g preset for vidjil-algo (default ../shared/germline/homo-sapiens.g)
 *   BENCH_READS      simulated sample size (default 200000 → bench/out/sim200k.fq.gz)
 *   BENCH_SAMPLE     use this read file instead of the simulated sample
 *   BENCH_REPEAT     runs per benchmark (default 1; median wall, max RSS reported)
 *   BENCH_ONLY       comma-separated subset of: ts1, ts2, ts1x2, algo, desig-ts, desig-algo
 *   BENCH_NO_TIME    set to measure peak RSS by /proc polling even when /usr/bin/time exists
 */
import { spawn } from 'node:child_process';
import { packageRoot } from '../src/germline/preset.js';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { defaultGermlinePath, writeSimulation } from './simulate.js';

interface Measure {
  wallSeconds: number;
  peakRssMB: number | null;
  exitCode: number | null;
  stderrTail: string;
}

interface RunResult {
  id: string;
  benchmark: 'clones' | 'designations';
  tool: 'vidjil-ts' | 'vidjil-algo';
  threads: number;
  command: string[];
  input: string;
  items: number;
  unit: 'reads/s' | 'seq/s';
  ok: boolean;
  wallSeconds: number | null;
  throughput: number | null;
  peakRssMB: number | null;
  runs: Measure[];
  error?: string;
}

const TIME_BIN = '/usr/bin/time';
/** BENCH_NO_TIME=1 forces the /proc polling fallback (for testing it). */
const HAVE_TIME = existsSync(TIME_BIN) && !process.env.BENCH_NO_TIME;

/** Reads in a FASTA/FASTQ file (optionally gzipped): '>' headers, or lines/4. */
async function countReads(path: string): Promise<number> {
  const fasta = /\.(fa|fasta|fna)(\.gz)?$/i.test(path);
  let lines = 0;
  let headers = 0;
  let atLineStart = true;
  const stream = path.endsWith('.gz') ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (atLineStart && c === 0x3e /* > */) headers++;
      if (c === 0x0a) {
        lines++;
        atLineStart = true;
      } else {
        atLineStart = false;
      }
    }
  }
  if (!atLineStart) lines++;
  return fasta ? headers : Math.floor(lines / 4);
}

/** Peak RSS (VmHWM) of a live process, in kB, from /proc (Linux). */
function vmHwmKB(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Runs one command, measuring wall time and peak RSS. */
function measure(cmd: string, args: string[], cwd: string, scratch: string): Promise<Measure> {
  const useTime = HAVE_TIME;
  const timeOut = join(scratch, `time-${process.hrtime.bigint()}.txt`);
  const argv = useTime ? ['-f', '%e %M', '-o', timeOut, cmd, ...args] : args;
  const bin = useTime ? TIME_BIN : cmd;
  return new Promise((resolvePromise) => {
    const t0 = performance.now();
    const child = spawn(bin, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    let polled: number | null = null;
    const poll = useTime
      ? null
      : setInterval(() => {
          const kb = child.pid !== undefined ? vmHwmKB(child.pid) : null;
          if (kb !== null) polled = Math.max(polled ?? 0, kb);
        }, 20);
    const finish = (code: number | null, err?: Error) => {
      const wall = (performance.now() - t0) / 1000;
      if (poll) clearInterval(poll);
      let rssKB: number | null = polled;
      if (useTime) {
        try {
          const fields = readFileSync(timeOut, 'utf8').trim().split('\n').pop()!.trim().split(/\s+/);
          rssKB = Number(fields[1]);
          if (!Number.isFinite(rssKB)) rssKB = null;
        } catch {
          rssKB = null;
        }
      }
      resolvePromise({
        wallSeconds: wall,
        peakRssMB: rssKB === null ? null : rssKB / 1024,
        exitCode: code,
        stderrTail: err ? `${err.message}\n${stderr}` : stderr,
      });
    };
    child.on('error', (e) => finish(null, e));
    child.on('close', (code) => finish(code));
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const fmt = (x: number | null | undefined, d = 2) => (x === null || x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(d));

function sizeLabel(n: number): string {
  return n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

async function main(): Promise<number> {
  const root = packageRoot();
  /** Display form of a path: relative to the repo root when inside it or a sibling, else as is. */
  const rel = (p: string) => {
    const r = relative(root, p) || '.';
    return r.startsWith(join('..', '..')) ? p : r;
  };
  const shown = (a: string) => (a.startsWith('/') ? rel(a) : a);
  const outDir = join(root, 'bench', 'out');
  mkdirSync(outDir, { recursive: true });
  const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : null;
  const want = (id: string) => only === null || only.has(id);
  const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1) || 1);
  const nReads = Math.max(1, Number(process.env.BENCH_READS ?? 200000) || 200000);
  const algo = process.env.VIDJIL_ALGO ? resolve(process.env.VIDJIL_ALGO) : null;
  const algoGermline = resolve(root, process.env.VIDJIL_GERMLINE ?? join('..', 'shared', 'germline', 'homo-sapiens.g'));
  const cli = join(root, 'dist', 'src', 'cli.js');
  let failed = false;

  // Samples.
  let sample: string;
  if (process.env.BENCH_SAMPLE) {
    sample = resolve(process.env.BENCH_SAMPLE);
    if (!existsSync(sample)) throw new Error(`BENCH_SAMPLE ${sample} does not exist`);
  } else {
    sample = join(outDir, `sim${sizeLabel(nReads)}.fq.gz`);
    if (!existsSync(sample)) {
      process.stderr.write(`generating ${rel(sample)} (${nReads} reads, seed 1)...\n`);
      await writeSimulation({ reads: nReads, seed: 1, out: sample, germline: defaultGermlinePath() });
    }
  }
  const desigSample = join(outDir, 'igh350-1000.fa');
  if (!existsSync(desigSample)) {
    process.stderr.write(`generating ${rel(desigSample)} (1000 IGH reads, 350 nt, seed 1)...\n`);
    await writeSimulation({ reads: 1000, seed: 1, out: desigSample, ighOnly: true, length: 350, germline: defaultGermlinePath() });
  }
  const sampleReads = await countReads(sample);
  const desigReads = await countReads(desigSample);

  const cliOk = existsSync(cli);
  if (!cliOk) {
    process.stderr.write(
      `error: ${rel(cli)} not found — build vidjil-ts first (npx tsc -p .); the vidjil-ts benchmarks are skipped.\n`,
    );
    failed = true;
  }
  if (algo && !existsSync(algo)) {
    process.stderr.write(`error: VIDJIL_ALGO=${algo} does not exist; the vidjil-algo benchmarks are skipped.\n`);
    failed = true;
  }
  const algoOk = algo !== null && existsSync(algo);
  if (algoOk && !existsSync(algoGermline)) {
    process.stderr.write(`warning: vidjil-algo germline ${algoGermline} not found (set VIDJIL_GERMLINE)\n`);
  }

  const scratch = mkdtempSync(join(tmpdir(), 'vidjil-bench-'));
  const node = process.execPath;
  /** copies > 1: that many identical processes at once (wall = the last to finish). */
  type Plan = Omit<RunResult, 'ok' | 'wallSeconds' | 'throughput' | 'peakRssMB' | 'runs'> & { exe: string; args: (o: string) => string[]; copies?: number };
  const plans: Plan[] = [];
  const sName = rel(sample);
  const dName = rel(desigSample);
  const clonesArgs = (t: number) => (o: string) => [cli, '-t', String(t), '--quiet', '-o', o, '-b', 's', sample];
  for (const t of [1, 2]) {
    if (cliOk && want(`ts${t}`)) {
      plans.push({
        id: `ts${t}`, benchmark: 'clones', tool: 'vidjil-ts', threads: t, input: sName, items: sampleReads, unit: 'reads/s',
        exe: node, command: [], args: clonesArgs(t),
      });
    }
  }
  // The machine's own 2-core ceiling, as a baseline for the 2-thread speedup: two independent
  // 1-thread runs at once. Two busy vCPUs run slower than one (shared core resources, clock),
  // so no 2-thread run of one job can beat 2 × ts1 wall / this wall.
  if (cliOk && want('ts1x2')) {
    plans.push({
      id: 'ts1x2', benchmark: 'clones', tool: 'vidjil-ts', threads: 1, input: sName, items: 2 * sampleReads, unit: 'reads/s', copies: 2,
      exe: node, command: [], args: clonesArgs(1),
    });
  }
  if (algoOk && want('algo')) {
    plans.push({
      id: 'algo', benchmark: 'clones', tool: 'vidjil-algo', threads: 1, input: sName, items: sampleReads, unit: 'reads/s',
      exe: algo!, command: [], args: (o) => ['-g', algoGermline, '-o', o, '-b', 's', sample],
    });
  }
  if (cliOk && want('desig-ts')) {
    plans.push({
      id: 'desig-ts', benchmark: 'designations', tool: 'vidjil-ts', threads: 2, input: dName, items: desigReads, unit: 'seq/s',
      exe: node, command: [], args: (o) => [cli, '-t', '2', '--quiet', '-c', 'designations', '-o', o, '-b', 'd', desigSample],
    });
  }
  if (algoOk && want('desig-algo')) {
    plans.push({
      id: 'desig-algo', benchmark: 'designations', tool: 'vidjil-algo', threads: 1, input: dName, items: desigReads, unit: 'seq/s',
      exe: algo!, command: [], args: (o) => ['-g', algoGermline, '-c', 'designations', '-o', o, '-b', 'd', desigSample],
    });
  }

  const loadStart = loadavg();
  if (loadStart[0]! > cpus().length / 2) {
    process.stderr.write(`warning: load average ${loadStart[0]!.toFixed(2)} on ${cpus().length} CPUs — timings will be noisy\n`);
  }
  const results: RunResult[] = [];
  // Rounds interleave the benchmarks, so that a slow spell of the machine hits all of them.
  const runsOf = new Map<string, Measure[]>(plans.map((p) => [p.id, []]));
  for (let k = 0; k < repeat; k++) {
    for (const p of plans) {
      const runs = runsOf.get(p.id)!;
      if (runs.some((m) => m.exitCode !== 0)) continue;
      const copies = p.copies ?? 1;
      const dirs = Array.from({ length: copies }, (_, c) => join(scratch, `${p.id}-${k}-${c}`));
      for (const o of dirs) mkdirSync(o, { recursive: true });
      const args = p.args(dirs[0]!);
      process.stderr.write(`running ${p.id}${repeat > 1 ? ` (${k + 1}/${repeat})` : ''}: ${copies > 1 ? `${copies} at once: ` : ''}${basename(p.exe)} ${args.map(shown).join(' ')}\n`);
      const ms = await Promise.all(dirs.map((o) => measure(p.exe, p.args(o), root, scratch)));
      runs.push({
        wallSeconds: Math.max(...ms.map((m) => m.wallSeconds)),
        peakRssMB: ms.every((m) => m.peakRssMB !== null) ? Math.max(...ms.map((m) => m.peakRssMB!)) : null,
        exitCode: ms.find((m) => m.exitCode !== 0)?.exitCode ?? 0,
        stderrTail: ms.map((m) => m.stderrTail).join(''),
      });
      for (const o of dirs) rmSync(o, { recursive: true, force: true });
    }
  }
  for (const p of plans) {
    const runs = runsOf.get(p.id)!;
    const ok = runs.every((m) => m.exitCode === 0);
    const wall = ok ? median(runs.map((m) => m.wallSeconds)) : null;
    const rss = ok && runs.every((m) => m.peakRssMB !== null) ? Math.max(...runs.map((m) => m.peakRssMB!)) : null;
    const { exe, args, copies: _copies, ...rest } = p;
    const r: RunResult = {
      ...rest,
      command: [exe === node ? 'node' : rel(exe), ...args('TMP').map(shown)],
      ok, wallSeconds: wall, throughput: wall ? p.items / wall : null, peakRssMB: rss, runs,
    };
    if (!ok) {
      const last = runs[runs.length - 1]!;
      r.error = `exit ${last.exitCode}: ${last.stderrTail.trim().split('\n').slice(-5).join(' | ')}`;
      process.stderr.write(`  FAILED ${r.error}\n`);
      failed = true;
    }
    results.push(r);
  }
  rmSync(scratch, { recursive: true, force: true });

  // Ratios measured in this run.
  const get = (id: string) => results.find((r) => r.id === id && r.ok);
  const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? a / b : null);
  const algoClones = get('algo');
  const algoDesig = get('desig-algo');
  const ratios = {
    /** > 1: vidjil-ts faster than vidjil-algo (wall_algo / wall_ts). */
    ts1SpeedupVsAlgo: ratio(algoClones?.wallSeconds, get('ts1')?.wallSeconds),
    ts2SpeedupVsAlgo: ratio(algoClones?.wallSeconds, get('ts2')?.wallSeconds),
    ts1RssVsAlgo: ratio(get('ts1')?.peakRssMB, algoClones?.peakRssMB),
    ts2RssVsAlgo: ratio(get('ts2')?.peakRssMB, algoClones?.peakRssMB),
    /** wall_1thread / wall_2threads. */
    ts2SpeedupVsTs1: ratio(get('ts1')?.wallSeconds, get('ts2')?.wallSeconds),
    /** The machine's 2-core ceiling for that speedup: 2 × wall_1thread / wall of two 1-thread runs at once. */
    twoCoreCeiling: ratio(2 * (get('ts1')?.wallSeconds ?? NaN), get('ts1x2')?.wallSeconds),
    desigSpeedupVsAlgo: ratio(algoDesig?.wallSeconds, get('desig-ts')?.wallSeconds),
    desigRssVsAlgo: ratio(get('desig-ts')?.peakRssMB, algoDesig?.peakRssMB),
  };

  // Table.
  const header = ['benchmark', 'tool', 'threads', 'wall s', 'throughput', 'peak RSS MB', 'speed vs algo', 'RSS vs algo', 'vs 1 thread'];
  const rows: string[][] = results.map((r) => {
    const ref = r.benchmark === 'clones' ? algoClones : algoDesig;
    const isRef = r.tool === 'vidjil-algo';
    const vsAlgo = r.id === 'ts1x2' ? null : ratio(ref?.wallSeconds, r.wallSeconds);
    const rssVsAlgo = r.id === 'ts1x2' ? null : ratio(r.peakRssMB, ref?.peakRssMB);
    const vs1 = r.id === 'ts2' ? ratios.ts2SpeedupVsTs1 : r.id === 'ts1x2' ? ratios.twoCoreCeiling : null;
    return [
      r.id === 'ts1x2' ? `clones, 2 runs at once` : `${r.benchmark} (${r.items} ${r.unit === 'seq/s' ? 'seq' : 'reads'})`,
      r.tool,
      String(r.threads),
      r.ok ? fmt(r.wallSeconds) : 'FAILED',
      r.ok ? `${fmt(r.throughput, 0)} ${r.unit}` : '-',
      fmt(r.peakRssMB, 0),
      isRef ? '1 (ref)' : vsAlgo ? `${fmt(vsAlgo)}x` : '-',
      isRef ? '1 (ref)' : rssVsAlgo ? `${fmt(rssVsAlgo)}x` : '-',
      vs1 ? `${fmt(vs1)}x` : '-',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  const out: string[] = [];
  out.push(`sample: ${sName} (${sampleReads} reads); designations: ${dName} (${desigReads} seq); repeat ${repeat}`);
  out.push(`machine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, node ${process.version}, load average at start ${loadStart.map((x) => x.toFixed(2)).join(' ')}`);
  out.push(line(header));
  out.push('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) out.push(line(r));
  out.push('speed vs algo = vidjil-algo wall / this wall (> 1: faster); RSS vs algo = this RSS / vidjil-algo RSS;');
  out.push('vs 1 thread = 1-thread wall / 2-thread wall; for "2 runs at once" (two 1-thread runs side by side),');
  out.push('2 × 1-thread wall / their wall: the most any 2-thread run can gain on this machine. All ratios measured in this run.');
  if (!algo) out.push('VIDJIL_ALGO is not set: the comparison with vidjil-algo is skipped.');
  if (!HAVE_TIME) out.push(`${TIME_BIN} not used: peak RSS sampled from /proc every 20 ms (approximate).`);
  process.stdout.write(out.join('\n') + '\n');

  const json = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? null, cpus: cpus().length, node: process.version, platform: process.platform, loadAverageAtStart: loadStart },
    rssMethod: HAVE_TIME ? TIME_BIN : '/proc VmHWM polling',
    repeat,
    sample: { path: sName, reads: sampleReads, bytes: statSync(sample).size },
    designationSample: { path: dName, sequences: desigReads },
    vidjilAlgo: algo ? { path: algo, germline: rel(algoGermline) } : null,
    comparisonSkipped: !algoOk,
    results,
    ratios,
  };
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(json, null, 2) + '\n');
  process.stderr.write(`results written to ${rel(join(outDir, 'results.json'))}\n`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
