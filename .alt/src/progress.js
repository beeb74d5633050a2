/** Read counts and rate on stderr, rewritten in place; silent when disabled (not a TTY, --quiet). */
export class Progress {
    enabled;
    start = Date.now();
    last = 0;
    shown = false;
    constructor(enabled) {
        this.enabled = enabled;
    }
    update(reads) {
        if (!this.enabled)
            return;
        const now = Date.now();
        if (now - this.last < 200)
            return;
        this.last = now;
        const rate = reads / Math.max(0.001, (now - this.start) / 1000);
        process.stderr.write(`\r  ${reads.toLocaleString('en-US')} reads (${Math.round(rate).toLocaleString('en-US')} reads/s)   `);
        this.shown = true;
    }
    done() {
        if (this.shown)
            process.stderr.write('\n');
        this.shown = false;
    }
}
//# sourceMappingURL=progress.js.map