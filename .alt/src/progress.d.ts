/** Read counts and rate on stderr, rewritten in place; silent when disabled (not a TTY, --quiet). */
export declare class Progress {
    private readonly enabled;
    private start;
    private last;
    private shown;
    constructor(enabled: boolean);
    update(reads: number): void;
    done(): void;
}
