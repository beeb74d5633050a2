/** Serialises like vidjil's JSON writer: keys sorted (byte order), 2-space indent. */
export declare function stringifySorted(value: unknown): string;
/** `YYYY-MM-DD HH:MM:SS` in local time. */
export declare function timestamp(d?: Date): string;
