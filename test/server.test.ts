/** Issue 4: the local Vidjil-compatible analyze endpoint, over real HTTP on an ephemeral port. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyzer.js';
import { analyzeFile } from '../src/analyze.js';
import { localEngine } from '../src/engine.js';
import { parseMultipart } from '../src/server/body.js';
import { parseSequences } from '../src/io/text.js';
import { startServer, type RunningServer } from '../src/server/server.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const PRESET = resolve(HERE, '..', '..', 'shared', 'germline', 'homo-sapiens.g');
const DATA = resolve(HERE, '..', '..', 'shared', 'data');
const API_EXAMPLE = join(DATA, 'api-example.fa');
const REFERENCE = resolve(HERE, '..', '..', 'shared', 'reference', 'vidjil-algo', 'api-example.designations.vidjil');
const FASTA = readFileSync(API_EXAMPLE, 'utf8');
const REF_NAMES: string[] = JSON.parse(readFileSync(REFERENCE, 'utf8')).clones.map((c: { name: string }) => c.name);
const INVALID = { error: 'invalid sequences, please use fasta or fastq format' };

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
}

/** One request with node:http (keeps working when the server answers before the upload ends). */
function http(port: number, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolvePromise, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown = undefined;
        try {
          json = text === '' ? undefined : JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };
const names = (vidjil: any): string[] => vidjil.clones.map((c: { name: string }) => c.name);

describe('request body parsing', () => {
  it('parses FASTA like the file reader: label, upper case, spaces and dots removed', () => {
    const r = parseSequences('\n  >s1 some comment\r\nac gt.\nNN\n# note\n>s2\n');
    expect(r).toEqual([
      { label: 's1', header: 's1 some comment', seq: 'ACGTNN' },
      { label: 's2', header: 's2', seq: '' },
    ]);
  });

  it('parses FASTQ 4-line records and rejects malformed ones with the line', () => {
    expect(parseSequences('@r1 x\nacgt\n+\nIIII\n')).toEqual([{ label: 'r1', header: 'r1 x', seq: 'ACGT', qual: 'IIII' }]);
    for (const f of ['malformed1.fq', 'malformed2.fq', 'malformed3.fq', 'malformed4.fq', 'malformed5.fq', 'malformed7.fq']) {
      expect(() => parseSequences(readFileSync(join(DATA, 'malformed', f), 'utf8')), f).toThrow(/^line \d+: /);
    }
    expect(() => parseSequences('@r\nAC\n \nII\n')).toThrow(/encode '\+' as %2B/);
  });

  it('splits multipart bodies with and without headers, CRLF or LF', () => {
    const body = Buffer.from(
      'preamble\r\n--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n' +
        '--XyZ\r\nContent-Disposition: form-data; name="sequences"; filename="r.fa"\r\nContent-Type: text/plain\r\n\r\n>s\nACGT\n\r\n' +
        '--XyZ\r\n\r\nno headers\r\n--XyZ--\r\n',
    );
    const parts = parseMultipart(body, 'XyZ');
    expect(parts.map((p) => [p.name, p.filename, p.data.toString()])).toEqual([
      ['a', null, '1'],
      ['sequences', 'r.fa', '>s\nACGT\n'],
      [null, null, 'no headers'],
    ]);
    const lf = parseMultipart(Buffer.from('--b\nContent-Disposition: form-data; name="sequences"\n\n>x\nAC\n--b--\n'), 'b');
    expect(lf[0]!.data.toString()).toBe('>x\nAC');
  });
});

describe('analyze endpoint (threads 1)', () => {
  let srv: RunningServer;
  const logged: string[] = [];

  beforeAll(async () => {
    srv = await startServer({ germline: [PRESET], port: 0, host: '127.0.0.1', threads: 1, log: (l) => logged.push(l) });
  });
  afterAll(async () => {
    await srv?.close();
  });

  it('designates the api-example sequences as vidjil-algo and the CLI (-c designations)', async () => {
    expect(REF_NAMES).toHaveLength(3);
    const a = await http(srv.port, 'POST', '/vidjil/segmenter', form({ sequences: FASTA }), FORM);
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toMatch(/^application\/json/);
    expect(a.json.clones).toHaveLength(3);
    expect(names(a.json)).toEqual(REF_NAMES);
    expect(a.json.reads).toEqual({ total: [3], segmented: [3], germline: { 'IGK+': [1], TRB: [1], 'TRD+': [1] } });

    // Same clones as the CLI's code path on the file.
    const an = createAnalyzer({ germline: [PRESET] });
    const cliRun = await analyzeFile(an, localEngine(an), API_EXAMPLE, { command: 'designations' });
    expect(a.json.clones).toEqual(JSON.parse(JSON.stringify(cliRun.vidjil.clones)));
  });

  it('matches the built CLI output (dist/ is built by npm ci)', async () => {
    const cli = join(ROOT, 'dist', 'src', 'cli.js');
    expect(existsSync(cli), 'dist/ missing: run npm run build').toBe(true);
    const out = mkdtempSync(join(tmpdir(), 'vidjil-ts-server-'));
    try {
      const r = spawnSync(process.execPath, [cli, '-g', PRESET, '-c', 'designations', '-t', '1', '--quiet', '-o', out, '-b', 'api', API_EXAMPLE], {
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      const fromCli = JSON.parse(readFileSync(join(out, 'api.vidjil'), 'utf8'));
      const a = await http(srv.port, 'POST', '/vidjil/segmenter/', form({ sequences: FASTA }), FORM);
      expect(names(a.json)).toEqual(names(fromCli));
      expect(a.json.clones).toEqual(fromCli.clones);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('accepts multipart/form-data, as a text field or a (gzipped) file upload', async () => {
    const fd = new FormData();
    fd.append('other', 'x');
    fd.append('sequences', FASTA);
    const r1 = await fetch(`http://127.0.0.1:${srv.port}/vidjil/segmenter/index`, { method: 'POST', body: fd });
    expect(r1.status).toBe(200);
    expect(names(await r1.json())).toEqual(REF_NAMES);

    const file = new FormData();
    file.append('sequences', new Blob([FASTA], { type: 'text/plain' }), 'api-example.fa');
    const r2 = await fetch(`http://127.0.0.1:${srv.port}/vidjil/segmenter`, { method: 'POST', body: file });
    expect(r2.status).toBe(200);
    expect(names(await r2.json())).toEqual(REF_NAMES);

    const gz = new FormData();
    gz.append('sequences', new Blob([gzipSync(FASTA)]), 'api-example.fa.gz');
    const r3 = await fetch(`http://127.0.0.1:${srv.port}/vidjil/segmenter`, { method: 'POST', body: gz });
    expect(r3.status).toBe(200);
    expect(names(await r3.json())).toEqual(REF_NAMES);
  });

  it('accepts JSON {"sequences": ...} and FASTQ', async () => {
    const a = await http(srv.port, 'POST', '/vidjil/segmenter', JSON.stringify({ sequences: FASTA }), { 'Content-Type': 'application/json' });
    expect(a.status).toBe(200);
    expect(names(a.json)).toEqual(REF_NAMES);
    const fastq = FASTA.split('\n')
      .filter((l) => l !== '')
      .map((l, i) => (i % 2 === 0 ? `@${l.slice(1)}` : `${l}\n+\n${'I'.repeat(l.length)}`))
      .join('\n');
    const q = await http(srv.port, 'POST', '/vidjil/segmenter', form({ sequences: fastq }), FORM);
    expect(q.status).toBe(200);
    expect(names(q.json)).toEqual(REF_NAMES);
  });

  it('refuses more than maxSequences sequences', async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `>s${i}\nACGTACGT\n`).join('');
    const a = await http(srv.port, 'POST', '/vidjil/segmenter', form({ sequences: eleven }), FORM);
    expect(a.status).toBe(400);
    expect(a.json).toEqual({ error: 'too many sequences (limit : 10)' });
    const ten = await http(srv.port, 'POST', '/vidjil/segmenter', form({ sequences: eleven.split('>s10')[0]! }), FORM);
    expect(ten.status).toBe(200);
    expect(ten.json.clones).toHaveLength(10);
  });

  it('refuses what is not FASTA/FASTQ, and malformed FASTQ with the parser message', async () => {
    for (const garbage of ['hello world', 'ACGTACGT\n>s\nACGT', '{"a": 1}', '\u0000\u0001\u00ff']) {
      const a = await http(srv.port, 'POST', '/vidjil/segmenter', form({ sequences: garbage }), FORM);
      expect(a.status, garbage).toBe(400);
      expect(a.json).toEqual(INVALID);
    }
    const bad = readFileSync(join(DATA, 'malformed', 'malformed3.fq'), 'utf8');
    const q = await http(srv.port, 'POST', '/vidjil/segmenter', form({ sequences: bad }), FORM);
    expect(q.status).toBe(400);
    expect(q.json.error).toMatch(/^line 4: quality length 8 differs from sequence length 5/);
    const chars = await http(srv.port, 'POST', '/vidjil/segmenter', form({ sequences: '>s\nACG*T\n' }), FORM);
    expect(chars.status).toBe(400);
    expect(chars.json.error).toBe("line 2: unexpected character '*' in sequence");
  });

  it('answers 400 on an empty body, a missing or empty field, bad JSON', async () => {
    const cases: Array<[string | undefined, Record<string, string>]> = [
      [undefined, FORM],
      ['', FORM],
      [form({ other: FASTA }), FORM],
      [form({ sequences: '' }), FORM],
      [form({ sequences: ' \n\n ' }), FORM],
      ['{"sequences": 3}', { 'Content-Type': 'application/json' }],
      ['{"seq', { 'Content-Type': 'application/json' }],
      ['{}', { 'Content-Type': 'application/json' }],
      ['--nope--', { 'Content-Type': 'multipart/form-data; boundary=abc' }],
      ['x', { 'Content-Type': 'multipart/form-data' }],
    ];
    for (const [body, headers] of cases) {
      const a = await http(srv.port, 'POST', '/vidjil/segmenter', body, headers);
      expect(a.status, String(body)).toBe(400);
      expect(typeof a.json.error, String(body)).toBe('string');
    }
    const mt = await http(srv.port, 'POST', '/vidjil/segmenter', '<x/>', { 'Content-Type': 'application/xml' });
    expect(mt.status).toBe(415);
  });

  it('answers 413 past 1 MB, declared or streamed, without waiting for the whole upload', async () => {
    const big = form({ sequences: `>s\n${'A'.repeat(1_100_000)}\n` });
    const a = await http(srv.port, 'POST', '/vidjil/segmenter', big, FORM);
    expect(a.status).toBe(413);
    expect(a.json.error).toMatch(/too large/);
    // Chunked upload (no Content-Length): cut as soon as the limit is passed.
    const b = await new Promise<Answer>((res, rej) => {
      const req = request({ host: '127.0.0.1', port: srv.port, method: 'POST', path: '/vidjil/segmenter', headers: FORM, agent: false }, (r) => {
        let t = '';
        r.on('data', (c) => (t += c));
        r.on('end', () => res({ status: r.statusCode!, headers: r.headers, text: t, json: JSON.parse(t) }));
      });
      req.on('error', rej);
      const chunk = 'A'.repeat(64 * 1024);
      req.write('sequences=%3Es%0A');
      for (let i = 0; i < 20; i++) req.write(chunk);
      req.end();
    });
    expect(b.status).toBe(413);
    // Expect: 100-continue: refused before the body is sent.
    const c = await new Promise<number>((res, rej) => {
      const req = request({
        host: '127.0.0.1',
        port: srv.port,
        method: 'POST',
        path: '/vidjil/segmenter',
        headers: { ...FORM, 'Content-Length': String(5_000_000), Expect: '100-continue' },
        agent: false,
      });
      req.on('continue', () => rej(new Error('server asked for the oversized body')));
      req.on('response', (r) => {
        r.resume();
        res(r.statusCode!);
        req.destroy();
      });
      req.on('error', () => {});
    });
    expect(c).toBe(413);
    // The server is still fine.
    const ok = await http(srv.port, 'POST', '/vidjil/segmenter', form({ sequences: FASTA }), FORM);
    expect(ok.status).toBe(200);
  });

  it('sends CORS headers on every answer and answers preflight requests', async () => {
    const pre = await http(srv.port, 'OPTIONS', '/vidjil/segmenter', undefined, {
      Origin: 'http://example.org',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    });
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(pre.headers['access-control-allow-methods']).toMatch(/POST/);
    expect(String(pre.headers['access-control-allow-headers']).toLowerCase()).toContain('content-type');
    const answers = await Promise.all([
      http(srv.port, 'POST', '/vidjil/segmenter', form({ sequences: 'nope' }), FORM),
      http(srv.port, 'GET', '/health'),
      http(srv.port, 'GET', '/elsewhere'),
      http(srv.port, 'POST', '/vidjil/segmenter', form({ sequences: FASTA }), FORM),
    ]);
    for (const a of answers) expect(a.headers['access-control-allow-origin']).toBe('*');
  });

  it('answers 404 on unknown paths and 405 on wrong methods, as JSON', async () => {
    const nf = await http(srv.port, 'POST', '/vidjil/other', form({ sequences: FASTA }), FORM);
    expect(nf.status).toBe(404);
    expect(typeof nf.json.error).toBe('string');
    const get = await http(srv.port, 'GET', '/vidjil/segmenter');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toMatch(/POST/);
    expect(typeof get.json.error).toBe('string');
    const put = await http(srv.port, 'PUT', '/health', 'x');
    expect(put.status).toBe(405);
  });

  it('GET /health gives the status and the germlines', async () => {
    const a = await http(srv.port, 'GET', '/health');
    expect(a.status).toBe(200);
    expect(a.json.status).toBe('ok');
    expect(a.json.germlines.species).toBe('Homo sapiens');
    expect(a.json.germlines.systems).toContain('TRB');
    expect(a.json.max_sequences).toBe(10);
  });

  it('never crashes nor leaks a stack trace', async () => {
    const odd: Array<[string, string, string | undefined, Record<string, string>]> = [
      ['POST', '/vidjil/segmenter?x=1', form({ sequences: '>\n' }), FORM],
      ['POST', '/vidjil/segmenter', '%%%%sequences=%E0%A4%A', FORM],
      ['POST', '/vidjil/segmenter', form({ sequences: '@\n\n+\n\n' }), FORM],
      ['POST', '/vidjil/segmenter', '\u001f\u008b garbage', { 'Content-Type': 'text/plain' }],
      ['POST', '/%2e%2e/%2e%2e/etc/passwd', undefined, {}],
    ];
    for (const [m, p, b, h] of odd) {
      const a = await http(srv.port, m, p, b, h);
      expect(a.status, `${p} ${b}`).toBeLessThan(500);
      expect(a.text).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
    expect(logged).toEqual([]);
    expect((await http(srv.port, 'GET', '/health')).status).toBe(200);
  });
});

describe('analyze endpoint options', () => {
  it('reports the configured sequence limit and body limit', async () => {
    const srv = await startServer({ germline: [PRESET], port: 0, threads: 1, maxSequences: 2, maxBodyBytes: 1000 });
    try {
      const a = await http(srv.port, 'POST', '/vidjil/segmenter', form({ sequences: '>a\nACGT\n>b\nACGT\n>c\nACGT\n' }), FORM);
      expect(a.status).toBe(400);
      expect(a.json).toEqual({ error: 'too many sequences (limit : 2)' });
      const b = await http(srv.port, 'POST', '/vidjil/segmenter', form({ sequences: FASTA.slice(0, 500) + 'A'.repeat(500) }), FORM);
      expect(b.status).toBe(413);
      expect(b.json).toEqual({ error: 'request body too large (limit : 1000 bytes)' });
    } finally {
      await srv.close();
    }
  });

  it('close() lets in-flight requests finish, then refuses connections', async () => {
    const srv = await startServer({ germline: [PRESET], port: 0, threads: 1 });
    const pending = http(srv.port, 'POST', '/vidjil/segmenter', form({ sequences: FASTA }), FORM);
    await new Promise((r) => setTimeout(r, 20));
    const closing = srv.close();
    const a = await pending;
    expect(a.status).toBe(200);
    expect(names(a.json)).toEqual(REF_NAMES);
    await closing;
    await expect(http(srv.port, 'GET', '/health')).rejects.toThrow(/ECONNREFUSED/);
  });
});

// The worker pool loads compiled JS (dist/src/parallel/worker.js): test the built server.
const DIST_SERVER = join(ROOT, 'dist', 'src', 'server', 'server.js');
const DIST_WORKER = join(ROOT, 'dist', 'src', 'parallel', 'worker.js');

describe('analyze endpoint on the worker pool (built dist/, threads 2)', () => {
  it('serves concurrent requests with the same answers', async () => {
    expect(existsSync(DIST_SERVER) && existsSync(DIST_WORKER), 'dist/ missing: run npm run build').toBe(true);
    const mod = (await import(pathToFileURL(DIST_SERVER).href)) as typeof import('../src/server/server.js');
    const srv = await mod.startServer({ germline: [PRESET], port: 0, threads: 2 });
    try {
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          i % 4 === 3
            ? http(srv.port, 'POST', '/vidjil/segmenter', form({ sequences: 'garbage' }), FORM)
            : http(srv.port, 'POST', '/vidjil/segmenter', form({ sequences: FASTA }), FORM),
        ),
      );
      answers.forEach((a, i) => {
        if (i % 4 === 3) {
          expect(a.status).toBe(400);
          expect(a.json).toEqual(INVALID);
        } else {
          expect(a.status).toBe(200);
          expect(names(a.json)).toEqual(REF_NAMES);
        }
      });
      const h = await http(srv.port, 'GET', '/health');
      expect(h.json.threads).toBe(2);
    } finally {
      await srv.close();
    }
  });
});
