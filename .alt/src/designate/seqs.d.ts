/** Small sequence helpers for designation. */
export { revcomp } from '../kmer/encode.js';
/** Upper-cases and drops spaces and `.`, as vidjil does when reading sequences. */
export declare function cleanSequence(s: string): string;
export declare function toBytes(s: string): Uint8Array;
export declare function reversedBytes(s: string): Uint8Array;
