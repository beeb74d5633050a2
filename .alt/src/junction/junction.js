/**
 * Junction and CDR3 from the Cys104 / Phe-Trp118 anchors (spec §4). Positions are 1-based on
 * the analysed strand, as written in `.vidjil` files.
 */
import { cppSubstr, translate } from './translate.js';
const STOPS = new Set(['TAG', 'TAA', 'TGA']);
/** Computes the junction, or `undefined` when there is none. */
export function computeJunction(inp) {
    const S = inp.seq;
    const JS = inp.vMark;
    const JE = inp.jMark;
    if (JS === 0 || JE === 0 || JE - JS + 1 < 6)
        return undefined;
    if (JE - JS + 1 < 7)
        return { start: JS, stop: JE, aa: '', productive: false, unproductive: 'too-short' };
    const CS = JS + 3;
    const CE = JE - 3;
    const cdr3seq = cppSubstr(S, CS - 1, CE - CS + 1);
    let productive = false;
    let reason;
    let cdr3aa;
    if ((CE - CS + 1) % 3 === 0) {
        cdr3aa = translate(cdr3seq);
        // stop codons in the junction's frame over [V.start, J.end]
        const region = cppSubstr(S, inp.vStart, inp.jEnd - inp.vStart + 1);
        const frame = (JS - 1 - inp.vStart) % 3;
        let stop = false;
        for (let o = 0; o + 3 <= region.length; o++) {
            if (o % 3 === frame && STOPS.has(region.substr(o, 3))) {
                stop = true;
                break;
            }
        }
        if (stop)
            reason = 'stop-codon';
        else
            productive = true;
    }
    else {
        reason = 'out-of-frame';
        const F = JE - 3 * Math.trunc((JE - inp.jStart) / 3) + 1;
        cdr3aa = translate(cppSubstr(S, CS - 1, F - CS)) + translate(cppSubstr(S, F - 1, CE - F + 1));
    }
    const aa = translate(cppSubstr(S, JS - 1, CS - JS)) + cdr3aa + translate(cppSubstr(S, CE, JE - CE));
    if (productive && inp.code.includes('IGH')) {
        const motif = translate(cppSubstr(S, CE, 12));
        const ok = motif.length >= 4 && (motif[0] === 'W' || motif[0] === 'P') && motif[1] === 'G' && motif[3] === 'G';
        if (!ok) {
            productive = false;
            reason = 'no-WPGxG-pattern';
        }
    }
    const j = { start: JS, stop: JE, aa, productive };
    if (reason)
        j.unproductive = reason;
    j.cdr3 = { start: CS, stop: CE, seq: cdr3seq, aa: cdr3aa };
    return j;
}
//# sourceMappingURL=junction.js.map