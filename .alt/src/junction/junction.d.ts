export interface Cdr3 {
    start: number;
    stop: number;
    seq: string;
    aa: string;
}
export type Unproductive = 'too-short' | 'out-of-frame' | 'stop-codon' | 'no-WPGxG-pattern';
export interface Junction {
    /** JS, 1-based first nucleotide of Cys104. */
    start: number;
    /** JE, 1-based last nucleotide of Phe/Trp118. */
    stop: number;
    aa: string;
    productive: boolean;
    unproductive?: Unproductive;
    /** Absent for a too-short junction. */
    cdr3?: Cdr3;
}
export interface JunctionInput {
    /** Analysed (oriented) sequence. */
    seq: string;
    /** 1-based read position of the V mark (0 = none). */
    vMark: number;
    /** 1-based read position of the J mark (0 = none). */
    jMark: number;
    /** 0-based start of the V alignment (untrimmed). */
    vStart: number;
    /** 0-based start of the J box (after overlap resolution). */
    jStart: number;
    /** 0-based end of the J alignment. */
    jEnd: number;
    /** Germline code, e.g. `IGH` (the WPGxG test applies when it contains `IGH`). */
    code: string;
}
/** Computes the junction, or `undefined` when there is none. */
export declare function computeJunction(inp: JunctionInput): Junction | undefined;
