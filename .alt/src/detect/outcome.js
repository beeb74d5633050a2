import { detectWithWindow } from './batch.js';
export function detectPacked(det, batch, params) {
    const n = batch.count;
    const { seqs, starts } = batch;
    const r = {
        count: n,
        status: new Uint8Array(n),
        object: new Int16Array(n),
        flags: new Uint8Array(n),
        vEnd: new Int32Array(n),
        jStart: new Int32Array(n),
        windowRawStart: new Int32Array(n),
        evalues: new Float64Array(3 * n),
        windows: '',
        hasWindow: new Uint8Array(n),
    };
    const windows = [];
    for (let i = 0; i < n; i++) {
        const o = detectWithWindow(det, seqs.slice(starts[i], starts[i + 1] - 1), params);
        const d = o.detection;
        r.status[i] = o.status;
        r.object[i] = o.object;
        r.flags[i] = (o.changed ? 1 : 0) | (d.reversed ? 2 : 0);
        r.vEnd[i] = d.vEnd;
        r.jStart[i] = d.jStart;
        r.windowRawStart[i] = o.windowRawStart;
        r.evalues[3 * i] = d.eValue;
        r.evalues[3 * i + 1] = d.eLeft;
        r.evalues[3 * i + 2] = d.eRight;
        if (o.window !== null) {
            r.hasWindow[i] = 1;
            windows.push(o.window);
        }
    }
    r.windows = windows.join('\n');
    return r;
}
/** The typed arrays of a packed result, for zero-copy transfer. */
export function transferables(r) {
    return [r.status, r.object, r.flags, r.vEnd, r.jStart, r.windowRawStart, r.evalues, r.hasWindow].map((a) => a.buffer);
}
/** Iterates the reads of a packed result in order. */
export function* unpack(r) {
    const windows = r.windows === '' ? [] : r.windows.split('\n');
    let w = 0;
    for (let i = 0; i < r.count; i++) {
        yield {
            status: r.status[i],
            object: r.object[i],
            window: r.hasWindow[i] ? windows[w++] : null,
            changed: (r.flags[i] & 1) !== 0,
            windowRawStart: r.windowRawStart[i],
            reversed: (r.flags[i] & 2) !== 0,
            vEnd: r.vEnd[i],
            jStart: r.jStart[i],
            eValue: r.evalues[3 * i],
            eLeft: r.evalues[3 * i + 1],
            eRight: r.evalues[3 * i + 2],
        };
    }
}
//# sourceMappingURL=outcome.js.map