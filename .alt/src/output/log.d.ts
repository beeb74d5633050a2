import type { PassStats } from '../clones/store.js';
/** `%.3g`-like percentage, as vidjil prints them. */
export declare function pct3(x: number): string;
/** Threshold under which a run warns that few recombinations were found (W20). */
export declare const FEW_SEGMENTED = 0.4;
/** The statistics block of vidjil's log (`samples.log`). */
export declare function formatLog(stats: PassStats, windowsPerCode: Map<string, number>, windowReadsPerCode: Map<string, number>, nbWindows: number): string;
