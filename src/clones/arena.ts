/** Bytes per arena chunk; a sequence never spans two chunks. */
const CHUNK = 1 << 22;

/**
 * Sampled read sequences of all windows, appended to large byte chunks outside the JS heap:
 * hundreds of thousands of kept reads would otherwise be as many strings for V8 to trace at
 * every full collection.
 */
export class SeqArena {
  private readonly chunks: Buffer[] = [];
  private used = CHUNK;

  /** Stores `bytes[from, to)` and returns its position. */
  append(bytes: Uint8Array, from: number, to: number): number {
    const len = to - from;
    if (this.used + len > CHUNK) {
      this.chunks.push(Buffer.allocUnsafe(Math.max(CHUNK, len)));
      this.used = 0;
    }
    const chunk = this.chunks.length - 1;
    const at = this.used;
    this.chunks[chunk]!.set(bytes.subarray(from, to), at);
    this.used += len;
    return chunk * CHUNK + at;
  }

  text(pos: number, len: number): string {
    const chunk = Math.floor(pos / CHUNK);
    const at = pos - chunk * CHUNK;
    return this.chunks[chunk]!.toString('latin1', at, at + len);
  }
}
