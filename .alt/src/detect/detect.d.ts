import type { GermlineSet } from '../germline/types.js';
import { type KmerIndex } from '../kmer/index.js';
import { BinomialTails } from './evalue.js';
import { Status } from './status.js';
/** The outcome of k-mer detection of one read against one germline object. */
export interface Detection {
    /** Germline object index (in GermlineSet.objects order). */
    object: number;
    status: Status;
    /** Non-ambiguous, strand-resolved k-mers. */
    score: number;
    /** More k-mers on the − strand than on the + strand. */
    reversed: boolean;
    /** V end / J start (0-based) on the oriented read; -1 when undetected. */
    vEnd: number;
    jStart: number;
    eValue: number;
    eLeft: number;
    eRight: number;
}
/** Read-only detection context plus per-thread scratch buffers. */
export interface Detector {
    germlines: GermlineSet;
    index: KmerIndex;
    tails: BinomialTails;
    /** Looked-up table values, one row per table. */
    scratch: Uint32Array[];
    /** Per table, the OR of the read's values: objects with no k-mer at all are skipped. */
    seen: Uint32Array;
    /** Per table, the positions whose value is not 0, and their count. */
    hits: Int32Array[];
    hitCount: Int32Array;
    /** Per object pass: positions of its "before" k-mer ends and of its "after" k-mers. */
    befores: Int32Array;
    afters: Int32Array;
    /** 2-bit codes of the current read. */
    codes: Uint8Array;
    /** Reused per-object results. */
    results: Detection[];
}
export declare function createDetector(germlines: GermlineSet, index: KmerIndex): Detector;
export declare const PLUS_FACTOR = 1000000000;
/** vidjil's e-value multiplier for one object: objects × reads, ×1e9 for incomplete systems. */
export declare function multiplierFor(det: Detector, object: number, nbReads: number): number;
export declare function isDetected(d: Detection): boolean;
export interface DetectParams {
    /** E-value threshold; negative = no threshold (`-e all`). */
    threshold: number;
    /** N of the multiplier (reads of the sample, or 1). */
    nbReads: number;
}
/**
 * Detects a read against every germline object and keeps one result as vidjil does: the
 * detected result with the strictly lowest e-value (earliest on ties), else the undetected
 * result with the strictly highest k-mer score.
 */
export declare function detectRead(det: Detector, seq: string, params: DetectParams): Detection;
/** Affect characters (`affectValues`) and signs (`affectSigns`) of a read on one object, as vidjil shows them. */
export declare function affectStrings(det: Detector, seq: string, object: number): {
    values: string;
    signs: string;
};
/** vidjil's strand for designation: more k-mers of the object on the − strand than on the + strand. */
export declare function reversedOn(det: Detector, seq: string, object: number): boolean;
