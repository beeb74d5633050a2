import type { GermlineSet } from '../src/germline/types.js';
/** mulberry32: small, fast, good enough for simulation; state is a 32-bit integer. */
export declare class Rng {
    private s;
    constructor(seed: number);
    /** Uniform in [0, 1). */
    next(): number;
    /** Uniform integer in [lo, hi] (inclusive). */
    int(lo: number, hi: number): number;
    pick<T>(a: readonly T[]): T;
}
export declare function reverseComplement(s: string): string;
/** Relative clone frequency per system code; codes not listed get no clones. */
export declare const DEFAULT_LOCUS_WEIGHTS: Readonly<Record<string, number>>;
export interface SimulateOptions {
    /** Number of reads (noise included). */
    reads: number;
    seed?: number;
    /** A loaded germline set, or the path of a `.g` preset (default: the package/shared preset). */
    germline?: GermlineSet | string;
    /** Number of clones; default clamp(reads/100, 20, 5000), or `reads` with `ighOnly`. */
    clones?: number;
    /** Clone size ∝ rank^-exponent (default 1.2). */
    exponent?: number;
    /** Fraction of noise reads (default 0.1, 0 with `ighOnly`). */
    noise?: number;
    /** Per-base substitution rate (default 0.003). */
    errors?: number;
    /** Fraction of reverse-complemented reads (default 0.5). */
    revcomp?: number;
    /** Read length range (default 120-300); `length` sets both. */
    minLength?: number;
    maxLength?: number;
    length?: number;
    /** Only IGH clones (designation-throughput sample). */
    ighOnly?: boolean;
    /** Overrides the per-locus clone weights. */
    locusWeights?: Record<string, number>;
}
export interface SimRead {
    name: string;
    seq: string;
    /** Clone index (0 = largest), -1 for noise. */
    clone: number;
    noise: boolean;
    /** `random` or `germline-V` for noise reads. */
    noiseKind?: 'random' | 'germline-V';
    /** System code, `none` for noise. */
    locus: string;
    v: string;
    d: string;
    j: string;
    strand: '+' | '-';
}
/**
 * The package preset when its FASTA files are installed, else `../shared/germline/homo-sapiens.g`
 * next to the repository.
 */
export declare function defaultGermlinePath(): string;
/** Streams the simulated reads (deterministic for given germline, options and seed). */
export declare function simulateReads(opts: SimulateOptions): Generator<SimRead>;
/** All simulated reads in memory (tests, small samples). */
export declare function simulate(opts: SimulateOptions): SimRead[];
export declare function formatFastq(r: SimRead): string;
export declare function formatFasta(r: SimRead): string;
export declare const TRUTH_HEADER = "read\tclone\tlocus\tv\td\tj\tstrand\n";
export declare function formatTruth(r: SimRead): string;
export interface WriteOptions extends SimulateOptions {
    out: string;
    /** FASTA instead of FASTQ (default: from the extension). */
    fasta?: boolean;
    /** Optional per-read truth TSV. */
    truth?: string;
}
export declare function isFastaName(path: string): boolean;
/** Writes a simulated sample (gzipped when `out` ends in .gz); returns the number of reads. */
export declare function writeSimulation(opts: WriteOptions): Promise<number>;
export declare function parseArgs(argv: string[]): WriteOptions;
