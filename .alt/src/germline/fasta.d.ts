import type { Gene } from './types.js';
/** Gapped IMGT positions of the junction anchors. */
export declare const V_MARK = 310;
export declare const J_MARK = 38;
export declare class GermlineError extends Error {
}
/**
 * Reads a germline FASTA file. Gaps (`.`) and spaces are dropped; when `gappedMark` > 0 the
 * 1-based ungapped position of the nucleotide at that gapped position is recorded.
 */
export declare function readGermlineFasta(path: string, gappedMark: number): Gene[];
