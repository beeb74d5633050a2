import { type SeqRecord } from './records.js';
export { InputError, type SeqRecord } from './records.js';
export interface ReadOptions {
    /** Read label separator (vidjil's --header-sep), default a space. */
    headerSep?: string;
    /** Records per yielded batch. */
    batchSize?: number;
}
/**
 * Streams FASTA or FASTQ records (plain or gzipped, `-` = stdin) in batches. Malformed input
 * throws an InputError naming the file and line.
 */
export declare function readSequences(path: string, opts?: ReadOptions): AsyncGenerator<SeqRecord[]>;
/**
 * vidjil's estimate of the number of reads (N of the e-value multiplier): exact when the input
 * has at most 200 records, else extrapolated from the bytes of the first 200 records and the
 * file size (the compressed size for .gz input, as vidjil does). stdin counts as 100.
 */
export declare function estimateReadCount(path: string): Promise<number>;
