import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA, REF, cli, readJson, tmp } from './helpers.js';

const byId = (clones: any[]) => new Map(clones.map((c) => [c.id, c]));

describe('Demo-X5, clones mode -r 1, against vidjil-algo', () => {
  let out: string;
  let ours: any;
  const ref = readJson(join(REF, 'Demo-X5.clones.vidjil'));
  beforeAll(() => {
    out = tmp();
    const r = cli(['-r', '1', '-q', '-o', out, '-b', 'x5', join(DATA, 'Demo-X5.fa')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    ours = readJson(join(out, 'x5.vidjil'));
  });

  it('finds the same 10 windows with the same loci, counts and e-values', () => {
    expect(ours.clones).toHaveLength(10);
    const o = byId(ours.clones);
    for (const c of ref.clones) {
      const x = o.get(c.id);
      expect(x, c.id).toBeDefined();
      expect(x.germline).toBe(c.germline);
      expect(x.reads).toEqual(c.reads);
      expect(x.top).toBe(c.top);
      expect(x.seg.evalue).toEqual(c.seg.evalue);
    }
  });

  it('writes the same statistics, diversity, similarity and windows file', () => {
    expect(ours.reads).toEqual(ref.reads);
    expect(ours.samples.log).toEqual(ref.samples.log);
    expect(ours.diversity).toEqual(ref.diversity);
    expect(ours.similarity).toEqual(ref.similarity);
    expect(readFileSync(join(out, 'x5.windows.fa'), 'utf8')).toBe(readFileSync(join(REF, 'Demo-X5.clones.windows.fa'), 'utf8'));
    expect(Object.keys(ours).sort()).toEqual(Object.keys(ref).sort());
  });

  it('designates the top clones with the same names and junctions', () => {
    const o = byId(ours.clones);
    for (const c of ref.clones) {
      const x = o.get(c.id);
      expect(x.name).toBe(c.name);
      expect(x.sequence).toBe(c.sequence);
      expect(x.seg.junction).toEqual(c.seg.junction);
      expect(x.seg.cdr3).toEqual(c.seg.cdr3);
    }
  });
});

describe('sim50k, default clones mode, against vidjil-algo and the simulation truth', () => {
  const ref = readJson(join(REF, 'sim50k.clones.vidjil'));
  let out1: string;
  let out2: string;
  let ours: any;
  beforeAll(() => {
    out1 = tmp();
    out2 = tmp();
    const a = cli(['-q', '-t', '1', '-U', '-o', out1, '-b', 's', join(DATA, 'sim50k.fq.gz')]);
    expect(a.status).toBe(0);
    const b = cli(['-q', '-t', '2', '-U', '-o', out2, '-b', 's', join(DATA, 'sim50k.fq.gz')]);
    expect(b.status).toBe(0);
    ours = readJson(join(out1, 's.vidjil'));
  });

  it('segments the same reads and finds the top-100 clones with the same loci and counts', () => {
    const seg = ours.reads.segmented[0];
    expect(Math.abs(seg / ref.reads.segmented[0] - 1)).toBeLessThanOrEqual(0.001);
    const top = [...ref.clones].sort((a: any, b: any) => b.reads[0] - a.reads[0]).slice(0, 100);
    const o = byId(ours.clones);
    const shared = top.filter((c: any) => o.has(c.id));
    expect(shared.length).toBeGreaterThanOrEqual(99);
    expect(shared.filter((c: any) => o.get(c.id).germline === c.germline).length).toBeGreaterThanOrEqual(99);
    expect(shared.filter((c: any) => o.get(c.id).reads[0] === c.reads[0]).length).toBeGreaterThanOrEqual(95);
    expect(ours.samples.log).toEqual(ref.samples.log);
    expect(ours.warn).toEqual(ref.warn);
  });

  it('names at least 95 of the 100 top clones as vidjil-algo does', () => {
    const o = byId(ours.clones);
    const top = ref.clones.filter((c: any) => c.top <= 100);
    const same = top.filter((c: any) => o.get(c.id)?.name === c.name).length;
    expect(same).toBeGreaterThanOrEqual(95);
  });

  it('detects recombined reads, with the right locus, and not the noise (-U vs truth)', () => {
    const truth = new Map<string, string>();
    for (const line of readFileSync(join(DATA, 'sim50k.truth.tsv'), 'utf8').split('\n').slice(1)) {
      const f = line.split('\t');
      if (f.length > 2) truth.set(f[0]!, f[2]!);
    }
    const detected = new Map<string, string>();
    for (const line of readFileSync(join(out1, 's.detected.vdj.fa'), 'utf8').split('\n')) {
      if (!line.startsWith('>')) continue;
      const f = line.slice(1).split(' ');
      detected.set(f[0]!, f[8]!);
    }
    const rec = [...truth].filter(([, l]) => l !== 'none');
    const noise = truth.size - rec.length;
    const found = rec.filter(([r]) => detected.has(r));
    const right = found.filter(([r, l]) => detected.get(r) === l);
    const noiseFound = [...truth].filter(([r, l]) => l === 'none' && detected.has(r)).length;
    expect(found.length / rec.length).toBeGreaterThanOrEqual(0.995);
    expect(right.length / found.length).toBeGreaterThanOrEqual(0.998);
    expect(noiseFound / noise).toBeLessThanOrEqual(0.001);
  });

  it('designates only the top -z clones and builds representatives only for the top -y (clones finished early included)', () => {
    const out = tmp();
    const r = cli(['-q', '-t', '2', '-z', '3', '-y', '5', '-o', out, '-b', 's', join(DATA, 'sim50k.fq.gz')]);
    expect(r.status).toBe(0);
    const small = readJson(join(out, 's.vidjil'));
    const full = byId(ours.clones);
    for (const c of small.clones) {
      const d = full.get(c.id);
      if (c.top <= 3) {
        expect(c.name, `clone ${c.top}`).toBe(d.name);
        expect(c.seg, `clone ${c.top}`).toEqual(d.seg);
      } else {
        expect(c.name, `clone ${c.top}`).toBeUndefined();
        expect(c.seg?.affectValues, `clone ${c.top}`).toBeUndefined();
      }
      if (c.top <= 5) {
        expect(c.sequence, `clone ${c.top}`).toBe(d.sequence);
        expect(c.seg.evalue, `clone ${c.top}`).toEqual(d.seg.evalue);
      } else expect(c.sequence, `clone ${c.top}`).toBe(0);
    }
    expect(small.clones.filter((c: any) => c.top <= 5)).toHaveLength(5);
  });

  it('gives identical outputs with 1 and 2 threads', () => {
    const a = readJson(join(out1, 's.vidjil'));
    const b = readJson(join(out2, 's.vidjil'));
    for (const x of [a, b]) {
      delete x.samples.run_timestamp;
      delete x.samples.commandline;
      delete x.config.dir;
    }
    expect(b).toEqual(a);
    for (const f of ['s.windows.fa', 's.detected.vdj.fa', 's.tsv']) {
      expect(readFileSync(join(out2, f), 'utf8')).toBe(readFileSync(join(out1, f), 'utf8'));
    }
  });
});
