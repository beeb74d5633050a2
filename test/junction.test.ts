/**
 * Junction / CDR3 computation, checked on the boxes and anchors of the real vidjil-algo outputs
 * (independently of our own alignment), plus hand-made edge cases.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { revcomp } from '../src/designate/seqs.js';
import { computeJunction } from '../src/junction/junction.js';
import { cppSubstr, translate } from '../src/junction/translate.js';
import { REF, readJson } from './helpers.js';

describe('translation', () => {
  it('standard code, stops, trailing partial codon', () => {
    expect(translate('TGTGCGAGA')).toBe('CAR');
    expect(translate('TAGTAATGA')).toBe('***');
    expect(translate('TGGGG')).toBe('W#');
    expect(translate('T')).toBe('#');
    expect(translate('')).toBe('');
  });
  it('N reads as G (vidjil 2-bit code)', () => {
    expect(translate('TNG')).toBe(translate('TGG'));
    expect(translate('NNN')).toBe('G');
  });
  it('C++ substr with a negative length goes to the end', () => {
    expect(cppSubstr('ABCDEF', 2, -3)).toBe('CDEF');
    expect(cppSubstr('ABCDEF', 2, 2)).toBe('CD');
    expect(cppSubstr('ABCDEF', 9, 2)).toBe('');
  });
});

describe('junction rules on hand-made sequences', () => {
  // C    A    R    Y    W    G    Q    G
  const inFrame = 'TGTGCGAGATACTGGGGCCAGGGA';
  it('productive IGH junction with the WGQG motif', () => {
    const j = computeJunction({ seq: inFrame, vMark: 1, jMark: 15, vStart: 0, jStart: 9, jEnd: 23, code: 'IGH' })!;
    expect(j).toMatchObject({ start: 1, stop: 15, aa: 'CARYW', productive: true });
    expect(j.cdr3).toEqual({ start: 4, stop: 12, seq: 'GCGAGATAC', aa: 'ARY' });
    expect(j.unproductive).toBeUndefined();
  });
  it('PGxG is accepted, anything else on IGH is no-WPGxG-pattern', () => {
    const p = 'TGTGCGAGATACCCGGGCCAGGGA';
    expect(computeJunction({ seq: p, vMark: 1, jMark: 15, vStart: 0, jStart: 9, jEnd: 23, code: 'IGH' })!.productive).toBe(true);
    const bad = 'TGTGCGAGATACTGGAAACAGGGA';
    const j = computeJunction({ seq: bad, vMark: 1, jMark: 15, vStart: 0, jStart: 9, jEnd: 23, code: 'IGH' })!;
    expect(j).toMatchObject({ productive: false, unproductive: 'no-WPGxG-pattern' });
    // not IGH: no motif check
    expect(computeJunction({ seq: bad, vMark: 1, jMark: 15, vStart: 0, jStart: 9, jEnd: 23, code: 'TRB' })!.productive).toBe(true);
    // too few nucleotides after the Trp codon
    const short = inFrame.slice(0, 20);
    expect(computeJunction({ seq: short, vMark: 1, jMark: 15, vStart: 0, jStart: 9, jEnd: 19, code: 'IGH' })!.unproductive).toBe(
      'no-WPGxG-pattern',
    );
  });
  it('stop codon in the junction frame', () => {
    const s = 'TGTTAGAGATACTGGGGCCAGGGA';
    const j = computeJunction({ seq: s, vMark: 1, jMark: 15, vStart: 0, jStart: 9, jEnd: 23, code: 'TRB' })!;
    expect(j).toMatchObject({ productive: false, unproductive: 'stop-codon', aa: 'C*RYW' });
  });
  it('too short and absent junctions', () => {
    expect(computeJunction({ seq: 'TGTTTT', vMark: 1, jMark: 6, vStart: 0, jStart: 3, jEnd: 5, code: 'TRG' })).toEqual({
      start: 1,
      stop: 6,
      aa: '',
      productive: false,
      unproductive: 'too-short',
    });
    expect(computeJunction({ seq: 'TGTTT', vMark: 1, jMark: 5, vStart: 0, jStart: 3, jEnd: 4, code: 'TRG' })).toBeUndefined();
    expect(computeJunction({ seq: inFrame, vMark: 0, jMark: 15, vStart: 0, jStart: 9, jEnd: 23, code: 'IGH' })).toBeUndefined();
  });
  it('out of frame: # before the first whole J codon', () => {
    const s = 'TGTGCGAGATACATGGGGCCAGGGA'; // one extra nucleotide
    const j = computeJunction({ seq: s, vMark: 1, jMark: 16, vStart: 0, jStart: 10, jEnd: 24, code: 'IGH' })!;
    expect(j.unproductive).toBe('out-of-frame');
    expect(j.productive).toBe(false);
    expect(j.aa.includes('#')).toBe(true);
    expect(j.aa.endsWith('W')).toBe(true);
  });
});

describe('junctions of the vidjil-algo reference outputs', () => {
  it('recomputed from the reference anchors and boxes', () => {
    const files = [
      ...readdirSync(join(REF, 'should-vdj')).map((f) => join(REF, 'should-vdj', f)),
      join(REF, 'Demo-X5.designations.vidjil'),
      join(REF, 'api-example.designations.vidjil'),
      join(REF, 'sim50k.clones.vidjil'),
    ];
    let n = 0;
    let ok = 0;
    for (const f of files) {
      for (const c of readJson(f).clones ?? []) {
        const seg = c.seg;
        if (!seg?.junction || !seg['5'] || !seg['3']) continue;
        n++;
        const L = c.sequence.length;
        // positions refer to the analysed strand: find it from the reference junction itself
        const fwdOk = seg.cdr3 ? c.sequence.substr(seg.cdr3.start - 1, seg.cdr3.seq.length) === seg.cdr3.seq : true;
        const S = fwdOk ? c.sequence : revcomp(c.sequence);
        const j = computeJunction({
          seq: S,
          vMark: seg.junction.start,
          jMark: seg.junction.stop,
          vStart: seg['5'].start !== undefined ? seg['5'].start - 1 : 0,
          jStart: seg['3'].start - 1,
          jEnd: seg['3'].stop !== undefined ? seg['3'].stop - 1 : L - 1,
          code: c.germline,
        });
        const got = j && {
          junction: { aa: j.aa, productive: j.productive, start: j.start, stop: j.stop, unproductive: j.unproductive },
          cdr3: j.cdr3,
        };
        const want = { junction: { unproductive: undefined, ...seg.junction }, cdr3: seg.cdr3 };
        if (sameJunction(got, want)) ok++;
        else console.log(`${f} ${c.id}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
      }
    }
    console.log(`reference junctions recomputed: ${ok}/${n}`);
    expect(n).toBeGreaterThan(150);
    expect(ok).toBe(n);
  });
});

function sameJunction(got: any, want: any): boolean {
  if (!got) return false;
  const j = (x: any) => JSON.stringify([x.aa, x.productive, x.start, x.stop, x.unproductive ?? null]);
  const c = (x: any) => (x ? JSON.stringify([x.aa, x.seq, x.start, x.stop]) : 'none');
  return j(got.junction) === j(want.junction) && c(got.cdr3) === c(want.cdr3);
}
