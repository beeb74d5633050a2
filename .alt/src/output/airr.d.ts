/**
 * AIRR rearrangement TSV rows, with the columns and conventions of vidjil-algo's `.tsv`
 * (spec §5.3): every field, the last one included, is followed by a tab.
 */
import type { Seg } from './seg.js';
export declare const AIRR_COLUMNS: readonly ["locus", "duplicate_count", "v_call", "d_call", "j_call", "sequence_id", "sequence", "productive", "vj_in_frame", "stop_codon", "junction_aa", "junction", "cdr3_aa", "warnings", "v_sequence_start", "v_sequence_end", "d_sequence_start", "d_sequence_end", "j_sequence_start", "j_sequence_end", "cdr3_sequence_start", "cdr3_sequence_end", "v_support", "j_support", "rev_comp", "sequence_alignment", "germline_alignment", "v_cigar", "d_cigar", "j_cigar"];
/** The clone fields an AIRR row is derived from (a `.vidjil` clone object). */
export interface AirrSource {
    germline: string;
    id: string;
    sequence: string;
    reads: number[];
    seg?: Seg;
    warn?: {
        code: string;
    }[];
}
export declare function airrHeader(): string;
export declare function airrRow(c: AirrSource): string;
/** A whole TSV: header then one row per clone. */
export declare function airrTsv(clones: AirrSource[]): string;
