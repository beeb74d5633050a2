/**
 * Designation parity against the real vidjil-algo outputs (`-c designations`):
 * every curated should-vdj file, Demo-X5 and the API example.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { designate, prepareGermline } from '../src/designate/designate.js';
import { buildVFilter, filterV, nbKmersLimit } from '../src/designate/filter.js';
import { designationName } from '../src/designate/name.js';
import { stdSort } from '../src/designate/stdsort.js';
import { DPWorkspace, Mode, VDJ_COST, buildProfile, dpAlign, dpScore, toClasses } from '../src/designate/dp.js';
import { toBytes } from '../src/designate/seqs.js';
import { chooseForDesignation } from '../src/detect/choose.js';
import { type Detector, createDetector } from '../src/detect/detect.js';
import { loadGermlines } from '../src/germline/preset.js';
import type { GermlineSet } from '../src/germline/types.js';
import { readSequences } from '../src/io/reads.js';
import { buildKmerIndex } from '../src/kmer/index.js';
import { cloneFromDesignation } from '../src/output/seg.js';
import { DATA, PRESET, REF, readJson } from './helpers.js';

let gs: GermlineSet;
let det: Detector;

beforeAll(() => {
  gs = loadGermlines([PRESET]);
  det = createDetector(gs, buildKmerIndex(gs.objects));
});

async function records(path: string) {
  const out: { label: string; seq: string }[] = [];
  for await (const batch of readSequences(path)) for (const r of batch) out.push({ label: r.label, seq: r.seq });
  return out;
}

interface Tally {
  designated: number;
  namesEqual: number;
  segEqual: number;
  warnEqual: number;
  junctionEqual: number;
  productiveEqual: number;
  statusEqual: number;
  /** name and junction.aa equal, not-analyzed sequences included. */
  nameJunctionAll: number;
  total: number;
  diffs: string[];
}

/** Designates every sequence of `fa` and compares with the reference `.vidjil`. */
async function compare(fa: string, vidjil: string, t: Tally): Promise<void> {
  const ref = readJson(vidjil);
  const clones: any[] = ref.clones ?? [];
  const recs = await records(fa);
  expect(recs.length, `${fa}: number of sequences`).toBe(clones.length);
  recs.forEach((r, k) => {
    const c = clones[k]!;
    expect(c.id).toBe(String(k + 1).padStart(6, '0'));
    expect(r.seq).toBe(c.sequence);
    const { object, reversed } = chooseForDesignation(r.seq, det);
    const d = designate(r.seq, object, reversed);
    const mine = cloneFromDesignation(d, { id: c.id, label: r.label, sequence: r.seq });
    t.total++;
    if (mine.germline === c.germline) t.statusEqual++;
    if (mine.name === c.name && JSON.stringify(mine.seg?.junction?.aa) === JSON.stringify(c.seg?.junction?.aa)) t.nameJunctionAll++;
    if (c.germline === 'not analyzed') {
      if (mine.germline !== 'not analyzed') t.diffs.push(`${vidjil} ${c.id}: designated as ${mine.name}, reference not analyzed`);
      return;
    }
    t.designated++;
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    if (mine.name === c.name) t.namesEqual++;
    const { cdr3: _c1, junction: j1, ...box1 } = (mine.seg ?? {}) as any;
    const { cdr3: _c2, junction: j2, ...box2 } = c.seg ?? {};
    if (same(box1, box2)) t.segEqual++;
    if (same(mine.warn, c.warn)) t.warnEqual++;
    if (same(mine.seg?.junction?.aa, c.seg?.junction?.aa) && same(mine.seg?.cdr3, c.seg?.cdr3)) t.junctionEqual++;
    if (same(j1?.productive, j2?.productive) && same(j1?.unproductive, j2?.unproductive)) t.productiveEqual++;
    if (!same({ name: mine.name, seg: mine.seg, warn: mine.warn }, { name: c.name, seg: c.seg, warn: c.warn })) {
      t.diffs.push(
        `${vidjil} ${c.id}\n  ref ${JSON.stringify({ name: c.name, seg: c.seg, warn: c.warn })}\n  got ${JSON.stringify({ name: mine.name, seg: mine.seg, warn: mine.warn })}`,
      );
    }
  });
}

const newTally = (): Tally => ({
  designated: 0,
  namesEqual: 0,
  segEqual: 0,
  warnEqual: 0,
  junctionEqual: 0,
  productiveEqual: 0,
  statusEqual: 0,
  nameJunctionAll: 0,
  total: 0,
  diffs: [],
});

function report(title: string, t: Tally): void {
  console.log(
    `${title}: ${t.total} sequences, designated/not-analyzed status equal ${t.statusEqual}/${t.total}, name+junction.aa equal ${t.nameJunctionAll}/${t.total}; over ${t.designated} designated: ` +
      `names ${t.namesEqual}, seg boxes ${t.segEqual}, warnings ${t.warnEqual}, cdr3+junction.aa ${t.junctionEqual}, productive ${t.productiveEqual}`,
  );
  for (const d of t.diffs) console.log(d);
}

describe('designation parity with vidjil-algo -c designations', () => {
  it('curated should-vdj / should-locus files', async () => {
    const dir = join(REF, 'should-vdj');
    const t = newTally();
    for (const f of readdirSync(dir).sort()) {
      await compare(join(DATA, 'should-vdj', f.replace(/\.vidjil$/, '.fa')), join(dir, f), t);
    }
    report('should-vdj', t);
    expect(t.designated).toBeGreaterThan(100);
    expect(t.namesEqual / t.designated).toBeGreaterThanOrEqual(0.98);
    expect(t.segEqual / t.designated).toBeGreaterThanOrEqual(0.98);
    expect(t.junctionEqual / t.designated).toBeGreaterThanOrEqual(0.98);
    expect(t.productiveEqual / t.designated).toBeGreaterThanOrEqual(0.98);
    expect(t.statusEqual / t.total).toBeGreaterThanOrEqual(0.98);
  }, 120_000);

  it('Demo-X5: 14/14 (name, seg, junction, warnings)', async () => {
    const t = newTally();
    await compare(join(DATA, 'Demo-X5.fa'), join(REF, 'Demo-X5.designations.vidjil'), t);
    report('Demo-X5', t);
    expect(t.total).toBe(14);
    expect(t.statusEqual).toBe(14);
    expect(t.diffs).toEqual([]);
    expect(t.nameJunctionAll).toBe(14);
    expect(t.namesEqual).toBe(13);
    expect(t.junctionEqual).toBe(13);
  }, 60_000);

  it('api-example', async () => {
    const t = newTally();
    await compare(join(DATA, 'api-example.fa'), join(REF, 'api-example.designations.vidjil'), t);
    report('api-example', t);
    expect(t.diffs).toEqual([]);
  }, 60_000);

  it('sim50k top clones: the designation of each clone consensus', () => {
    // -c clones designates the clone's consensus, already on the forward strand, on the germline
    // of its window (all regular systems here).
    const ref = readJson(join(REF, 'sim50k.clones.vidjil'));
    const strip = (s: any) => {
      const o = { ...s };
      for (const k of ['affectSigns', 'affectValues', 'evalue', 'evalue_left', 'evalue_right', 'quality']) delete o[k];
      return o;
    };
    let n = 0;
    let ok = 0;
    for (const c of ref.clones) {
      if (!c.name || !c.seg || !c.seg['5']) continue;
      n++;
      const obj = gs.objects.find((o) => o.code === c.germline)!;
      const d = designate(c.sequence, obj, false);
      const mine = cloneFromDesignation(d, { id: c.id, label: '', sequence: c.sequence });
      const refWarn = (c.warn ?? []).filter((w: any) => w.code === 'W69' || w.code === 'W61');
      if (
        mine.name === c.name &&
        JSON.stringify(mine.seg) === JSON.stringify(strip(c.seg)) &&
        JSON.stringify(mine.warn ?? []) === JSON.stringify(refWarn)
      ) ok++;
      else console.log(`sim50k ${c.id}: ref ${c.name} got ${mine.name}`);
    }
    console.log(`sim50k clones: ${ok}/${n} equal (name, seg, warnings)`);
    expect(n).toBe(100);
    expect(ok / n).toBeGreaterThanOrEqual(0.98);
  }, 60_000);
});

describe('designation building blocks', () => {
  it('local DP: identical sequences score 4/nt, backtrack spans them', () => {
    const ws = new DPWorkspace();
    const x = toBytes('TTTTACGTACGTGGGG');
    const y = toBytes('ACGTACGT');
    const xc = toClasses(x);
    const prof = buildProfile(y, VDJ_COST);
    expect(dpScore(xc, 0, x.length, prof, y.length, Mode.Local, VDJ_COST, ws)).toBe(32);
    const r = dpAlign(x, 0, x.length, y, Mode.Local, VDJ_COST, ws, 3);
    expect(r).toMatchObject({ score: 32, firstI: 4, firstJ: 0, endI: 12, endJ: 8, markedI: 7 });
  });

  it('LEWSD: the end penalty is −1 per germline nucleotide left on the right', () => {
    const ws = new DPWorkspace();
    const x = toBytes('ACGTACGT');
    const y = toBytes('ACGTACGTAAA');
    const s = dpScore(toClasses(x), 0, x.length, buildProfile(y, VDJ_COST), y.length, Mode.LocalEndWithSomeDeletions, VDJ_COST, ws);
    expect(s).toBe(32 - 3);
  });

  it('SemiGlobal: the whole read is aligned', () => {
    const ws = new DPWorkspace();
    const x = toBytes('GGACGT');
    const y = toBytes('TTACGTTT');
    // GG against gaps or mismatches: best is 2 mismatches + 4 matches = 4
    const s = dpScore(toClasses(x), 0, x.length, buildProfile(y, VDJ_COST), y.length, Mode.SemiGlobal, VDJ_COST, ws);
    expect(s).toBe(4 * 4 - 12);
  });

  it('N in a read mismatches every germline nucleotide', () => {
    const ws = new DPWorkspace();
    const x = toBytes('ACGNACGT');
    const y = toBytes('ACGTACGT');
    expect(dpScore(toClasses(x), 0, 8, buildProfile(y, VDJ_COST), 8, Mode.Local, VDJ_COST, ws)).toBe(7 * 4 - 6);
  });

  it('std::sort emulation: stable for ≤ 16 elements, introsort order beyond', () => {
    const small = Array.from({ length: 10 }, (_, i) => ({ s: i % 3, i }));
    const sorted = stdSort([...small], (a, b) => a.s > b.s);
    expect(sorted.map((e) => e.i)).toEqual([...small].sort((a, b) => b.s - a.s).map((e) => e.i));
    const big = Array.from({ length: 40 }, (_, i) => ({ s: (i * 7) % 5, i }));
    const r = stdSort([...big], (a, b) => a.s > b.s);
    for (let k = 1; k < r.length; k++) expect(r[k - 1]!.s).toBeGreaterThanOrEqual(r[k]!.s);
    expect(new Set(r.map((e) => e.i)).size).toBe(40);
  });

  it('V filter: limit and give-up rule', () => {
    expect(nbKmersLimit(13, 250, 296)).toBeGreaterThan(200);
    expect(nbKmersLimit(11, 5, 297)).toBeNull();
    const igh = gs.objects.find((o) => o.code === 'IGH')!;
    const vf = buildVFilter(igh.v.genes, igh.seed5);
    const v374 = igh.v.genes.find((g) => g.label === 'IGHV3-74*02')!;
    const sel = filterV(vf, toBytes(v374.seq), new Int32Array(vf.families.length));
    expect(igh.v.genes[sel[0]!]!.label.startsWith('IGHV3-74')).toBe(true);
    expect(sel.length).toBeLessThan(igh.v.genes.length);
    expect(filterV(vf, toBytes('ACGT'), new Int32Array(vf.families.length)).length).toBe(igh.v.genes.length);
  });

  it('name grammar', () => {
    const S = 'AAAACCCGGGTTT';
    expect(
      designationName(S, [
        { name: 'V', start: 0, end: 3, delLeft: 0, delRight: 2 },
        { name: 'J', start: 7, end: 12, delLeft: 1, delRight: 0 },
      ]),
    ).toBe('V 2/CCC/1 J');
    expect(
      designationName(S, [
        { name: 'V', start: 0, end: 3, delLeft: 0, delRight: 0 },
        { name: 'J', start: 4, end: 12, delLeft: 0, delRight: 0 },
      ]),
    ).toBe('V 0//0 J');
  });

  it('empty or hopeless sequences are not designated', () => {
    const igh = gs.objects.find((o) => o.code === 'IGH')!;
    expect(designate('', igh, false).designated).toBe(false);
    expect(designate('ACGTACGTACGT', igh, false).designated).toBe(false);
    expect(prepareGermline(igh)).toBe(prepareGermline(igh));
  });

  it('designation speed on the curated sequences (informative)', async () => {
    const dir = join(REF, 'should-vdj');
    const items: { seq: string; choice: ReturnType<typeof chooseForDesignation> }[] = [];
    for (const f of readdirSync(dir).sort()) {
      for (const r of await records(join(DATA, 'should-vdj', f.replace(/\.vidjil$/, '.fa')))) {
        items.push({ seq: r.seq, choice: chooseForDesignation(r.seq, det) });
      }
    }
    for (const it of items) designate(it.seq, it.choice.object, it.choice.reversed); // warm-up
    const t0 = performance.now();
    for (const it of items) designate(it.seq, it.choice.object, it.choice.reversed);
    const dt = performance.now() - t0;
    const igh = items.filter((i) => i.choice.object.code === 'IGH');
    const t1 = performance.now();
    for (const it of igh) designate(it.seq, it.choice.object, it.choice.reversed);
    const dt2 = performance.now() - t1;
    console.log(
      `designation speed: ${((items.length / dt) * 1000).toFixed(1)} seq/s over ${items.length} curated sequences; ` +
        `${((igh.length / dt2) * 1000).toFixed(1)} seq/s over their ${igh.length} IGH sequences (single thread)`,
    );
  }, 120_000);
});
