/**
 * 2-bit nucleotide code from an ASCII code, as vidjil's automaton maps characters:
 * A→0, C→1, G→2, T→3, and any other letter folds onto one of them (N reads as G).
 */
export function nucCode(c: number): number {
  return ((c & 4) >> 1) | (((c & 4) >> 2) ^ ((c & 2) >> 1));
}

/** Lookup table of nucCode for all 256 byte values. */
export const NUC_CODE: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (let c = 0; c < 256; c++) t[c] = nucCode(c);
  return t;
})();

/** 1 for A/C/G/T (upper-case), 0 otherwise. */
export const IS_ACGT: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (const c of 'ACGT') t[c.charCodeAt(0)] = 1;
  return t;
})();

const COMPLEMENT: Record<string, string> = {
  A: 'T', C: 'G', G: 'C', T: 'A', N: 'N', a: 't', c: 'g', g: 'c', t: 'a', n: 'n',
  R: 'Y', Y: 'R', K: 'M', M: 'K', S: 'S', W: 'W', B: 'V', V: 'B', D: 'H', H: 'D',
};

export function revcomp(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += COMPLEMENT[s[i]!] ?? s[i]!;
  return out;
}
