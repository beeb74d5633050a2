/** Default source of the IMGT files: the `shared/germline` directory next to the repository. */
export declare function defaultGermlineSource(): string;
/** FASTA files referenced by a preset, with the directory they must be in. */
export declare function presetFiles(presetPath: string): {
    dir: string;
    sub: string;
    files: string[];
};
export declare function germlinesInstalled(presetPath?: string): boolean;
/**
 * Installs the germline FASTA files of the default preset from a local directory (holding a
 * `homo-sapiens/` folder or the files themselves) or an http(s) base URL. IMGT data are not
 * redistributable, so they are installed at set-up time and never committed.
 */
export declare function installGermlines(from: string, presetPath?: string): Promise<string[]>;
