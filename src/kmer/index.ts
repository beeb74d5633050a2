import type { GermlineObject, Seed } from '../germline/types.js';
import { IS_ACGT, NUC_CODE } from './encode.js';

/**
 * Affect codes, 4 bits per germline object: unknown, ambiguous, then (part, strand) pairs.
 * A code ≥ AFFECT_V_FWD is a resolved k-mer; its strand is the low bit (0 = +, 1 = −).
 */
export const AFFECT_UNKNOWN = 0;
export const AFFECT_AMBIGUOUS = 1;
export const AFFECT_V_FWD = 2;
export const AFFECT_V_REV = 3;
export const AFFECT_D_FWD = 4;
export const AFFECT_D_REV = 5;
export const AFFECT_J_FWD = 6;
export const AFFECT_J_REV = 7;

/** Objects sharing one table: at most 8 (4 bits each in a 32-bit value). */
const SLOTS_PER_TABLE = 8;
/**
 * Direct-addressed tables up to 2^20 keys; larger key spaces use open addressing over
 * interleaved (key, value) pairs, so that a lookup touches one cache line and the tables
 * stay small enough for the last-level cache.
 */
const MAX_DIRECT_BITS = 20;
/** Hash bits of the presence filter of hashed tables (2^22 bits = 512 KB). */
const FILTER_BITS = 22;

/**
 * One k-mer table shared by all germline objects that use the same seed. Symmetric seeds are
 * keyed on their `#` positions only (equivalent to vidjil's expansion of `-` into 4 words);
 * asymmetric seeds store every expanded concrete word, since the forward and reverse
 * strands then use different wildcard positions.
 */
export interface KmerTable {
  seed: Seed;
  /** Key on `#` positions only (symmetric seed), or on the whole concrete word. */
  keyed: boolean;
  /** Runs of compared positions, for building keys from a concrete word: [shift, mask, outShift]. */
  runs: Int32Array;
  keyBits: number;
  /** Direct table (keyBits ≤ 20) or null. */
  direct: Uint32Array | null;
  /** Open addressing when not direct: slot s holds key at 2s (-1 = empty), value at 2s+1. */
  hash: Int32Array | null;
  hashShift: number;
  /**
   * Presence bitset, small enough for the L2 cache: exact for direct tables, over 22 hash bits
   * for hashed ones. Most read k-mers are absent from most tables, and are answered here.
   */
  filter: Uint32Array;
  filterShift: number;
  /** Germline object indexes stored in this table, by slot. */
  objects: number[];
}

export interface KmerIndex {
  tables: KmerTable[];
  /** For each germline object: its table and slot. */
  tableOf: Int32Array;
  slotOf: Int32Array;
  /** Per object, 8 loads (by affect code) as float32 values; unknown keys get the sum. */
  loads: Float32Array;
  spans: Int32Array;
}

function seedRuns(pattern: string): Int32Array {
  // Positions are counted from the word's 3' end (lowest bits = last nucleotide).
  const span = pattern.length;
  const runs: number[] = [];
  let out = 0;
  let i = span - 1;
  while (i >= 0) {
    if (pattern[i] !== '#') {
      i--;
      continue;
    }
    let j = i;
    while (j - 1 >= 0 && pattern[j - 1] === '#') j--;
    const len = i - j + 1;
    const shift = 2 * (span - 1 - i);
    runs.push(shift, len === 16 ? -1 : (1 << (2 * len)) - 1, out);
    out += 2 * len;
    i = j - 1;
  }
  return Int32Array.from(runs);
}

/** Key of a concrete 2-bit word for a table. */
export function tableKey(t: KmerTable, word: number): number {
  if (!t.keyed) return word;
  const r = t.runs;
  if (r.length === 6) return (((word >>> r[0]!) & r[1]!) << r[2]!) | (((word >>> r[3]!) & r[4]!) << r[5]!);
  if (r.length === 3) return ((word >>> r[0]!) & r[1]!) << r[2]!;
  let k = 0;
  for (let x = 0; x < r.length; x += 3) k |= ((word >>> r[x]!) & r[x + 1]!) << r[x + 2]!;
  return k >>> 0;
}

function hashSlot(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/** Value stored for a key (0 when absent). */
export function tableGet(t: KmerTable, key: number): number {
  const f = t.filter;
  if (t.direct !== null) {
    if ((f[key >>> 5]! & (1 << (key & 31))) === 0) return 0;
    return t.direct[key]!;
  }
  const hp = Math.imul(key, 0x9e3779b1);
  const fb = hp >>> t.filterShift;
  if ((f[fb >>> 5]! & (1 << (fb & 31))) === 0) return 0;
  const h = t.hash!;
  const mask = (h.length >> 1) - 1;
  let slot = hp >>> t.hashShift;
  for (;;) {
    const k = h[slot << 1]!;
    if (k === key) return h[(slot << 1) + 1]! >>> 0;
    if (k === -1) return 0;
    slot = (slot + 1) & mask;
  }
}

/** Position of a key's value (inserting the key when absent), in `direct` or `hash`. */
function tableValueIndex(t: KmerTable, key: number): number {
  if (t.direct !== null) return key;
  const h = t.hash!;
  const mask = (h.length >> 1) - 1;
  let slot = hashSlot(key, t.hashShift);
  for (;;) {
    const k = h[slot << 1]!;
    if (k === key || k === -1) {
      h[slot << 1] = key;
      return (slot << 1) + 1;
    }
    slot = (slot + 1) & mask;
  }
}

/**
 * Rebuilds a table as a right-sized hash (load ≤ 1/2) with a presence filter of ~16 bits per
 * key. Germline alleles share most k-mers, so the final tables are far smaller than their
 * construction bounds: a few MB in all, which keeps lookups in the CPU caches.
 */
function compactTable(t: KmerTable, shared: boolean): KmerTable {
  const entries: number[] = [];
  if (t.direct !== null) {
    for (let k = 0; k < t.direct.length; k++) if (t.direct[k] !== 0) entries.push(k, t.direct[k]!);
  } else {
    const h = t.hash!;
    for (let i = 0; i < h.length; i += 2) if (h[i] !== -1) entries.push(h[i]!, h[i + 1]!);
  }
  const used = entries.length / 2;
  let bits = 10;
  while (2 ** bits < 2 * used) bits++;
  let fbits = 12;
  while (2 ** fbits < 16 * used && fbits < 26) fbits++;
  const bytes = 8 * 2 ** bits;
  const out: KmerTable = {
    ...t,
    direct: null,
    hash: new Int32Array(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes)),
    hashShift: 32 - bits,
    filter: u32(2 ** fbits / 32, shared),
    filterShift: 32 - fbits,
  };
  const h = out.hash!;
  for (let i = 0; i < h.length; i += 2) h[i] = -1;
  const mask = 2 ** bits - 1;
  for (let e = 0; e < entries.length; e += 2) {
    const key = entries[e]!;
    const hp = Math.imul(key, 0x9e3779b1);
    const fb = hp >>> out.filterShift;
    out.filter[fb >>> 5]! |= 1 << (fb & 31);
    let slot = hp >>> out.hashShift;
    while (h[slot << 1] !== -1) slot = (slot + 1) & mask;
    h[slot << 1] = key;
    h[(slot << 1) + 1] = entries[e + 1]!;
  }
  return out;
}

function isSymmetric(p: string): boolean {
  return p === p.split('').reverse().join('');
}


/** Builds the k-mer index of all germline objects (grouped by seed). */
export interface IndexOptions {
  /** Back the tables with SharedArrayBuffers so that worker threads read them without copies. */
  shared?: boolean;
}

function u32(n: number, shared: boolean): Uint32Array {
  return shared ? new Uint32Array(new SharedArrayBuffer(4 * n)) : new Uint32Array(n);
}

export function buildKmerIndex(objects: GermlineObject[], opts: IndexOptions = {}): KmerIndex {
  const shared = opts.shared ?? false;
  const groups = new Map<string, number[][]>();
  for (const o of objects) {
    if (o.seed5.pattern !== o.seed3.pattern || (o.d.genes.length > 0 && o.seed4.pattern !== o.seed5.pattern)) {
      throw new Error(`germline ${o.code}: different seeds per part are not supported`);
    }
    const list = groups.get(o.seed5.pattern) ?? [[]];
    if (list[list.length - 1]!.length === SLOTS_PER_TABLE) list.push([]);
    list[list.length - 1]!.push(o.index);
    groups.set(o.seed5.pattern, list);
  }
  const tables: KmerTable[] = [];
  const tableOf = new Int32Array(objects.length);
  const slotOf = new Int32Array(objects.length);
  const loads = new Float32Array(objects.length * 8);
  const spans = new Int32Array(objects.length);

  for (const [pattern, lists] of groups) {
    for (const members of lists) {
      const seed = objects[members[0]!]!.seed5;
      const keyed = isSymmetric(pattern);
      const keyBits = 2 * (keyed ? seed.weight : seed.span);
      let bound = 0;
      const expand = keyed ? 1 : 4 ** (seed.span - seed.weight);
      for (const m of members) {
        const o = objects[m]!;
        for (const rep of [o.v, o.d, o.j]) for (const g of rep.genes) bound += 2 * expand * Math.max(0, g.seq.length - seed.span + 1);
      }
      const t: KmerTable = {
        seed,
        keyed,
        runs: seedRuns(pattern),
        keyBits,
        direct: null,
        hash: null,
        hashShift: 0,
        filter: new Uint32Array(0),
        filterShift: 32 - FILTER_BITS,
        objects: members,
      };
      if (keyBits <= MAX_DIRECT_BITS) {
        t.direct = u32(2 ** keyBits, shared);
        t.filter = u32(2 ** keyBits / 32, shared);
      }
      else {
        let bits = 10;
        while (2 ** bits < bound * 2) bits++;
        const bytes = 8 * 2 ** bits;
        t.hash = new Int32Array(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
        for (let i = 0; i < t.hash.length; i += 2) t.hash[i] = -1;
        t.filter = u32(2 ** FILTER_BITS / 32, shared);
        t.hashShift = 32 - bits;
      }
      const vals: Uint32Array | Int32Array = t.direct ?? t.hash!;
      members.forEach((m, slot) => {
        const o = objects[m]!;
        tableOf[m] = tables.length;
        slotOf[m] = slot;
        spans[m] = seed.span;
        const created = new Float64Array(8);
        const shiftBits = 4 * slot;
        const insert = (key: number, code: number) => {
          const fb = t.direct !== null ? key : Math.imul(key, 0x9e3779b1) >>> t.filterShift;
          t.filter[fb >>> 5]! |= 1 << (fb & 31);
          const at = tableValueIndex(t, key);
          const v = vals;
          const cur = (v[at]! >>> shiftBits) & 15;
          if (cur === code || cur === AFFECT_AMBIGUOUS) return;
          const next = cur === AFFECT_UNKNOWN ? code : AFFECT_AMBIGUOUS;
          if (cur === AFFECT_UNKNOWN) created[code]!++;
          v[at] = (v[at]! & ~(15 << shiftBits)) | (next << shiftBits);
        };
        // Wildcard positions, as bit shifts in a concrete word, for each strand's pattern.
        const dashShifts = (pat: string) => [...pat].flatMap((c, i) => (c === '-' ? [2 * (seed.span - 1 - i)] : []));
        const fwdDashes = dashShifts(pattern);
        const revDashes = dashShifts([...pattern].reverse().join(''));
        const insertWord = (word: number, dashes: number[], code: number) => {
          if (keyed) {
            insert(tableKey(t, word), code);
            return;
          }
          const n = 4 ** dashes.length;
          for (let e = 0; e < n; e++) {
            let w = word;
            let rest = e;
            for (const sh of dashes) {
              w = (w & ~(3 << sh)) | ((rest & 3) << sh);
              rest >>= 2;
            }
            insert(w, code);
          }
        };
        const span = seed.span;
        const mask = (1 << (2 * span)) - 1;
        const topShift = 2 * (span - 1);
        const parts: Array<[GermlineObject['v'], number]> = [
          [o.v, AFFECT_V_FWD],
          [o.d, AFFECT_D_FWD],
          [o.j, AFFECT_J_FWD],
        ];
        for (const [rep, code] of parts) {
          for (const g of rep.genes) {
            const s = g.seq;
            let fwd = 0;
            let rev = 0;
            let bad = -1; // last non-ACGT position: words spanning it are not indexed
            for (let i = 0; i < s.length; i++) {
              const ch = s.charCodeAt(i);
              if (!IS_ACGT[ch]) bad = i;
              const c = NUC_CODE[ch]!;
              fwd = ((fwd << 2) | c) & mask;
              rev = (rev >>> 2) | ((3 - c) << topShift);
              if (i < span - 1 || bad > i - span) continue;
              insertWord(fwd, fwdDashes, code);
              insertWord(rev, revDashes, code + 1);
            }
          }
        }
        const space = 4 ** (keyed ? seed.weight : seed.span);
        let total = 0;
        for (let c = AFFECT_V_FWD; c <= AFFECT_J_REV; c++) total += Math.fround(created[c]! / space);
        for (let c = 0; c < 8; c++) {
          loads[m * 8 + c] = created[c]! > 0 ? Math.fround(created[c]! / space) : Math.fround(total);
        }
      });
      tables.push(compactTable(t, shared));
    }
  }
  return { tables, tableOf, slotOf, loads, spans };
}
