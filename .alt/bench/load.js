/**
 * Load check of the analyze endpoint (issue 4): `node dist/bench/load.js`.
 *
 * Starts the server in this process on 127.0.0.1 (ephemeral port), sends a fixed mix of
 * requests (60% the 3 api-example sequences, 20% garbage, 10% too many sequences, 10% empty
 * field) with a fixed concurrency, only to 127.0.0.1, and checks every answer (status and
 * error/clone names). Prints p50/p99 latency per kind, RSS before/middle/after, and exits 1 on
 * any wrong answer, transport error or when the time budget is exceeded.
 *
 * Environment:
 *   LOAD_REQUESTS     requests (default 1000, at most 100000)
 *   LOAD_CONCURRENCY  requests in flight (default 20, at most 256)
 *   LOAD_THREADS      server worker threads (default: available cores)
 *   LOAD_BUDGET_S     overall time budget in seconds (default 600)
 *   VIDJIL_GERMLINE   .g preset (default ../shared/germline/homo-sapiens.g when present, else the installed one)
 */
import { existsSync, readFileSync } from 'node:fs';
import { packageRoot } from '../src/germline/preset.js';
import { Agent, request } from 'node:http';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../src/server/server.js';
const HOST = '127.0.0.1';
function envInt(name, def, max) {
    const v = process.env[name];
    if (v === undefined || v === '')
        return def;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > max)
        throw new Error(`${name} should be an integer in 1..${max}`);
    return n;
}
/** Small deterministic PRNG (mulberry32) for the request order. */
function rng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const quantile = (sorted, q) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
async function main() {
    const total = envInt('LOAD_REQUESTS', 1000, 100_000);
    const concurrency = envInt('LOAD_CONCURRENCY', 20, 256);
    const threads = envInt('LOAD_THREADS', availableParallelism(), 256);
    const budgetMs = envInt('LOAD_BUDGET_S', 600, 86_400) * 1000;
    const root = packageRoot();
    const shared = resolve(root, '..', 'shared');
    const germline = process.env.VIDJIL_GERMLINE ?? (existsSync(join(shared, 'germline', 'homo-sapiens.g')) ? join(shared, 'germline', 'homo-sapiens.g') : undefined);
    const examplePath = join(shared, 'data', 'api-example.fa');
    const example = existsSync(examplePath)
        ? readFileSync(examplePath, 'utf8')
        : '>seq1\nCCCAGGCTCCTCATCTATGATGCATCCACCAGGGCCACTAGCATCCCAGCCAGGTTCAGTGGCAGTGGGTCTGGGACAGACTTCACTCTCACCATCAGCAGCCTGCAGCCTGAAGATTTTGCAGTTTATTACTGTCAGCAGGATTATAACTTACCTCGTGGAGGCAGCCC\n';
    const exampleCount = (example.match(/^>/gm) ?? []).length;
    const t0 = performance.now();
    const srv = await startServer({ germline: germline ? [germline] : undefined, port: 0, host: HOST, threads });
    process.stdout.write(`server on ${HOST}:${srv.port} (threads ${threads}, germline ${germline ?? 'installed preset'}), started in ${(performance.now() - t0).toFixed(0)} ms\n`);
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    const form = (s) => new URLSearchParams({ sequences: s }).toString();
    const tooMany = Array.from({ length: 11 }, (_, i) => `>s${i}\nACGTACGTACGT\n`).join('');
    const bodies = {
        valid: form(example),
        garbage: form('this is not a FASTA file\nACGT'),
        'too-many': form(tooMany),
        empty: form(''),
    };
    const send = (body) => new Promise((res, rej) => {
        const req = request({
            host: HOST,
            port: srv.port,
            method: 'POST',
            path: '/vidjil/segmenter',
            agent,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) },
            timeout: 60_000,
        }, (r) => {
            const chunks = [];
            r.on('data', (c) => chunks.push(c));
            r.on('end', () => res({ status: r.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
            r.on('error', rej);
        });
        req.on('timeout', () => req.destroy(new Error('request timeout (60 s)')));
        req.on('error', rej);
        req.end(body);
    });
    // Expected names of the valid answer: from one request before the measure (also a warm-up).
    const first = await send(bodies.valid);
    if (first.status !== 200) {
        process.stdout.write(`warm-up request failed: ${first.status} ${first.text.slice(0, 200)}\n`);
        await srv.close();
        return 1;
    }
    const expectedNames = JSON.parse(first.text).clones.map((c) => c.name);
    for (let i = 0; i < 2 * concurrency; i++)
        await send(bodies.valid);
    const check = (kind, status, text) => {
        let json;
        try {
            json = JSON.parse(text);
        }
        catch {
            return 'answer is not JSON';
        }
        switch (kind) {
            case 'valid': {
                if (status !== 200)
                    return `status ${status}, expected 200`;
                const names = (json.clones ?? []).map((c) => c.name);
                if (names.length !== exampleCount || names.join('\n') !== expectedNames.join('\n'))
                    return `clone names differ: ${names.join(' | ')}`;
                return undefined;
            }
            case 'garbage':
                return status === 400 && json.error === 'invalid sequences, please use fasta or fastq format' ? undefined : `status ${status} ${text.slice(0, 100)}`;
            case 'too-many':
                return status === 400 && json.error === 'too many sequences (limit : 10)' ? undefined : `status ${status} ${text.slice(0, 100)}`;
            case 'empty':
                return status === 400 && typeof json.error === 'string' ? undefined : `status ${status} ${text.slice(0, 100)}`;
        }
    };
    // The mix: exact proportions, shuffled deterministically.
    const kinds = [];
    const counts = [
        ['garbage', Math.round(total * 0.2)],
        ['too-many', Math.round(total * 0.1)],
        ['empty', Math.round(total * 0.1)],
    ];
    for (const [k, n] of counts)
        for (let i = 0; i < n; i++)
            kinds.push(k);
    while (kinds.length < total)
        kinds.push('valid');
    const rand = rng(4);
    for (let i = kinds.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
    }
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const heapBefore = process.memoryUsage().heapUsed;
    let rssMiddle = 0;
    const outcomes = [];
    const deadline = performance.now() + budgetMs;
    let next = 0;
    let timedOut = false;
    const start = performance.now();
    const workerLoop = async () => {
        for (;;) {
            if (performance.now() > deadline) {
                timedOut = true;
                return;
            }
            const i = next++;
            if (i >= kinds.length)
                return;
            if (i === Math.floor(kinds.length / 2))
                rssMiddle = process.memoryUsage().rss;
            const kind = kinds[i];
            const t = performance.now();
            try {
                const { status, text } = await send(bodies[kind]);
                const problem = check(kind, status, text);
                outcomes.push({ kind, ms: performance.now() - t, status, ok: problem === undefined, problem });
            }
            catch (e) {
                outcomes.push({ kind, ms: performance.now() - t, status: 0, ok: false, problem: `transport error: ${e.message}` });
            }
        }
    };
    await Promise.all(Array.from({ length: concurrency }, workerLoop));
    const wall = performance.now() - start;
    globalThis.gc?.();
    const rssAfter = process.memoryUsage().rss;
    const heapAfter = process.memoryUsage().heapUsed;
    agent.destroy();
    await srv.close();
    const lines = [];
    lines.push(`${outcomes.length} requests, ${concurrency} concurrent, ${(wall / 1000).toFixed(2)} s, ${(outcomes.length / (wall / 1000)).toFixed(1)} req/s`);
    const row = (label, xs) => {
        const ms = xs.map((o) => o.ms).sort((a, b) => a - b);
        const statuses = new Map();
        for (const o of xs)
            statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1);
        const st = [...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ');
        lines.push(`  ${label.padEnd(9)} n=${String(xs.length).padStart(5)}  p50 ${quantile(ms, 0.5).toFixed(1).padStart(7)} ms  p99 ${quantile(ms, 0.99).toFixed(1).padStart(7)} ms  max ${(ms[ms.length - 1] ?? NaN).toFixed(1).padStart(7)} ms  statuses ${st}  wrong ${xs.filter((o) => !o.ok).length}`);
    };
    row('all', outcomes);
    for (const k of ['valid', 'garbage', 'too-many', 'empty'])
        row(k, outcomes.filter((o) => o.kind === k));
    lines.push(`RSS before ${mb(rssBefore)}, middle ${mb(rssMiddle)}, after ${mb(rssAfter)} (${rssAfter >= rssBefore ? '+' : ''}${mb(rssAfter - rssBefore)}); main-thread heap ${mb(heapBefore)} → ${mb(heapAfter)}`);
    const wrong = outcomes.filter((o) => !o.ok);
    for (const o of wrong.slice(0, 10))
        lines.push(`  wrong: ${o.kind}: ${o.problem}`);
    if (timedOut)
        lines.push(`time budget of ${budgetMs / 1000} s exceeded`);
    const failed = wrong.length > 0 || timedOut || outcomes.length !== total;
    lines.push(failed ? `FAILED: ${wrong.length} wrong answers, ${total - outcomes.length} not sent` : 'OK: every answer as expected');
    process.stdout.write(lines.join('\n') + '\n');
    return failed ? 1 : 0;
}
main().then((code) => process.exit(code), (e) => {
    process.stderr.write(`load check failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
});
//# sourceMappingURL=load.js.map