/** Bytes per arena chunk; a sequence never spans two chunks. */
const CHUNK = 1 << 22;
/**
 * Sampled read sequences of all windows, appended to large byte chunks outside the JS heap:
 * hundreds of thousands of kept reads would otherwise be as many strings for V8 to trace at
 * every full collection.
 */
export class SeqArena {
    chunks = [];
    used = CHUNK;
    /** Stores `s[from, to)` (latin1) and returns its position. */
    append(s, from, to) {
        const len = to - from;
        if (this.used + len > CHUNK) {
            this.chunks.push(Buffer.allocUnsafe(Math.max(CHUNK, len)));
            this.used = 0;
        }
        const chunk = this.chunks.length - 1;
        const at = this.used;
        this.chunks[chunk].write(s.slice(from, to), at, len, 'latin1');
        this.used += len;
        return chunk * CHUNK + at;
    }
    text(pos, len) {
        const chunk = Math.floor(pos / CHUNK);
        const at = pos - chunk * CHUNK;
        return this.chunks[chunk].toString('latin1', at, at + len);
    }
}
//# sourceMappingURL=arena.js.map