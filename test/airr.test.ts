/**
 * AIRR rearrangement TSV from designations: byte-identical to vidjil-algo's `.tsv` on Demo-X5 and
 * the API example, and valid for `airr-tools validate rearrangement` (python3-airr).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { designate } from '../src/designate/designate.js';
import { chooseForDesignation } from '../src/detect/choose.js';
import { type Detector, createDetector } from '../src/detect/detect.js';
import { loadGermlines } from '../src/germline/preset.js';
import { readSequences } from '../src/io/reads.js';
import { buildKmerIndex } from '../src/kmer/index.js';
import { AIRR_COLUMNS, airrHeader, airrRow, airrTsv } from '../src/output/airr.js';
import { cloneFromDesignation } from '../src/output/seg.js';
import { DATA, PRESET, REF, readJson, tmp } from './helpers.js';

let det: Detector;

beforeAll(() => {
  const gs = loadGermlines([PRESET]);
  det = createDetector(gs, buildKmerIndex(gs.objects));
});

async function designationsTsv(fa: string): Promise<string> {
  const clones = [];
  let k = 0;
  for await (const batch of readSequences(fa)) {
    for (const r of batch) {
      const { object, reversed } = chooseForDesignation(r.seq, det);
      const d = designate(r.seq, object, reversed);
      clones.push(cloneFromDesignation(d, { id: String(++k).padStart(6, '0'), label: r.label, sequence: r.seq }));
    }
  }
  return airrTsv(clones);
}

function hasAirrTools(): boolean {
  const r = spawnSync('airr-tools', ['--version'], { encoding: 'utf8' });
  return !r.error;
}

describe('AIRR TSV', () => {
  it('header: the vidjil-algo columns, each followed by a tab', () => {
    const ref = readFileSync(join(REF, 'Demo-X5.designations.tsv'), 'utf8').split('\n')[0] + '\n';
    expect(airrHeader()).toBe(ref);
    expect(AIRR_COLUMNS.length).toBe(30);
  });

  it('Demo-X5: identical to vidjil-algo', async () => {
    const mine = await designationsTsv(join(DATA, 'Demo-X5.fa'));
    expect(mine).toBe(readFileSync(join(REF, 'Demo-X5.designations.tsv'), 'utf8'));
  });

  it('api-example: identical to vidjil-algo', async () => {
    const mine = await designationsTsv(join(DATA, 'api-example.fa'));
    expect(mine).toBe(readFileSync(join(REF, 'api-example.designations.tsv'), 'utf8'));
  });

  it('rows from the reference .vidjil clones equal the reference .tsv rows', () => {
    const clones = readJson(join(REF, 'Demo-X5.designations.vidjil')).clones;
    const rows = readFileSync(join(REF, 'Demo-X5.designations.tsv'), 'utf8').split('\n').slice(1, -1);
    expect(clones.map((c: any) => airrRow(c).slice(0, -1))).toEqual(rows);
  });

  it('airr-tools validate rearrangement accepts our Demo-X5 TSV', async () => {
    if (!hasAirrTools()) {
      throw new Error(
        "'airr-tools' not found: install the Debian package python3-airr (apt-get install -y python3-airr) to run the AIRR validation",
      );
    }
    const file = join(tmp(), 'Demo-X5.designations.tsv');
    writeFileSync(file, await designationsTsv(join(DATA, 'Demo-X5.fa')));
    const r = spawnSync('airr-tools', ['validate', 'rearrangement', '-a', file], { encoding: 'utf8' });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/error/i);
  }, 60_000);
});
