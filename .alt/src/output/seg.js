function segBox(b, kind, L) {
    const withStart = kind !== '5' || b.start > 0;
    const withStop = kind !== '3' || b.end < L - 1;
    const o = { name: b.name };
    const out = {};
    if (withStart)
        out.delLeft = b.delLeft;
    if (withStop)
        out.delRight = b.delRight;
    out.name = o.name;
    if (withStart)
        out.start = b.start + 1;
    if (withStop)
        out.stop = b.end + 1;
    return out;
}
/** The `seg` object of a designated sequence (undefined when not designated). */
export function segObject(d) {
    if (!d.designated || d.boxes.length < 2)
        return undefined;
    const L = d.analysed.length;
    const boxes = d.boxes;
    const seg = {};
    seg['3'] = segBox(boxes[boxes.length - 1], '3', L);
    if (boxes.length === 3)
        seg['4'] = segBox(boxes[1], '4', L);
    seg['5'] = segBox(boxes[0], '5', L);
    if (d.n !== undefined)
        seg.N = d.n;
    if (d.n1 !== undefined)
        seg.N1 = d.n1;
    if (d.n2 !== undefined)
        seg.N2 = d.n2;
    const j = d.junction;
    if (j) {
        if (j.cdr3)
            seg.cdr3 = { aa: j.cdr3.aa, seq: j.cdr3.seq, start: j.cdr3.start, stop: j.cdr3.stop };
        const sj = { aa: j.aa, productive: j.productive, start: j.start, stop: j.stop };
        if (j.unproductive)
            sj.unproductive = j.unproductive;
        seg.junction = sj;
    }
    return seg;
}
/**
 * The clone object of `-c designations` for one input sequence.
 * `label` is the read label (first header token), used as the name when not designated;
 * `sequence` is the raw (cleaned, not reverse-complemented) input sequence.
 */
export function cloneFromDesignation(d, info) {
    if (!d.designated) {
        return { germline: 'not analyzed', id: info.id, name: info.label, reads: [1], sequence: info.sequence, top: 0 };
    }
    const c = {
        germline: d.code,
        id: info.id,
        name: d.name,
        reads: [1],
        seg: segObject(d),
        sequence: info.sequence,
        top: 0,
    };
    if (d.warnings.length > 0)
        c.warn = d.warnings.map((w) => ({ code: w.code, level: w.level, msg: w.msg }));
    return c;
}
//# sourceMappingURL=seg.js.map