/** Small sequence helpers for designation. */

const COMP: Record<string, string> = {
  A: 'T', C: 'G', G: 'C', T: 'A', N: 'N',
  R: 'Y', Y: 'R', S: 'S', W: 'W', K: 'M', M: 'K', B: 'V', V: 'B', D: 'H', H: 'D',
  a: 't', c: 'g', g: 'c', t: 'a', n: 'n',
};

export function revcomp(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i]!;
    out += COMP[c] ?? c;
  }
  return out;
}

/** Upper-cases and drops spaces and `.`, as vidjil does when reading sequences. */
export function cleanSequence(s: string): string {
  const u = s.toUpperCase();
  return /[ .]/.test(u) ? u.replace(/[ .]/g, '') : u;
}

export function toBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

export function reversedBytes(s: string): Uint8Array {
  const n = s.length;
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = s.charCodeAt(n - 1 - i);
  return b;
}
