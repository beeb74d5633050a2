import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeSequences, createAnalyzer, designate } from '../src/index.js';
import { DATA, PRESET, REF, readJson } from './helpers.js';

describe('library API', () => {
  const an = createAnalyzer({ germline: [PRESET] });

  it('analyzeSequences gives the analyze-endpoint answer of vidjil-algo (api-example)', async () => {
    const ref = readJson(join(REF, 'api-example.designations.vidjil'));
    const ours: any = await analyzeSequences(readFileSync(join(DATA, 'api-example.fa'), 'utf8'), { analyzer: an });
    expect(ours.clones.map((c: any) => c.name)).toEqual(ref.clones.map((c: any) => c.name));
    expect(ours.clones.map((c: any) => c.seg?.junction)).toEqual(ref.clones.map((c: any) => c.seg?.junction));
    expect(ours.reads).toEqual(ref.reads);
  });

  it('designate names one sequence as vidjil-algo does (Demo-X5 IGH)', () => {
    const ref = readJson(join(REF, 'Demo-X5.designations.vidjil'));
    const c = ref.clones[0];
    const d = designate(c.sequence, an);
    expect(d.designated).toBe(true);
    expect(d.name).toBe(c.name);
    expect(d.junction?.aa).toBe(c.seg.junction.aa);
  });

  it('analyze runs the clones pipeline on a file', async () => {
    const ref = readJson(join(REF, 'Demo-X5.clones.vidjil'));
    const { vidjil } = await analyze(join(DATA, 'Demo-X5.fa'), { analyzer: an, minReads: 1, threads: 1 });
    const ids = (vidjil.clones as any[]).map((c) => c.id).sort();
    expect(ids).toEqual(ref.clones.map((c: any) => c.id).sort());
    expect((vidjil.reads as any).segmented).toEqual(ref.reads.segmented);
  });
});
