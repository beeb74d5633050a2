import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { InputError, estimateReadCount, readSequences } from '../src/io/reads.js';
import { DATA, cli, tmp } from './helpers.js';

async function readAll(path: string) {
  const out = [];
  for await (const b of readSequences(path)) out.push(...b);
  return out;
}

describe('FASTA/FASTQ reader', () => {
  it('reads Demo-X5 (comments, wrapped lines, labels)', async () => {
    const reads = await readAll(join(DATA, 'Demo-X5.fa'));
    expect(reads).toHaveLength(14);
    expect(reads[0]!.label).toBe('IGHV3-74*02');
    expect(reads.every((r) => /^[ACGTN]+$/.test(r.seq))).toBe(true);
  });

  it('streams gzipped FASTQ with qualities', async () => {
    let n = 0;
    let withQual = 0;
    for await (const b of readSequences(join(DATA, 'sim50k.fq.gz'))) {
      n += b.length;
      withQual += b.filter((r) => r.qual && r.qual.length === r.seq.length).length;
    }
    expect(n).toBe(50000);
    expect(withQual).toBe(50000);
  });

  it("estimates the read count like vidjil (gz: compressed size, hence W21 on sim50k)", async () => {
    expect(await estimateReadCount(join(DATA, 'Demo-X5.fa'))).toBe(14);
    const n = await estimateReadCount(join(DATA, 'sim50k.fq.gz'));
    expect(n).toBeGreaterThan(1000);
    expect(n).toBeLessThan(50000 / 5);
  });

  const expected: Record<string, RegExp> = {
    'malformed1.fq': /malformed1\.fq:3: expected a '\+' separator/,
    'malformed2.fq': /malformed2\.fq:1: truncated FASTQ record/,
    'malformed3.fq': /malformed3\.fq:4: quality length 8 differs from sequence length 5/,
    'malformed4.fq': /malformed4\.fq:3: truncated FASTQ record .*quality missing/,
    'malformed5.fq': /malformed5\.fq:2: truncated FASTQ record .*'\+' line missing/,
    'malformed7.fq': /malformed7\.fq:5: truncated FASTQ record/,
  };
  for (const [file, re] of Object.entries(expected)) {
    it(`rejects ${file} with file and line`, async () => {
      await expect(readAll(join(DATA, 'malformed', file))).rejects.toThrow(re);
      await expect(readAll(join(DATA, 'malformed', file))).rejects.toBeInstanceOf(InputError);
    });
  }

  it('covers every malformed sample', () => {
    const files = readdirSync(join(DATA, 'malformed')).sort();
    expect(files).toEqual([...Object.keys(expected), 'malformed6.fq'].sort());
  });

  it('CLI: malformed input gives one clear line, exit 1, and no output file', () => {
    for (const f of [...Object.keys(expected), 'malformed6.fq']) {
      const dir = tmp();
      const r = cli(['-q', '-t', '1', '-o', dir, '-b', 'x', join(DATA, 'malformed', f)]);
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^vidjil-ts: error: .*${f.replace('.', '\\.')}`));
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it('CLI: an empty file is an error naming the file (documented choice)', () => {
    const dir = tmp();
    const r = cli(['-q', '-t', '1', '-o', dir, join(DATA, 'malformed', 'malformed6.fq')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/malformed6\.fq: no sequences found \(empty input\)/);
    expect(existsSync(join(dir, 'malformed6.vidjil'))).toBe(false);
  });

  it('CLI: wrong characters and missing files are reported', () => {
    const dir = tmp();
    const bad = cli(['-q', '-t', '1', '-o', dir, '-'], '>r1\nACGT\n>r2\nAC1GT\n');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/-:4: unexpected character '1'/);
    const missing = cli(['-q', '-t', '1', '-o', dir, join(DATA, 'nope.fa')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.fa: cannot read input \(no such file\)/);
  });
});
