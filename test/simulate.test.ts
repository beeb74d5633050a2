import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGermlines } from '../src/germline/preset.js';
import { defaultGermlinePath, formatFastq, reverseComplement, simulate, writeSimulation } from '../bench/simulate.js';

const germline = loadGermlines([defaultGermlinePath()]);
const N = 4000;
const reads = simulate({ reads: N, seed: 7, germline });
const scratch = mkdtempSync(join(tmpdir(), 'vidjil-sim-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Parses FASTQ text strictly: 4-line records, '@' header, '+' separator, qual length = seq length. */
function parseFastq(text: string): Array<{ name: string; seq: string; qual: string }> {
  const lines = text.split('\n');
  expect(lines.pop()).toBe('');
  expect(lines.length % 4).toBe(0);
  const out = [];
  for (let i = 0; i < lines.length; i += 4) {
    expect(lines[i]!.startsWith('@')).toBe(true);
    expect(lines[i + 2]).toBe('+');
    expect(lines[i + 3]!.length).toBe(lines[i + 1]!.length);
    out.push({ name: lines[i]!.slice(1), seq: lines[i + 1]!, qual: lines[i + 3]! });
  }
  return out;
}

describe('bench/simulate', () => {
  it('is deterministic: same seed, same reads; other seed, other reads', () => {
    const again = simulate({ reads: N, seed: 7, germline });
    expect(again).toEqual(reads);
    const other = simulate({ reads: N, seed: 8, germline });
    expect(other.map((r) => r.seq)).not.toEqual(reads.map((r) => r.seq));
  });

  it('produces the requested number of reads, with unique names', () => {
    expect(reads.length).toBe(N);
    expect(new Set(reads.map((r) => r.name)).size).toBe(N);
    expect(simulate({ reads: 0, seed: 1, germline })).toEqual([]);
    expect(simulate({ reads: 123, seed: 1, germline }).length).toBe(123);
  });

  it('has ~10% noise reads of both kinds', () => {
    const noise = reads.filter((r) => r.noise);
    expect(noise.length).toBe(Math.round(N * 0.1));
    const kinds = new Set(noise.map((r) => r.noiseKind));
    expect(kinds).toEqual(new Set(['random', 'germline-V']));
    for (const r of noise) expect(r.clone).toBe(-1);
  });

  it('has both strands in about equal proportion', () => {
    const minus = reads.filter((r) => r.strand === '-').length;
    expect(minus / N).toBeGreaterThan(0.45);
    expect(minus / N).toBeLessThan(0.55);
  });

  it('covers all loci, reads 120-300 nt, power-law clone sizes', () => {
    const many = simulate({ reads: 3000, seed: 5, germline, clones: 600 });
    const loci = new Set(many.filter((r) => !r.noise).map((r) => r.locus));
    for (const l of ['IGH', 'IGK', 'IGL', 'TRA', 'TRB', 'TRG', 'TRD', 'IGH+', 'IGK+', 'TRD+']) expect(loci.has(l)).toBe(true);
    for (const r of reads) {
      expect(r.seq.length).toBeGreaterThanOrEqual(120);
      expect(r.seq.length).toBeLessThanOrEqual(300);
      expect(r.seq).toMatch(/^[ACGT]+$/);
    }
    const sizes = new Map<number, number>();
    for (const r of reads) if (!r.noise) sizes.set(r.clone, (sizes.get(r.clone) ?? 0) + 1);
    expect(sizes.get(0)!).toBeGreaterThan(sizes.get(1)!);
    expect(sizes.get(1)!).toBeGreaterThan(sizes.get(9)!);
  });

  it('reads of a clone end with the complete 3\' gene (no errors)', () => {
    const clean = simulate({ reads: 300, seed: 3, germline, errors: 0, noise: 0 });
    const jSeqs = new Map<string, string>();
    for (const o of germline.objects) for (const g of o.j.genes) jSeqs.set(g.label, g.seq);
    for (const r of clean) {
      const fwd = r.strand === '-' ? reverseComplement(r.seq) : r.seq;
      const j = jSeqs.get(r.j)!;
      // J trimmed 0-8 at its 5' end, at most 70 nt kept; a random pad may follow short 3' parts.
      const tail = j.slice(8, 8 + Math.min(40, j.length - 8));
      expect(fwd.includes(tail)).toBe(true);
    }
  });

  it('igh-only mode: fixed length, IGH only, no noise', () => {
    const igh = simulate({ reads: 50, seed: 1, germline, ighOnly: true, length: 350 });
    expect(igh.length).toBe(50);
    for (const r of igh) {
      expect(r.locus).toBe('IGH');
      expect(r.seq.length).toBe(350);
      expect(r.noise).toBe(false);
    }
  });

  it('writes valid (gzipped) FASTQ and FASTA', async () => {
    const fq = join(scratch, 's.fq.gz');
    expect(await writeSimulation({ reads: 500, seed: 2, germline, out: fq })).toBe(500);
    const parsed = parseFastq(gunzipSync(readFileSync(fq)).toString('utf8'));
    const expected = simulate({ reads: 500, seed: 2, germline });
    expect(parsed.length).toBe(500);
    parsed.forEach((p, i) => {
      expect(p.name).toBe(expected[i]!.name);
      expect(p.seq).toBe(expected[i]!.seq);
      expect(p.qual).toMatch(/^I+$/);
    });
    expect(formatFastq(expected[0]!)).toBe(`@read0\n${expected[0]!.seq}\n+\n${'I'.repeat(expected[0]!.seq.length)}\n`);

    const fa = join(scratch, 's.fa');
    await writeSimulation({ reads: 20, seed: 2, germline, out: fa });
    const lines = readFileSync(fa, 'utf8').trimEnd().split('\n');
    expect(lines.length).toBe(40);
    expect(lines[0]).toBe('>read0');
  });
});
