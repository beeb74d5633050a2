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
/** Presence-filter bits per key: a ~1/16 false-positive rate in a filter that stays in L2. */
const FILTER_BITS_PER_KEY = 16;
function seedRuns(pattern) {
    // Positions are counted from the word's 3' end (lowest bits = last nucleotide).
    const span = pattern.length;
    const runs = [];
    let out = 0;
    let i = span - 1;
    while (i >= 0) {
        if (pattern[i] !== '#') {
            i--;
            continue;
        }
        let j = i;
        while (j - 1 >= 0 && pattern[j - 1] === '#')
            j--;
        const len = i - j + 1;
        const shift = 2 * (span - 1 - i);
        runs.push(shift, len === 16 ? -1 : (1 << (2 * len)) - 1, out);
        out += 2 * len;
        i = j - 1;
    }
    return Int32Array.from(runs);
}
/** Key of a concrete 2-bit word for a table. */
export function tableKey(t, word) {
    if (!t.keyed)
        return word;
    const r = t.runs;
    if (r.length === 6)
        return (((word >>> r[0]) & r[1]) << r[2]) | (((word >>> r[3]) & r[4]) << r[5]);
    if (r.length === 3)
        return ((word >>> r[0]) & r[1]) << r[2];
    let k = 0;
    for (let x = 0; x < r.length; x += 3)
        k |= ((word >>> r[x]) & r[x + 1]) << r[x + 2];
    return k >>> 0;
}
const hashOf = (key) => Math.imul(key, 0x9e3779b1);
/** Value stored for a key (0 when absent). */
export function tableGet(t, key) {
    const hp = hashOf(key);
    const fb = hp >>> t.filterShift;
    if ((t.filter[fb >>> 5] & (1 << (fb & 31))) === 0)
        return 0;
    const h = t.hash;
    const mask = (h.length >> 1) - 1;
    let slot = hp >>> t.hashShift;
    for (;;) {
        const k = h[slot << 1];
        if (k === key)
            return h[(slot << 1) + 1] >>> 0;
        if (k === -1)
            return 0;
        slot = (slot + 1) & mask;
    }
}
/** Open-addressing map key → value while building, doubling at load 1/2. */
class TableBuilder {
    pairs = new Int32Array(2 * 1024).fill(-1);
    bits = 10;
    size = 0;
    /** Index of a key's value in `values()`, inserting the key (value 0) when absent. */
    slot(key) {
        if (2 * (this.size + 1) > 1 << this.bits)
            this.grow();
        const h = this.pairs;
        const mask = (1 << this.bits) - 1;
        let slot = hashOf(key) >>> (32 - this.bits);
        for (;;) {
            const k = h[slot << 1];
            if (k === key)
                return (slot << 1) + 1;
            if (k === -1) {
                h[slot << 1] = key;
                h[(slot << 1) + 1] = 0;
                this.size++;
                return (slot << 1) + 1;
            }
            slot = (slot + 1) & mask;
        }
    }
    values() {
        return this.pairs;
    }
    grow() {
        const old = this.pairs;
        this.bits++;
        this.pairs = new Int32Array(2 << this.bits).fill(-1);
        this.size = 0;
        for (let i = 0; i < old.length; i += 2)
            if (old[i] !== -1)
                this.pairs[this.slot(old[i])] = old[i + 1];
    }
    /** The final table, right-sized, in shared memory when asked. */
    finish(t, shared) {
        let bits = 10;
        while (2 ** bits < 2 * this.size)
            bits++;
        let fbits = 12;
        while (2 ** fbits < FILTER_BITS_PER_KEY * this.size && fbits < 26)
            fbits++;
        const bytes = 8 * 2 ** bits;
        const hash = new Int32Array(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes)).fill(-1);
        const filter = shared ? new Uint32Array(new SharedArrayBuffer(2 ** fbits / 8)) : new Uint32Array(2 ** fbits / 32);
        const mask = 2 ** bits - 1;
        const src = this.pairs;
        for (let i = 0; i < src.length; i += 2) {
            const key = src[i];
            if (key === -1)
                continue;
            const hp = hashOf(key);
            const fb = hp >>> (32 - fbits);
            filter[fb >>> 5] |= 1 << (fb & 31);
            let slot = hp >>> (32 - bits);
            while (hash[slot << 1] !== -1)
                slot = (slot + 1) & mask;
            hash[slot << 1] = key;
            hash[(slot << 1) + 1] = src[i + 1];
        }
        return { ...t, hash, hashShift: 32 - bits, filter, filterShift: 32 - fbits };
    }
}
function isSymmetric(p) {
    return p === p.split('').reverse().join('');
}
/** Builds the k-mer index of all germline objects (grouped by seed). */
export function buildKmerIndex(objects, opts = {}) {
    const shared = opts.shared ?? false;
    const groups = new Map();
    for (const o of objects) {
        if (o.seed5.pattern !== o.seed3.pattern || (o.d.genes.length > 0 && o.seed4.pattern !== o.seed5.pattern)) {
            throw new Error(`germline ${o.code}: different seeds per part are not supported`);
        }
        const list = groups.get(o.seed5.pattern) ?? [[]];
        if (list[list.length - 1].length === SLOTS_PER_TABLE)
            list.push([]);
        list[list.length - 1].push(o.index);
        groups.set(o.seed5.pattern, list);
    }
    const tables = [];
    const tableOf = new Int32Array(objects.length);
    const slotOf = new Int32Array(objects.length);
    const loads = new Float32Array(objects.length * 8);
    const spans = new Int32Array(objects.length);
    for (const [pattern, lists] of groups) {
        for (const members of lists) {
            const seed = objects[members[0]].seed5;
            const keyed = isSymmetric(pattern);
            const base = { seed, keyed, runs: seedRuns(pattern), objects: members };
            const builder = new TableBuilder();
            members.forEach((m, slot) => {
                const o = objects[m];
                tableOf[m] = tables.length;
                slotOf[m] = slot;
                spans[m] = seed.span;
                const created = new Float64Array(8);
                const shiftBits = 4 * slot;
                // vidjil's merge: a word seen with two different affects becomes ambiguous.
                const insert = (key, code) => {
                    const at = builder.slot(key);
                    const v = builder.values();
                    const cur = (v[at] >>> shiftBits) & 15;
                    if (cur === code || cur === AFFECT_AMBIGUOUS)
                        return;
                    if (cur === AFFECT_UNKNOWN)
                        created[code]++;
                    const next = cur === AFFECT_UNKNOWN ? code : AFFECT_AMBIGUOUS;
                    v[at] = (v[at] & ~(15 << shiftBits)) | (next << shiftBits);
                };
                // Wildcard positions, as bit shifts in a concrete word, for each strand's pattern.
                const dashShifts = (pat) => [...pat].flatMap((c, i) => (c === '-' ? [2 * (seed.span - 1 - i)] : []));
                const fwdDashes = dashShifts(pattern);
                const revDashes = dashShifts([...pattern].reverse().join(''));
                const keyOf = { keyed, runs: base.runs };
                const insertWord = (word, dashes, code) => {
                    if (keyed) {
                        insert(tableKey(keyOf, word), code);
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
                const parts = [
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
                            if (!IS_ACGT[ch])
                                bad = i;
                            const c = NUC_CODE[ch];
                            fwd = ((fwd << 2) | c) & mask;
                            rev = (rev >>> 2) | ((3 - c) << topShift);
                            if (i < span - 1 || bad > i - span)
                                continue;
                            insertWord(fwd, fwdDashes, code);
                            insertWord(rev, revDashes, code + 1);
                        }
                    }
                }
                const space = 4 ** (keyed ? seed.weight : seed.span);
                let total = 0;
                for (let c = AFFECT_V_FWD; c <= AFFECT_J_REV; c++)
                    total += Math.fround(created[c] / space);
                for (let c = 0; c < 8; c++) {
                    loads[m * 8 + c] = created[c] > 0 ? Math.fround(created[c] / space) : Math.fround(total);
                }
            });
            tables.push(builder.finish(base, shared));
        }
    }
    return { tables, tableOf, slotOf, loads, spans };
}
//# sourceMappingURL=index.js.map