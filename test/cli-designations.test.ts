import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA, REF, cli, readJson, tmp } from './helpers.js';

describe('CLI -c designations (what the analyze endpoint returns)', () => {
  it('Demo-X5: same names, junctions, germlines and read counts as vidjil-algo, with 1 or 2 threads', () => {
    const ref = readJson(join(REF, 'Demo-X5.designations.vidjil'));
    const outs = [1, 2].map((t) => {
      const dir = tmp();
      const r = cli(['-c', 'designations', '-q', '-t', String(t), '-o', dir, '-b', 'x5', join(DATA, 'Demo-X5.fa')]);
      expect(r.status).toBe(0);
      return { json: readJson(join(dir, 'x5.vidjil')), tsv: readFileSync(join(dir, 'x5.tsv'), 'utf8') };
    });
    for (const { json } of outs) {
      expect(json.reads).toEqual(ref.reads);
      expect(json.clones.map((c: any) => [c.id, c.germline, c.name, c.seg?.junction?.aa])).toEqual(
        ref.clones.map((c: any) => [c.id, c.germline, c.name, c.seg?.junction?.aa]),
      );
      expect(Object.keys(json).sort()).toEqual(Object.keys(ref).sort());
    }
    expect(outs[1]!.json.clones).toEqual(outs[0]!.json.clones);
    expect(outs[0]!.tsv).toBe(readFileSync(join(REF, 'Demo-X5.designations.tsv'), 'utf8'));
  });

  it('gives vidjil-algo\'s names on curated files', () => {
    const files = ['BRI_IGH', 'BRI_IGK', '0000-nck-TRB', '0000-nck-TRD+-VDDJ', '2767-Debre-IGH'];
    for (const f of files) {
      const dir = tmp();
      const r = cli(['-c', 'designations', '-q', '-t', '1', '-o', dir, '-b', f, join(DATA, 'should-vdj', `${f}.should-vdj.fa`)]);
      expect(r.status).toBe(0);
      const ours = readJson(join(dir, `${f}.vidjil`));
      const ref = readJson(join(REF, 'should-vdj', `${f}.should-vdj.vidjil`));
      expect(ours.clones.map((c: any) => c.name)).toEqual(ref.clones.map((c: any) => c.name));
    }
  });
});
