/** One germline gene (or special sequence such as KDE / Intron). */
export interface Gene {
    /** Gene name with allele, e.g. `IGHV3-74*02` (field 2 of an IMGT header). */
    label: string;
    /** Full FASTA header, without `>`. */
    header: string;
    /** Ungapped, upper-case nucleotides. */
    seq: string;
    /**
     * 1-based ungapped position of the Cys104 first nucleotide (V) or of the Phe/Trp118 last
     * nucleotide (J); 0 when absent (incomplete systems, D genes, gap at the mark).
     */
    mark: number;
}
/** The concatenated genes of one part (5', 4 or 3') of a germline object. */
export interface Repertoire {
    genes: Gene[];
    /** Sum of ungapped lengths, used by designation e-values. */
    totalSize: number;
}
/** A spaced seed: `#` compared positions, `-` wildcards. */
export interface Seed {
    pattern: string;
    span: number;
    weight: number;
}
/** One recombination of one system: vidjil's "Germline" object. */
export interface GermlineObject {
    /** System code, e.g. `IGH`, `TRA+D`. */
    code: string;
    /** One-letter shortcut from the preset. */
    shortcut: string;
    /** Position in evaluation order (0-based). */
    index: number;
    /** Regular system (code without `+`): marks loaded, no 1e9 e-value factor. */
    regular: boolean;
    seed5: Seed;
    seed4: Seed;
    seed3: Seed;
    v: Repertoire;
    d: Repertoire;
    j: Repertoire;
    /** Affect label characters for 5', 4 and 3' parts (vidjil's display letters). */
    labels: {
        v: string;
        d: string;
        j: string;
    };
}
/** A loaded preset: germline objects in vidjil's evaluation order. */
export interface GermlineSet {
    ref: string;
    species: string;
    speciesTaxonId: number | null;
    objects: GermlineObject[];
    /** Distinct system codes, sorted in byte order (used for statistics). */
    codes: string[];
    /** The `-g` arguments as given. */
    sources: string[];
}
