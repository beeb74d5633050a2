export interface Representative {
    sequence: string;
    /** Representative length / average read length of the window. */
    coverage: number;
    /** `!` everywhere but over the window, where it is the mean quality of the reads (FASTQ only). */
    quality?: string;
}
/**
 * Representative sequence of a window, after vidjil's k-mer representative computer: among
 * the sampled reads that contain the window (or its reverse complement), the one whose
 * window extends furthest through 10-mers shared by at least half of the reads (and by at
 * least `minCover` reads). Reads are tried longest first (then in input order) so that the
 * choice is deterministic and as long as the reads allow.
 */
export declare function computeRepresentative(reads: string[], window: string, minCover: number, refLength: number, 
/** Mean quality characters over the window (window orientation), for FASTQ input. */
windowQuality?: string): Representative | null;
