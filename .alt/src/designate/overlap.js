/**
 * Resolving the overlap between two adjacent boxes (spec §3.1).
 */
import { dpLastRows } from './dp.js';
export class OverlapScratch {
    sL = new Float64Array(64);
    sR = new Float64Array(64);
    cL = new Int32Array(64);
    cR = new Int32Array(64);
    ensure(n) {
        if (this.sL.length < n) {
            this.sL = new Float64Array(n * 2);
            this.sR = new Float64Array(n * 2);
            this.cL = new Int32Array(n * 2);
            this.cR = new Int32Array(n * 2);
        }
    }
}
/**
 * Trims boxes A (left) and B (right) so that they no longer overlap.
 * `fwd` is the analysed sequence, `rev` its mirror (rev[i] = fwd[L−1−i]).
 * SL = fwd[seqBegin..A.end], SR = fwd[B.start..seqEnd] (read reversed).
 */
export function resolveOverlap(fwd, rev, a, aGene, seqBegin, b, bGeneRev, seqEnd, cost, ws, sc) {
    const ov = a.end - b.start + 1;
    if (ov <= 0)
        return;
    const L = fwd.length;
    sc.ensure(ov + 1);
    const lenL = a.end - seqBegin + 1;
    dpLastRows(fwd, seqBegin, lenL, aGene, cost, ws, ov, sc.sL, sc.cL);
    const lenR = seqEnd - b.start + 1;
    // reversed SR = rev[L−1−seqEnd .. L−1−b.start]
    dpLastRows(rev, L - 1 - seqEnd, lenR, bGeneRev, cost, ws, ov, sc.sR, sc.cR);
    let best = -Infinity;
    let ba = 0;
    let bb = ov;
    let first = true;
    for (let x = 0; x <= ov; x++) {
        for (let y = ov - x; y <= ov; y++) {
            const s = sc.sL[x] + sc.sR[y];
            if (first || s > best) {
                best = s;
                ba = x;
                bb = y;
                first = false;
            }
        }
    }
    a.end -= ba;
    b.start += bb;
    a.delRight = aGene.length - sc.cL[ba];
    b.delLeft = bGeneRev.length - sc.cR[bb];
}
//# sourceMappingURL=overlap.js.map