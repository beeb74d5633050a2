/**
 * Full V(D)J designation of one sequence against one germline object (vidjil's FineSegmenter,
 * spec `algorithm-designation.md` §2–§4).
 */
import type { GermlineObject } from '../germline/types.js';
import { type Junction } from '../junction/junction.js';
import { AlignScratch, type GeneSet } from './align.js';
import { type Cost } from './dp.js';
import { type VFilter } from './filter.js';
import { OverlapScratch } from './overlap.js';
export type { Junction } from '../junction/junction.js';
/** A box on the analysed strand, 0-based inclusive coordinates. */
export interface Box {
    name: string;
    start: number;
    end: number;
    delLeft: number;
    delRight: number;
    /** 1-based read position of the Cys104 (V) / Phe-Trp118 (J) anchor; 0 if none. */
    mark: number;
}
export interface Warning {
    code: string;
    level: string;
    msg: string;
}
export interface Designation {
    designated: boolean;
    reversed: boolean;
    /** Germline code of the object used. */
    code: string;
    /** The analysed (oriented) sequence. */
    analysed: string;
    /** [V, (D), J] when designated, otherwise []. */
    boxes: Box[];
    /** Designation name; '' when not designated (callers then use the read label). */
    name: string;
    /** V–J insert length (no D accepted). */
    n?: number;
    /** V–D and D–J insert lengths (D accepted). */
    n1?: number;
    n2?: number;
    eV: number;
    eJ: number;
    junction?: Junction;
    warnings: Warning[];
}
export interface DesignateOptions {
    /** Threshold on e_V + e_J (default 1; negative = no threshold, vidjil's `-e all`). */
    eValue?: number;
    /** D threshold (default 0.05). */
    eValueD?: number;
    /** V pre-filter (default true). */
    filter?: boolean;
}
export interface PreparedGermline {
    obj: GermlineObject;
    cost: Cost;
    v: GeneSet;
    vAll: Int32Array;
    /** J genes reversed, with their marks converted to reversed columns. */
    jRev: GeneSet;
    jAll: Int32Array;
    d: GeneSet;
    dRev: Uint8Array[];
    dAll: Int32Array;
    vFilter: VFilter;
    /**
     * Scratch buffers reused by every call on this germline. Designation is synchronous, and each
     * worker thread has its own germline objects, so sharing them is safe.
     */
    scratch: {
        align: AlignScratch;
        overlap: OverlapScratch;
        familyCounts: Int32Array;
    };
}
export declare function prepareGermline(obj: GermlineObject): PreparedGermline;
/** Prepared data without the germline object and scratch buffers: what threads can exchange. */
export type PreparedData = Omit<PreparedGermline, 'obj' | 'scratch'>;
/** The prepared data of a germline object, to send to another thread. */
export declare function preparedData(obj: GermlineObject): PreparedData;
/** Uses data prepared by another thread for this thread's copy of a germline object. */
export declare function adoptPrepared(obj: GermlineObject, data: PreparedData): void;
export declare function designate(read: string, obj: GermlineObject, reversed: boolean, opts?: DesignateOptions): Designation;
