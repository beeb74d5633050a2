import type { Analyzer } from './analyzer.js';
import { type Engine } from './engine.js';
import { InputError, type SeqRecord, estimateReadCount, readBatches, readSequences } from './io/reads.js';
import { type ReadBatch, seqAt, sliceBatch, smallTail } from './io/batch.js';
import { Status } from './detect/status.js';
import { STATUS_LABELS } from './detect/status.js';
import { formatEvalue } from './detect/evalue.js';
import { revcomp } from './kmer/encode.js';
import { type WindowEntry, WindowStore, newStats, sortClones, thresholdClones } from './clones/store.js';
import type { CloneJob, FinishedClone } from './clones/finish.js';
import { representativeQuality } from './clones/representative.js';
import { diversity, levenshtein } from './clones/diversity.js';
import { formatLog, FEW_SEGMENTED } from './output/log.js';
import { timestamp } from './output/json.js';
import { segObject } from './output/seg.js';
import { type PackedResults, unpack } from './detect/outcome.js';
import { HeapGuard } from './heap-guard.js';

export type Command = 'clones' | 'windows' | 'detect' | 'designations';

export interface AnalyzeOptions {
  command?: Command;
  /** `-e`: e-value threshold; negative = `all` (no threshold). */
  eValue?: number;
  /** `--e-value-kmer`, defaults to `eValue`. */
  eValueKmer?: number;
  /** `-w`: window length; 0 = whole read. */
  windowLength?: number;
  /** `-r`: minimum reads per clone. */
  minReads?: number;
  /** `--min-ratio`, percent of segmented reads. */
  minRatio?: number;
  /** `-y`: clones with a representative; negative = all. */
  maxConsensus?: number;
  /** `-z`: clones with a full designation; negative = all. */
  maxDesignations?: number;
  /** `--max-clones`; negative = all. */
  maxClones?: number;
  /** `-x`: only the first reads. */
  firstReads?: number;
  /** `--read-number`: N of the e-value multiplier. */
  readNumber?: number;
  /** `--header-sep`. */
  headerSep?: string;
  /** Called with each detected read's `-U` record (header + 3 lines). */
  onDetected?: (fasta: string) => void;
  /** Called after each batch with the number of reads processed. */
  onProgress?: (reads: number) => void;
  /** Recorded in `samples`. */
  commandline?: string;
  originalName?: string;
  producer?: string;
  /** `config` values recorded in the output. */
  config?: Record<string, unknown>;
  batchSize?: number;
}

export interface AnalyzeResult {
  /** The `.vidjil` object. */
  vidjil: Record<string, unknown>;
  /** `.windows.fa` text (clones and windows modes). */
  windowsFa?: string;
}

/** Early finished clones are handed to the engine in groups of this many. */
const EARLY_CHUNK = 2;

/** A top clone finished during detection, and with what. */
interface EarlyFinish {
  object: number;
  designated: boolean;
  result: Promise<FinishedClone>;
}

/** Detection batches in flight: enough to keep every worker busy while the main thread parses. */
const MAX_PENDING_BATCHES = 32;

export const PRODUCER = 'vidjil-ts 0.1.0';
export const NOT_ANALYZED = 'not analyzed';

const orNone = (v: number | undefined, d: number) => (v === undefined ? d : v);
const limit = (v: number) => (v < 0 ? Infinity : v);

function samplesOf(opts: AnalyzeOptions, path: string, withLog: string | null): Record<string, unknown> {
  const s: Record<string, unknown> = {
    number: 1,
    original_names: [opts.originalName ?? path],
    run_timestamp: [timestamp()],
    producer: [opts.producer ?? PRODUCER],
    commandline: [opts.commandline ?? ''],
  };
  if (withLog !== null) s.log = [withLog];
  return s;
}

/** Clones, windows or detect mode over a FASTA/FASTQ file. */
export async function analyzeFile(an: Analyzer, engine: Engine, path: string, opts: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const command = opts.command ?? 'clones';
  if (command === 'designations') return designateFile(engine, path, opts);
  const eValue = orNone(opts.eValue, 1);
  const threshold = orNone(opts.eValueKmer, eValue);
  const nbReads = eValue < 0 ? 1 : opts.readNumber ?? (await estimateReadCount(path));
  const params = { threshold, nbReads, windowLength: orNone(opts.windowLength, 50) };
  const objects = an.germlines.objects;
  const stats = newStats(an.germlines.codes);
  const store = new WindowStore(stats, (o) => objects[o]!.code);
  const firstReads = opts.firstReads ?? Infinity;
  const maxDes = command === 'clones' ? limit(orNone(opts.maxDesignations, 100)) : 0;
  const maxCons = command === 'clones' ? Math.max(limit(orNone(opts.maxConsensus, 100)), maxDes) : 0;
  const minCover = Math.min(orNone(opts.minReads, 5), 3);
  const jobOf = (e: WindowEntry, designate: boolean): CloneJob => ({ window: e.window, object: e.object, sample: store.sampleOf(e), minCover, designate });
  // Clones whose sample is complete are likely top clones and need no further reads: they are
  // finished during detection, by whichever thread is free, instead of all at the end.
  const early = new Map<WindowEntry, EarlyFinish>();
  let completed: WindowEntry[] = [];
  const finishEarly = () => {
    const jobs = completed.map((e, i) => jobOf(e, early.size + i < maxDes));
    const results = engine.finish(jobs, params, { eValue });
    completed.forEach((e, i) => {
      const result = results.then((r) => r[i]!);
      result.catch(() => {}); // awaited (and reported) only if the clone makes the top
      early.set(e, { object: e.object, designated: jobs[i]!.designate, result });
    });
    completed = [];
  };
  let done = 0;
  // Batches are detected concurrently (workers, or this thread) and merged strictly in input
  // order, as soon as they are ready: reading goes on while a worker's batch is pending.
  const pending: Array<{ batch: ReadBatch; results: Promise<PackedResults>; ready: PackedResults | null }> = [];
  const heap = new HeapGuard();
  const merge = async () => {
    const entry = pending.shift()!;
    const res = entry.ready ?? (await entry.results);
    // The sequences as handed back: a worker got the batch's own bytes by transfer.
    const batch: ReadBatch = { ...entry.batch, seqs: res.seqs, starts: res.starts };
    if (opts.onDetected) {
      let i = 0;
      for (const r of unpack(res)) {
        if (r.window !== null) opts.onDetected(detectedRecord(an, batch.labels![i]!, seqAt(batch, i), r));
        i++;
      }
    }
    const windows = res.windows === '' ? [] : res.windows.split('\n');
    for (let i = 0, w = 0; i < batch.count; i++) {
      const window = res.hasWindow[i] ? windows[w++]! : null;
      const full = store.add(batch, i, res.status[i]!, res.object[i]!, window, (res.flags[i]! & 1) !== 0, res.windowRawStart[i]!, (res.flags[i]! & 2) !== 0);
      if (full && early.size + completed.length < maxCons) completed.push(full);
    }
    if (completed.length >= EARLY_CHUNK) finishEarly();
    done += batch.count;
    opts.onProgress?.(done);
    heap.check();
  };
  let queued = 0;
  try {
    const batches = readBatches(path, { headerSep: opts.headerSep, batchSize: opts.batchSize, withLabels: opts.onDetected !== undefined });
    for await (const batch of smallTail(batches)) {
      const take = batch.count > firstReads - queued ? sliceBatch(batch, 0, firstReads - queued) : batch;
      const entry = { batch: take, results: engine.detect(take, params), ready: null as PackedResults | null };
      entry.results.then((r) => (entry.ready = r), () => {});
      pending.push(entry);
      queued += take.count;
      while (pending.length > 0 && pending[0]!.ready !== null) await merge();
      while (pending.length > MAX_PENDING_BATCHES) await merge();
      if (queued >= firstReads) break;
    }
    while (pending.length > 0) await merge();
  } finally {
    // Let in-flight batches settle before the caller closes the engine.
    await Promise.allSettled([...pending.map((p) => p.results), ...[...early.values()].map((x) => x.result)]);
  }
  if (stats.total === 0) throw new InputError(`${path}: no sequences found (empty input)`);

  const segmented = stats.statusCount[Status.Seg]!;
  if (command === 'detect') {
    return { vidjil: { vidjil_json_version: '2016b', samples: samplesOf(opts, path, null), clones: null } };
  }
  const all = sortClones(store.entries.values());
  let kept = thresholdClones(all, orNone(opts.minReads, 5), orNone(opts.minRatio, 0), segmented);
  const maxClones = limit(orNone(opts.maxClones, -1));
  if (kept.length > maxClones) kept = kept.slice(0, maxClones);
  const top = kept.slice(0, maxCons);
  // The top clones not finished during detection (or then with another germline object, or
  // without the designation their rank needs) are finished now, shared between threads.
  const usable = (e: WindowEntry, k: number) => {
    const x = early.get(e);
    return x !== undefined && x.object === e.object && (x.designated || k + 1 > maxDes) ? x : null;
  };
  const ready = top.map(usable);
  const late = top.flatMap((e, k) => (ready[k] ? [] : [jobOf(e, k + 1 <= maxDes)]));
  const lateResults = engine.finish(late, params, { eValue });
  const finishing = lateResults.then(async (r) => {
    let next = 0;
    return Promise.all(ready.map((x) => x?.result ?? r[next++]!));
  });

  // Whole-sample summaries, while the top clones are finished.
  const windowsPerCode = new Map<string, number>(an.germlines.codes.map((c) => [c, 0]));
  const windowReadsPerCode = new Map<string, number>();
  for (const e of all) {
    const code = objects[e.object]!.code;
    windowsPerCode.set(code, (windowsPerCode.get(code) ?? 0) + 1);
    windowReadsPerCode.set(code, (windowReadsPerCode.get(code) ?? 0) + e.count);
  }
  const log = formatLog(stats, windowsPerCode, windowReadsPerCode, all.length);
  const windowsFa = all.map((e, k) => `>${e.count}--window--${k + 1} \n${e.window}\n`).join('');
  const div = diversity(all.map((e) => ({ count: e.count, code: objects[e.object]!.code })), stats.codeReads);

  const finished = await finishing;
  const clones: Array<Record<string, unknown>> = [];
  const seenNames = new Map<string, number>();
  kept.forEach((e, k) => {
    const rank = k + 1;
    const clone: Record<string, unknown> = { id: e.window, reads: [e.count], top: rank, germline: objects[e.object]!.code };
    const warn: Array<Record<string, string>> = [];
    if (e.changed) warn.push({ code: 'W50', level: 'warn', msg: 'Short or shifted window' });
    const f = finished[k];
    if (f) {
      const refLen = e.lengthSum / e.count;
      // vidjil computes the coverage of a representative in single precision.
      const coverage = f.fromReads ? Math.fround(f.sampled.length / refLen) : f.sampled.length / refLen;
      clone.sequence = f.sequence;
      clone._average_read_length = [refLen.toFixed(2)];
      clone._coverage = [coverage];
      const seg: Record<string, unknown> = { evalue: { val: formatEvalue(f.eValue) } };
      // An early finished clone may carry a designation its final rank does not get.
      const des = k + 1 <= maxDes ? f.designation : undefined;
      if (des) {
        const stop = f.sampled.length;
        clone._coverage_info = [`${f.sequence.length} bp (${Math.floor(100 * coverage)}% of ${refLen.toFixed(1)} bp)`];
        seg.evalue_left = { val: formatEvalue(f.eLeft) };
        seg.evalue_right = { val: formatEvalue(f.eRight) };
        seg.affectValues = { start: 1, stop, seq: f.affects!.values };
        seg.affectSigns = { start: 1, stop, seq: f.affects!.signs };
        if (f.fromReads && e.qualSum) {
          const mean = Array.from(e.qualSum, (x) => String.fromCharCode(Math.floor(x / e.count))).join('');
          seg.quality = { start: 1, stop, seq: representativeQuality(f.sampled, e.window, mean) };
        }
      }
      clone.seg = seg;
      if (coverage < 0.6) warn.push({ code: 'W51', level: 'warn', msg: `Low coverage: ${coverage.toFixed(3)}` });
      if (des?.designated) {
        clone.name = des.name;
        Object.assign(seg, segObject(des) ?? {});
        for (const w of des.warnings) warn.push({ code: w.code, level: w.level, msg: w.msg });
        const prev = seenNames.get(des.name);
        if (prev !== undefined) {
          warn.push({ code: 'W53', level: rank <= 10 ? 'warn' : 'info', msg: `Similar to clone #${prev} - ${des.name}` });
        } else seenNames.set(des.name, rank);
      } else if (des) {
        clone.name = `Possibly ${clone.germline as string}`;
        warn.push({ code: 'W68', level: 'warn', msg: 'V(D)J designation failed, possibly complex or not recombined sequence' });
      }
    } else {
      clone.sequence = 0;
    }
    if (warn.length) clone.warn = warn;
    clones.push(clone);
  });

  const germlineCounts: Record<string, number[]> = {};
  const cloneCounts: Record<string, number[]> = {};
  for (const code of an.germlines.codes) {
    germlineCounts[code] = [stats.codeReads.get(code) ?? 0];
    cloneCounts[code] = [windowsPerCode.get(code) ?? 0];
  }
  const vidjil: Record<string, unknown> = {
    vidjil_json_version: '2016b',
    samples: samplesOf(opts, path, log),
    reads: { total: [stats.total], segmented: [segmented], germline: germlineCounts, clones: cloneCounts },
    clones: [...clones].sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : (a.id as string) > (b.id as string) ? 1 : 0)),
    diversity: div,
    germlines: { ref: an.germlines.ref, species: an.germlines.species, species_taxon_id: an.germlines.speciesTaxonId },
    config: opts.config ?? {},
  };
  if (command === 'clones' && clones.length > 0 && maxDes > 0 && Number.isFinite(maxDes)) {
    const top = clones.slice(0, 20).map((c) => c.id as string);
    vidjil.similarity = top.map((a) => top.map((b) => levenshtein(a, b)));
  }
  const warn: Array<Record<string, string>> = [];
  if (stats.total > 0 && segmented / stats.total < FEW_SEGMENTED) {
    warn.push({ code: 'W20', level: 'warn', msg: `Very few V(D)J recombinations found: ${((100 * segmented) / stats.total).toFixed(2)}%` });
  }
  if (!opts.readNumber && eValue >= 0 && stats.total / nbReads > 5) warn.push({ code: 'W21', level: 'warn', msg: 'Bad e-value multiplier.' });
  if (warn.length) vidjil.warn = warn;
  return { vidjil, windowsFa };
}

function detectedRecord(an: Analyzer, label: string, seq: string, r: { object: number; reversed: boolean; vEnd: number; jStart: number; eValue: number; eLeft: number; eRight: number; status: Status }): string {
  const o = an.germlines.objects[r.object]!;
  const oriented = r.reversed ? revcomp(seq) : seq;
  const head = `>${label} ${r.reversed ? '-' : '+'} VJ 1 ${r.vEnd + 1} ${r.jStart + 1} ${oriented.length} seed ${o.code} ${STATUS_LABELS[r.status]} ${formatEvalue(r.eValue)} ${formatEvalue(r.eLeft)}/${formatEvalue(r.eRight)}`;
  return `${head}\n${oriented.slice(0, r.vEnd + 1)}\n${oriented.slice(r.vEnd + 1, r.jStart)}\n${oriented.slice(r.jStart)}\n`;
}

/** `-c designations`: every sequence designated on its own (what the analyze endpoint returns). */
export async function designateRecords(engine: Engine, records: SeqRecord[], opts: AnalyzeOptions, path: string): Promise<AnalyzeResult> {
  const eValue = orNone(opts.eValue, 1);
  const results = await engine.designate(records.map((r) => ({ seq: r.seq })), { eValue });
  const clones: Array<Record<string, unknown>> = [];
  const counts = new Map<string, number>();
  let segmented = 0;
  results.forEach((des, i) => {
    const rec = records[i]!;
    const id = String(i + 1).padStart(6, '0');
    const germline = des.designated ? des.code : NOT_ANALYZED;
    counts.set(germline, (counts.get(germline) ?? 0) + 1);
    const clone: Record<string, unknown> = { id, name: des.designated ? des.name : rec.label, sequence: rec.seq, reads: [1], top: 0, germline };
    if (des.designated) {
      segmented++;
      clone.seg = segObject(des);
    }
    if (des.warnings.length) clone.warn = des.warnings.map((w) => ({ code: w.code, level: w.level, msg: w.msg }));
    clones.push(clone);
  });
  const reads: Record<string, unknown> = { total: [records.length], segmented: [segmented] };
  if (records.length > 0) {
    const g: Record<string, number[]> = {};
    for (const k of [...counts.keys()].sort()) g[k] = [counts.get(k)!];
    reads.germline = g;
  }
  return {
    vidjil: { vidjil_json_version: '2016b', samples: samplesOf(opts, path, null), reads, clones: records.length ? clones : null },
  };
}

async function designateFile(engine: Engine, path: string, opts: AnalyzeOptions): Promise<AnalyzeResult> {
  const records: SeqRecord[] = [];
  for await (const batch of readSequences(path, { headerSep: opts.headerSep })) {
    for (const r of batch) {
      if (opts.firstReads !== undefined && records.length >= opts.firstReads) break;
      records.push(r);
    }
    opts.onProgress?.(records.length);
  }
  if (records.length === 0) throw new InputError(`${path}: no sequences found (empty input)`);
  return designateRecords(engine, records, opts, path);
}
