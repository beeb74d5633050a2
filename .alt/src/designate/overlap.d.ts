/**
 * Resolving the overlap between two adjacent boxes (spec §3.1).
 */
import { type Cost, type DPWorkspace } from './dp.js';
import type { RawBox } from './align.js';
export declare class OverlapScratch {
    sL: Float64Array<ArrayBuffer>;
    sR: Float64Array<ArrayBuffer>;
    cL: Int32Array<ArrayBuffer>;
    cR: Int32Array<ArrayBuffer>;
    ensure(n: number): void;
}
/**
 * Trims boxes A (left) and B (right) so that they no longer overlap.
 * `fwd` is the analysed sequence, `rev` its mirror (rev[i] = fwd[L−1−i]).
 * SL = fwd[seqBegin..A.end], SR = fwd[B.start..seqEnd] (read reversed).
 */
export declare function resolveOverlap(fwd: Uint8Array, rev: Uint8Array, a: RawBox, aGene: Uint8Array, seqBegin: number, b: RawBox, bGeneRev: Uint8Array, seqEnd: number, cost: Cost, ws: DPWorkspace, sc: OverlapScratch): void;
