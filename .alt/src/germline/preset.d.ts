import type { GermlineSet } from './types.js';
/** Package root (where `germlines/` lives), found from this module's location. */
export declare function packageRoot(): string;
export declare function defaultPresetPath(): string;
export interface SeedOverride {
    /** `-s`/`-k` seed replacing the preset's `seed` parameter (not seed_5/4/3). */
    seed?: string;
}
/** Splits a `-g` argument into the .g path and an optional system filter. */
export declare function parseGermlineArg(arg: string): {
    file: string;
    filter: string[] | null;
};
/**
 * Loads one or more `.g` presets (vidjil's `-g`), building germline objects in vidjil's
 * evaluation order: regular systems in sorted code order, then incomplete ones (code with `+`).
 */
export declare function loadGermlines(args?: string[], override?: SeedOverride): GermlineSet;
