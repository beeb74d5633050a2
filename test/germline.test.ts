import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGermlines } from '../src/germline/preset.js';
import { buildKmerIndex } from '../src/kmer/index.js';
import { DATA, PRESET, cli, tmp } from './helpers.js';

describe('germline presets', () => {
  const g = loadGermlines([PRESET]);

  it('builds the 15 human germline objects in vidjil order', () => {
    expect(g.objects.map((o) => o.code)).toEqual([
      'IGH', 'IGK', 'IGL', 'TRA', 'TRB', 'TRD', 'TRG',
      'IGH+', 'IGK+', 'TRA+D', 'TRA+D', 'TRB+', 'TRD+', 'TRD+', 'TRD+',
    ]);
    const igh = g.objects[0]!;
    expect(igh.v.genes).toHaveLength(365);
    expect(igh.v.totalSize).toBe(106739);
    expect(igh.d.totalSize).toBe(1070);
    expect(igh.j.totalSize).toBe(701);
    expect(g.objects[8]!.v.genes).toHaveLength(109); // IGKV + IGK-INTRON
    expect(igh.labels).toEqual({ v: 'H', d: 'V', j: 'h' });
    expect(g.objects[12]!.labels).toEqual({ v: 'D', d: 'r', j: 'd' });
  });

  it('keeps the Cys104 / Phe-Trp118 marks of regular systems only', () => {
    const igh = g.objects[0]!;
    const v = igh.v.genes.find((x) => x.label === 'IGHV3-74*02')!;
    expect(v.seq.slice(v.mark - 1, v.mark + 2)).toBe('TGT'); // Cys
    const j = igh.j.genes.find((x) => x.label === 'IGHJ4*02')!;
    expect(j.seq.slice(j.mark - 3, j.mark)).toBe('TGG'); // Trp
    expect(igh.v.genes.filter((x) => x.mark === 0)).toHaveLength(10);
    expect(g.objects[7]!.j.genes.every((x) => x.mark === 0)).toBe(true);
  });

  it('index loads match vidjil (Germlines loaded: IGH 0.080%, TRD+ 0.858%)', () => {
    const idx = buildKmerIndex(g.objects);
    expect((100 * idx.loads[0 * 8 + 2]!).toFixed(3)).toBe('0.080');
    expect((100 * idx.loads[12 * 8 + 2]!).toFixed(3)).toBe('0.858');
  });

  it('filters systems with file.g:CODES (exact codes)', () => {
    const f = loadGermlines([`${PRESET}:IGH,TRG`]);
    expect(f.objects.map((o) => o.code)).toEqual(['IGH', 'TRG']);
    expect(() => loadGermlines([`${PRESET}:XYZ`])).toThrow(/no matching germlines/);
  });

  it('reports missing or malformed presets and FASTA files clearly', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.g'), '{ "systems": ');
    mkdirSync(join(dir, 'p'));
    writeFileSync(join(dir, 'missing.g'), JSON.stringify({ path: 'p', systems: { IGH: { shortcut: 'H', recombinations: [{ 5: ['V.fa'], 3: ['J.fa'] }] } } }));
    const cases: Array<[string, RegExp]> = [
      [join(dir, 'nope.g'), /nope\.g: cannot read germline preset/],
      [join(dir, 'bad.g'), /bad\.g: malformed germline preset JSON/],
      [join(dir, 'missing.g'), /V\.fa: cannot read germline file/],
    ];
    for (const [arg, re] of cases) {
      const r = cli(['-q', '-t', '1', '-g', arg, '-o', dir, join(DATA, 'Demo-X5.fa')]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(re);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
