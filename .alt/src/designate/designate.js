import { computeJunction } from '../junction/junction.js';
import { AlignScratch, alignRepertoire, pValue } from './align.js';
import { DPWorkspace, VDJ_COST, buildProfile, dpScore, toClasses } from './dp.js';
import { buildVFilter, filterV } from './filter.js';
import { designationName } from './name.js';
import { OverlapScratch, resolveOverlap } from './overlap.js';
import { buildGeneTrie } from './trie.js';
import { cleanSequence, reversedBytes, revcomp, toBytes } from './seqs.js';
const prepared = new WeakMap();
export function prepareGermline(obj) {
    const p = prepared.get(obj);
    return p ?? withScratch(obj, buildPrepared(obj));
}
/** The prepared data of a germline object, to send to another thread. */
export function preparedData(obj) {
    const { obj: _obj, scratch: _scratch, ...data } = prepareGermline(obj);
    return data;
}
/** Uses data prepared by another thread for this thread's copy of a germline object. */
export function adoptPrepared(obj, data) {
    if (!prepared.has(obj))
        withScratch(obj, data);
}
function withScratch(obj, data) {
    const p = {
        ...data,
        obj,
        scratch: {
            align: new AlignScratch(new DPWorkspace()),
            overlap: new OverlapScratch(),
            familyCounts: new Int32Array(data.vFilter.families.length),
        },
    };
    prepared.set(obj, p);
    return p;
}
function buildPrepared(obj) {
    const range = (n) => Int32Array.from({ length: n }, (_, i) => i);
    const cost = VDJ_COST;
    const set = (seqs, marks) => ({
        seqs,
        profiles: seqs.map((y) => buildProfile(y, cost)),
        marks,
        trie: buildGeneTrie(seqs),
    });
    return {
        cost,
        v: set(obj.v.genes.map((g) => toBytes(g.seq)), Int32Array.from(obj.v.genes.map((g) => g.mark))),
        vAll: range(obj.v.genes.length),
        jRev: set(obj.j.genes.map((g) => reversedBytes(g.seq)), Int32Array.from(obj.j.genes.map((g) => (g.mark > 0 ? g.seq.length - g.mark + 1 : 0)))),
        jAll: range(obj.j.genes.length),
        d: set(obj.d.genes.map((g) => toBytes(g.seq)), null),
        dRev: obj.d.genes.map((g) => reversedBytes(g.seq)),
        dAll: range(obj.d.genes.length),
        vFilter: buildVFilter(obj.v.genes, obj.seed5),
    };
}
function notDesignated(code, analysed, reversed, eV, eJ) {
    return { designated: false, reversed, code, analysed, boxes: [], name: '', eV, eJ, warnings: [] };
}
function w69(hit, labels) {
    const s = hit.sorted;
    if (s.length < 2 || s[0].score !== s[1].score)
        return null;
    let msg = 'Several genes with equal probability:';
    for (const e of s) {
        if (e.score !== s[0].score)
            break;
        msg += ' ' + labels(e.gene);
    }
    return { code: 'W69', level: 'warn', msg };
}
export function designate(read, obj, reversed, opts = {}) {
    const T = opts.eValue ?? 1;
    const TD = opts.eValueD ?? 0.05;
    const useFilter = opts.filter ?? true;
    const P = prepareGermline(obj);
    const cost = P.cost;
    const sc = P.scratch.align;
    const ws = sc.dp;
    const ovs = P.scratch.overlap;
    const raw = cleanSequence(read);
    const S = reversed ? revcomp(raw) : raw;
    const L = S.length;
    if (L === 0 || P.v.seqs.length === 0 || P.jRev.seqs.length === 0)
        return notDesignated(obj.code, S, reversed, Infinity, Infinity);
    const fwd = toBytes(S);
    const rev = reversedBytes(S);
    const fwdC = toClasses(fwd);
    const revC = toClasses(rev);
    // V candidates
    let order = P.vAll;
    if (useFilter) {
        order = filterV(P.vFilter, fwd, P.scratch.familyCounts);
    }
    const vHit = alignRepertoire(fwd, fwdC, 0, L, P.v, order, 1 /* Mode.LocalEndWithSomeDeletions */, cost, sc);
    const jHit = alignRepertoire(rev, revC, 0, L, P.jRev, P.jAll, 1 /* Mode.LocalEndWithSomeDeletions */, cost, sc);
    const eV = L * obj.v.totalSize * pValue(vHit.score, cost.match);
    const eJ = L * obj.j.totalSize * pValue(jHit.score, cost.match);
    if (!vHit.box || !jHit.box)
        return notDesignated(obj.code, S, reversed, eV, eJ);
    if (T >= 0 && (eV >= T || eJ >= T || eV + eJ >= T))
        return notDesignated(obj.code, S, reversed, eV, eJ);
    const V = vHit.box;
    const jr = jHit.box;
    const J = {
        gene: jr.gene,
        start: L - 1 - jr.end,
        end: L - 1 - jr.start,
        delLeft: jr.delRight,
        delRight: jr.delLeft,
        mark: jr.mark > 0 ? L - jr.mark + 1 : 0,
    };
    // V–J overlap
    resolveOverlap(fwd, rev, V, P.v.seqs[V.gene], 0, J, P.jRev.seqs[J.gene], L - 1, cost, ws, ovs);
    if (J.start > L - 1)
        J.start = L - 1;
    const vLabel = obj.v.genes[V.gene].label;
    const jLabel = obj.j.genes[J.gene].label;
    const warnings = [];
    const gap = J.start - V.end - 1;
    if (vLabel.includes('IGHD7-27') && jLabel.includes('IGHJ1') && gap >= 90 && gap <= 94) {
        warnings.push({ code: 'W61', level: 'error', msg: 'Non-recombined D7-27/J1 sequence' });
    }
    const wv = w69(vHit, (g) => obj.v.genes[g].label);
    if (wv)
        warnings.push(wv);
    const wj = w69(jHit, (g) => obj.j.genes[g].label);
    if (wj)
        warnings.push(wj);
    // D search
    let D = null;
    if (P.d.seqs.length > 0) {
        const l = Math.max(0, V.end - 5);
        const r = Math.min(L, J.start + 5);
        const dHit = alignRepertoire(fwd, fwdC, l, r - l, P.d, P.dAll, 0 /* Mode.Local */, cost, sc);
        if (dHit.box) {
            const eD = (r - l) * obj.d.totalSize * pValue(dHit.score, cost.match);
            if (!(eD > TD)) {
                const cand = { ...dHit.box, start: dHit.box.start + l, end: dHit.box.end + l };
                const saved = { vEnd: V.end, vDelRight: V.delRight, jStart: J.start, jDelLeft: J.delLeft };
                resolveOverlap(fwd, rev, V, P.v.seqs[V.gene], 0, cand, P.dRev[cand.gene], cand.end, cost, ws, ovs);
                resolveOverlap(fwd, rev, cand, P.d.seqs[cand.gene], cand.start, J, P.jRev.seqs[J.gene], L - 1, cost, ws, ovs);
                const len = cand.end - cand.start + 1;
                const dGene = P.d.seqs[cand.gene];
                const s2 = len > 0 ? dpScore(fwdC, cand.start, len, P.d.profiles[cand.gene], dGene.length, 2 /* Mode.SemiGlobal */, cost, ws) : 0;
                const e2 = len * dGene.length * pValue(s2, cost.match);
                if (e2 > TD) {
                    V.end = saved.vEnd;
                    V.delRight = saved.vDelRight;
                    J.start = saved.jStart;
                    J.delLeft = saved.jDelLeft;
                }
                else
                    D = cand;
            }
        }
    }
    const box = (b, label) => ({
        name: label,
        start: b.start,
        end: b.end,
        delLeft: b.delLeft,
        delRight: b.delRight,
        mark: b.mark,
    });
    const boxes = [box(V, vLabel)];
    if (D)
        boxes.push(box(D, obj.d.genes[D.gene].label));
    boxes.push(box(J, jLabel));
    const des = {
        designated: true,
        reversed,
        code: obj.code,
        analysed: S,
        boxes,
        name: designationName(S, boxes),
        eV,
        eJ,
        warnings,
    };
    if (D) {
        des.n1 = D.start - V.end - 1;
        des.n2 = J.start - D.end - 1;
    }
    else
        des.n = J.start - V.end - 1;
    const junction = computeJunction({
        seq: S,
        vMark: V.mark,
        jMark: J.mark,
        vStart: V.start,
        jStart: J.start,
        jEnd: J.end,
        code: obj.code,
    });
    if (junction)
        des.junction = junction;
    return des;
}
//# sourceMappingURL=designate.js.map