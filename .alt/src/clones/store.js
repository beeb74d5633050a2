import { SeqArena } from './arena.js';
/** At most this many reads are kept per window to build its representative. */
export const MAX_SAMPLED_READS = 300;
export function newStats(codes) {
    return {
        total: 0,
        statusCount: new Float64Array(13),
        statusLength: new Float64Array(13),
        codeReads: new Map(codes.map((c) => [c, 0])),
        codeLength: new Map(codes.map((c) => [c, 0])),
    };
}
/** Windows of a run, filled in input order. */
export class WindowStore {
    stats;
    codeOf;
    maxSampled;
    entries = new Map();
    arena = new SeqArena();
    constructor(stats, codeOf, maxSampled = MAX_SAMPLED_READS) {
        this.stats = stats;
        this.codeOf = codeOf;
        this.maxSampled = maxSampled;
    }
    /** Records the outcome of read i of a batch. */
    add(batch, i, status, object, window, changed, rawStart = 0, reversed = false) {
        const s = this.stats;
        const from = batch.starts[i];
        const L = batch.starts[i + 1] - 1 - from;
        s.total++;
        s.statusCount[status]++;
        s.statusLength[status] += L;
        if (window === null)
            return;
        s.statusCount[1 /* Status.Seg */]++;
        s.statusLength[1 /* Status.Seg */] += L;
        if (changed) {
            s.statusCount[4 /* Status.SegChangedWindow */]++;
            s.statusLength[4 /* Status.SegChangedWindow */] += L;
        }
        const code = this.codeOf(object);
        s.codeReads.set(code, (s.codeReads.get(code) ?? 0) + 1);
        s.codeLength.set(code, (s.codeLength.get(code) ?? 0) + L);
        let e = this.entries.get(window);
        if (!e) {
            const key = flatCopy(window);
            e = { window: key, count: 0, object, lengthSum: 0, changed: false, sample: [], qualSum: null };
            this.entries.set(key, e);
        }
        e.count++;
        e.object = object;
        e.lengthSum += L;
        e.changed ||= changed;
        if (e.sample.length < 2 * this.maxSampled)
            e.sample.push(this.arena.append(batch.seqs, from, from + L), L);
        const q = batch.quals;
        if (q) {
            const n = window.length;
            const sum = (e.qualSum ??= new Uint32Array(n));
            const at = from + rawStart;
            for (let k = 0; k < n; k++)
                sum[k] += q.charCodeAt(reversed ? at + n - 1 - k : at + k);
        }
    }
    /** The sampled reads of a window. */
    sampleOf(e) {
        const out = [];
        for (let k = 0; k < e.sample.length; k += 2)
            out.push(this.arena.text(e.sample[k], e.sample[k + 1]));
        return out;
    }
}
/** A copy that does not keep the batch string it was sliced from alive. */
function flatCopy(s) {
    return Buffer.from(s, 'latin1').toString('latin1');
}
const cmpBytes = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** vidjil's clone order: read count descending, ties by window in descending byte order. */
export function sortClones(entries) {
    return [...entries].sort((a, b) => b.count - a.count || cmpBytes(b.window, a.window));
}
/** Keeps windows with at least max(minReads, floor(minRatio% of segmented)) reads. */
export function thresholdClones(sorted, minReads, minRatio, segmented) {
    const min = Math.max(minReads, Math.floor((minRatio * segmented) / 100));
    return sorted.filter((e) => e.count >= min);
}
//# sourceMappingURL=store.js.map