import type { Seed } from './types.js';
/** Expands a seed name (`12s`, `9c`, `<n>c`, `<n>s`) or an explicit `#`/`-` pattern. */
export declare function parseSeed(name: string | undefined): Seed;
