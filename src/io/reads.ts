import { createReadStream, statSync } from 'node:fs';
import { type ZlibOptions, createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

import { InputError, RecordParser, type SeqRecord, labelOf } from './records.js';
import { BatchBuilder, type ReadBatch } from './batch.js';
import { scanFastq } from './fastq.js';

export { InputError, type SeqRecord } from './records.js';

export interface ReadOptions {
  /** Read label separator (vidjil's --header-sep), default a space. */
  headerSep?: string;
  /** Records per yielded batch. */
  batchSize?: number;
}

/** Read and gunzip slices: large ones mean fewer hand-offs between zlib's thread and this one. */
const READ_AHEAD = 1 << 18;
/**
 * Decompressed bytes kept ready ahead of the parser: zlib's thread then works while this one
 * detects, instead of starting on the next slice only once asked for it.
 */
const GUNZIP_AHEAD = 1 << 22;
const GZIP_MAGIC0 = 0x1f;
const GZIP_MAGIC1 = 0x8b;

/** Opens a file (or `-` for stdin), transparently gunzipping when it starts with the gzip magic. */
async function openInput(path: string): Promise<AsyncIterable<Buffer>> {
  const raw: Readable = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: READ_AHEAD });
  const it = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let first: IteratorResult<Buffer>;
  try {
    first = await it.next();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read input (${code === 'ENOENT' ? 'no such file' : code ?? e})`);
  }
  async function* replay(): AsyncGenerator<Buffer> {
    if (!first.done) yield first.value;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  }
  const buf = first.done ? null : first.value;
  if (buf && buf.length >= 2 && buf[0] === GZIP_MAGIC0 && buf[1] === GZIP_MAGIC1) {
    // readableHighWaterMark: a stream option that zlib passes on, missing from its types.
    const gunzip = createGunzip({ chunkSize: READ_AHEAD, readableHighWaterMark: GUNZIP_AHEAD } as ZlibOptions);
    const src = replay();
    (async () => {
      try {
        for await (const chunk of src) if (!gunzip.write(chunk)) await new Promise((r) => gunzip.once('drain', r));
        gunzip.end();
      } catch (e) {
        gunzip.destroy(e as Error);
      }
    })();
    return gunzip;
  }
  return replay();
}

/** Yields the physical lines of an input (without `\n`). */
async function* lines(path: string): AsyncGenerator<string> {
  yield* linesOf(path, null, await openInput(path));
}

/** The lines of `head` (bytes already read) followed by those of the rest of the input. */
async function* linesOf(path: string, head: Buffer | null, input: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let rest = '';
  function* split(chunk: Buffer): Generator<string> {
    const parts = (rest + chunk.toString('latin1')).split('\n');
    rest = parts.pop()!;
    yield* parts;
  }
  if (head) yield* split(head);
  try {
    for await (const chunk of input) yield* split(chunk);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: cannot decompress or read input (${(e as Error).message})`);
  }
  if (rest !== '') yield rest;
}

/**
 * Streams FASTA or FASTQ records (plain or gzipped, `-` = stdin) in batches. Malformed input
 * throws an InputError naming the file and line.
 */
export async function* readSequences(path: string, opts: ReadOptions = {}): AsyncGenerator<SeqRecord[]> {
  const batchSize = opts.batchSize ?? 1024;
  const parser = new RecordParser((n) => `${path}:${n}`, opts.headerSep ?? ' ');
  let batch: SeqRecord[] = [];
  for await (const line of lines(path)) {
    const r = parser.line(line);
    if (r === null) continue;
    batch.push(r);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  const last = parser.end();
  if (last) batch.push(last);
  if (batch.length > 0) yield batch;
}

const NEWLINE = 10;
const AT = 64;

/**
 * Streams the reads of a FASTA or FASTQ input (plain or gzipped, `-` = stdin) as batches.
 * Plain FASTQ records go from the input bytes straight into the batches; from the first other
 * record on (and for FASTA), lines are parsed as readSequences does, with the same cleaning
 * and the same errors (file and line).
 */
export async function* readBatches(path: string, opts: ReadOptions & { withLabels?: boolean } = {}): AsyncGenerator<ReadBatch> {
  const size = opts.batchSize ?? 1024;
  const sep = opts.headerSep ?? ' ';
  const out = new BatchBuilder(size, opts.withLabels ?? false);
  const input = (await openInput(path))[Symbol.asyncIterator]();
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  let lineCount = 0;
  let irregular = false;
  const header = (from: number, to: number) => labelOf(buf.toString('latin1', from, to).trim().slice(1).trim(), sep);
  // Scans what is buffered; yields full batches; false when the record parser must take over.
  function* scan(): Generator<ReadBatch, boolean> {
    for (;;) {
      const r = scanFastq(buf, pos, buf.length, out, header);
      pos = r.pos;
      lineCount += 4 * r.records;
      if (r.irregular) return false;
      if (!out.full) return true;
      yield out.take();
    }
  }
  const nextChunk = async () => {
    try {
      return await input.next();
    } catch (e) {
      throw new InputError(`${path}: cannot decompress or read input (${(e as Error).message})`);
    }
  };
  for (;;) {
    const next = await nextChunk();
    if (next.done) break;
    buf = pos < buf.length ? Buffer.concat([buf.subarray(pos), next.value]) : next.value;
    pos = 0;
    // Not FASTQ from its first byte: all of it goes to the record parser.
    if (lineCount === 0 && buf[0] !== AT) irregular = true;
    if (irregular || !(yield* scan())) {
      irregular = true;
      break;
    }
  }
  if (!irregular && pos < buf.length) {
    // A last line without its newline; anything left after that is a truncated record.
    if (buf[buf.length - 1] !== NEWLINE) {
      buf = Buffer.concat([buf.subarray(pos), Buffer.from([NEWLINE])]);
      pos = 0;
    }
    irregular = !(yield* scan()) || pos < buf.length;
  }
  if (!irregular) {
    if (out.count > 0) yield out.take();
    return;
  }
  // The rest goes through the record parser.
  const parser = new RecordParser((n) => `${path}:${n}`, sep);
  if (lineCount > 0) parser.continueFastq(lineCount);
  const rest: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => input };
  for await (const line of linesOf(path, buf.subarray(pos), rest)) {
    const r = parser.line(line);
    if (r === null) continue;
    out.addRecord(r);
    if (out.full) yield out.take();
  }
  const last = parser.end();
  if (last) out.addRecord(last);
  if (out.count > 0) yield out.take();
}

/**
 * vidjil's estimate of the number of reads (N of the e-value multiplier): exact when the input
 * has at most 200 records, else extrapolated from the bytes of the first 200 records and the
 * file size (the compressed size for .gz input, as vidjil does). stdin counts as 100.
 */
export async function estimateReadCount(path: string): Promise<number> {
  if (path === '-') return 100;
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read input (${code === 'ENOENT' ? 'no such file' : code ?? e})`);
  }
  let bytes = 0;
  let records = 0;
  let format: string | null = null;
  let fastqLines = 0;
  for await (const raw of lines(path)) {
    bytes += raw.length + 1;
    const t = raw.trim();
    if (format === null) {
      if (t === '' || t.startsWith('#')) continue;
      format = t[0]!;
    }
    if (format === '>') {
      if (t.startsWith('>')) records++;
    } else if (t !== '') {
      if (fastqLines % 4 === 0) records++;
      fastqLines++;
    }
    if (records > 200) return Math.max(1, Math.floor((size / bytes) * 200));
  }
  return records;
}
