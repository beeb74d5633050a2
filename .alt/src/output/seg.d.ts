/**
 * Designation → `.vidjil` clone fields (`seg`, `name`, `warn`), spec §3.4 and §5.1.
 * Objects are built with their keys already in nlohmann's sorted (byte) order.
 */
import type { Designation, Warning } from '../designate/designate.js';
export interface SegBox {
    delLeft?: number;
    delRight?: number;
    name: string;
    start?: number;
    stop?: number;
}
export interface SegCdr3 {
    aa: string;
    seq: string;
    start: number;
    stop: number;
}
export interface SegJunction {
    aa: string;
    productive: boolean;
    start: number;
    stop: number;
    unproductive?: string;
}
export interface Seg {
    '3'?: SegBox;
    '4'?: SegBox;
    '5'?: SegBox;
    N?: number;
    N1?: number;
    N2?: number;
    cdr3?: SegCdr3;
    junction?: SegJunction;
}
/** The `seg` object of a designated sequence (undefined when not designated). */
export declare function segObject(d: Designation): Seg | undefined;
export interface DesignationClone {
    germline: string;
    id: string;
    name: string;
    reads: number[];
    seg?: Seg;
    sequence: string;
    top: number;
    warn?: Warning[];
}
/**
 * The clone object of `-c designations` for one input sequence.
 * `label` is the read label (first header token), used as the name when not designated;
 * `sequence` is the raw (cleaned, not reverse-complemented) input sequence.
 */
export declare function cloneFromDesignation(d: Designation, info: {
    id: string;
    label: string;
    sequence: string;
}): DesignationClone;
