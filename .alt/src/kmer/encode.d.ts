/**
 * 2-bit nucleotide code from an ASCII code, as vidjil's automaton maps characters:
 * A→0, C→1, G→2, T→3, and any other letter folds onto one of them (N reads as G).
 */
export declare function nucCode(c: number): number;
/** Lookup table of nucCode for all 256 byte values. */
export declare const NUC_CODE: Uint8Array;
/** 1 for A/C/G/T (upper-case), 0 otherwise. */
export declare const IS_ACGT: Uint8Array;
/** Reverse complement, built in a byte buffer (no intermediate strings). */
export declare function revcomp(s: string): string;
