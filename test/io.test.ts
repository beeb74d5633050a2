import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { InputError, estimateReadCount, readBatches, readSequences } from '../src/io/reads.js';
import { seqAt } from '../src/io/batch.js';
import { DATA, cli, tmp } from './helpers.js';

async function readAll(path: string) {
  const out = [];
  for await (const b of readSequences(path)) out.push(...b);
  return out;
}

/** Every read of readBatches as `label|sequence|quality`, and the error it ends with. */
async function viaBatches(path: string) {
  const reads: string[] = [];
  try {
    for await (const b of readBatches(path, { withLabels: true, batchSize: 100 })) {
      for (let i = 0; i < b.count; i++) {
        const q = b.quals ? Buffer.from(b.quals.subarray(b.starts[i], b.starts[i + 1]! - 1)).toString('latin1') : '';
        reads.push(`${b.labels![i]}|${seqAt(b, i)}|${q}`);
      }
    }
  } catch (e) {
    return { reads, error: (e as Error).message };
  }
  return { reads, error: null };
}

/** The same from readSequences (the line-by-line record parser), in batches of the same size. */
async function viaRecords(path: string) {
  const reads: string[] = [];
  try {
    for await (const b of readSequences(path, { batchSize: 100 })) for (const r of b) reads.push(`${r.label}|${r.seq}|${r.qual ?? ''}`);
  } catch (e) {
    return { reads, error: (e as Error).message };
  }
  return { reads, error: null };
}

describe('batch reader (FASTQ bytes straight into batches)', () => {
  it('reads sim50k.fq.gz and Demo-X5.fa exactly as the record parser does', async () => {
    for (const f of ['sim50k.fq.gz', 'Demo-X5.fa']) {
      const a = await viaBatches(join(DATA, f));
      const b = await viaRecords(join(DATA, f));
      expect(a.error).toBeNull();
      expect(a.reads.length).toBeGreaterThan(0);
      expect(a.reads).toEqual(b.reads);
    }
  });

  it('hands irregular records over to the record parser: same reads, same errors', async () => {
    const lines = gunzipSync(readFileSync(join(DATA, 'sim50k.fq.gz'))).toString('latin1').split('\n').slice(0, 2000);
    const dir = tmp();
    const variants: Record<string, string[]> = {
      lower: lines.map((l, i) => (i === 1001 ? l.toLowerCase() : l)),
      crlf: lines.map((l) => l + '\r'),
      blank: [...lines.slice(0, 1000), '', ...lines.slice(1000)],
      badchar: lines.map((l, i) => (i === 1501 ? 'ACGT1' + l.slice(5) : l)),
      badqual: lines.map((l, i) => (i === 1003 ? l + 'I' : l)),
      truncated: lines.slice(0, 1998),
    };
    for (const [name, v] of Object.entries(variants)) {
      const path = join(dir, `${name}.fq`);
      writeFileSync(path, v.join('\n') + '\n');
      const a = await viaBatches(path);
      const b = await viaRecords(path);
      expect(a.error, name).toBe(b.error);
      expect(a.reads, name).toEqual(b.reads);
    }
    // Without a final newline.
    writeFileSync(join(dir, 'nonl.fq'), lines.join('\n'));
    expect((await viaBatches(join(dir, 'nonl.fq'))).reads).toHaveLength(500);
  });
});

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
      expect((await viaBatches(join(DATA, 'malformed', file))).error).toMatch(re);
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

  it('CLI: a truncated .gz file is reported, with no output file', () => {
    const dir = tmp();
    const gz = readFileSync(join(DATA, 'sim50k.fq.gz'));
    const cut = join(dir, 'cut.fq.gz');
    writeFileSync(cut, gz.subarray(0, gz.length >> 1));
    for (const t of ['1', '2']) {
      const r = cli(['-q', '-t', t, '-o', dir, cut]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^vidjil-ts: error: .*cut\.fq\.gz: cannot decompress or read input \(unexpected end of file\)\n$/);
      expect(existsSync(join(dir, 'cut.vidjil'))).toBe(false);
    }
  });
});
