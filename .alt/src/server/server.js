/**
 * A local Vidjil-compatible analyze endpoint (issue 4): `POST /vidjil/segmenter` with a
 * `sequences` field holding up to `maxSequences` FASTA/FASTQ sequences answers the `.vidjil`
 * JSON of `-c designations` on them, as Vidjil's platform does. Node's `http` module only.
 *
 * The germline index is built once at start; designations run on the worker pool (threads > 1)
 * so that concurrent requests do not wait for each other.
 */
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { createAnalyzer } from '../analyzer.js';
import { designateRecords, PRODUCER } from '../analyze.js';
import { localEngine } from '../engine.js';
import { InputError } from '../io/reads.js';
import { stringifySorted } from '../output/json.js';
import { workerEngine } from '../parallel/pool.js';
import { FIELD, HttpError, extractSequences, readBody, tooLarge } from './body.js';
import { firstNonBlank, parseSequences } from '../io/text.js';
export const DEFAULT_MAX_SEQUENCES = 10;
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const ANALYZE_PATHS = new Set(['/vidjil/segmenter', '/vidjil/segmenter/index']);
const HEALTH_PATH = '/health';
const INVALID_FORMAT = 'invalid sequences, please use fasta or fastq format';
/** After a 413, the rest of the upload is read and dropped up to this many bytes or ms, then the connection is cut. */
const DISCARD_MAX_BYTES = 16 * 1024 * 1024;
const DISCARD_MAX_MS = 10_000;
/** Grace period of close() for connections still busy, before they are cut. */
const CLOSE_GRACE_MS = 30_000;
const CORS_ALLOWED_HEADERS = 'Content-Type, Accept, X-Requested-With';
export async function startServer(opts = {}) {
    const maxSequences = opts.maxSequences ?? DEFAULT_MAX_SEQUENCES;
    const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const threads = opts.threads ?? availableParallelism();
    if (!Number.isInteger(maxSequences) || maxSequences < 1)
        throw new RangeError('maxSequences should be a positive integer');
    if (!Number.isInteger(maxBody) || maxBody < 1)
        throw new RangeError('maxBodyBytes should be a positive integer');
    if (!Number.isInteger(threads) || threads < 1)
        throw new RangeError('threads should be a positive integer');
    const log = opts.log ?? ((line) => void process.stderr.write(`vidjil-ts serve: ${line}\n`));
    const an = createAnalyzer({ germline: opts.germline, shared: true });
    // Workers build their designation data at start, not on the first requests.
    const engine = threads > 1 ? await workerEngine(an, threads, { warmDesignation: true }) : localEngine(an);
    const commandline = `vidjil-ts -c designations${(opts.germline ?? []).map((g) => ` -g ${g}`).join('')} (analyze endpoint) `;
    const health = JSON.stringify({
        status: 'ok',
        producer: PRODUCER,
        germlines: germlineInfo(an),
        max_sequences: maxSequences,
        max_body_bytes: maxBody,
        threads,
    });
    let closing = false;
    const inFlight = new Set();
    const handle = async (req, res, bodyAllowed) => {
        setCommonHeaders(req, res);
        if (closing)
            res.setHeader('Connection', 'close');
        const path = pathOf(req.url);
        const method = req.method ?? 'GET';
        if (ANALYZE_PATHS.has(path)) {
            if (method === 'OPTIONS')
                return preflight(res, 'POST, OPTIONS');
            if (method !== 'POST')
                return sendError(res, 405, `method ${method} not allowed (use POST)`, { Allow: 'POST, OPTIONS' });
            const declared = Number(req.headers['content-length']);
            if (Number.isFinite(declared) && declared > maxBody)
                return rejectUpload(req, res, tooLarge(maxBody));
            bodyAllowed();
            let body;
            try {
                body = await readBody(req, maxBody);
            }
            catch (e) {
                if (e instanceof HttpError && e.status === 413)
                    return rejectUpload(req, res, e);
                throw e;
            }
            const text = extractSequences(req.headers['content-type'], body, maxBody);
            if (text.trim() === '')
                throw new HttpError(400, `empty '${FIELD}' field: no sequences given`);
            const c = firstNonBlank(text);
            if (c !== '>' && c !== '@')
                throw new HttpError(400, INVALID_FORMAT);
            const records = parseSequences(text, { maxRecords: maxSequences });
            if (records.length === 0)
                throw new HttpError(400, 'no sequences found');
            const job = designateRecords(engine, records, { command: 'designations', commandline, originalName: FIELD }, FIELD);
            inFlight.add(job);
            try {
                const { vidjil } = await job;
                return send(res, 200, stringifySorted(vidjil) + '\n');
            }
            finally {
                inFlight.delete(job);
            }
        }
        if (path === HEALTH_PATH) {
            if (method === 'OPTIONS')
                return preflight(res, 'GET, HEAD, OPTIONS');
            if (method !== 'GET' && method !== 'HEAD')
                return sendError(res, 405, `method ${method} not allowed (use GET)`, { Allow: 'GET, HEAD, OPTIONS' });
            return send(res, 200, health);
        }
        return sendError(res, 404, `not found: ${path} (the analyze endpoint is POST /vidjil/segmenter)`);
    };
    const onRequest = (req, res, bodyAllowed = () => { }) => {
        // Keep-alive connections that become idle during shutdown are closed at once.
        res.on('finish', () => {
            if (closing)
                setImmediate(() => server.closeIdleConnections());
        });
        handle(req, res, bodyAllowed).catch((e) => {
            if (e instanceof HttpError)
                return sendError(res, e.status, e.message);
            if (e instanceof InputError)
                return sendError(res, 400, e.message);
            log(`internal error on ${req.method} ${req.url}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
            sendError(res, 500, 'internal server error');
        });
    };
    const server = createServer({ requestTimeout: 60_000, headersTimeout: 20_000, keepAliveTimeout: 5_000 });
    server.on('request', (req, res) => onRequest(req, res));
    // `Expect: 100-continue`: answer 413 before the client sends an oversized body.
    server.on('checkContinue', (req, res) => onRequest(req, res, () => res.writeContinue()));
    server.on('clientError', (err, socket) => {
        if (err.code === 'ECONNRESET' || !socket.writable) {
            socket.destroy();
            return;
        }
        const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
        const body = JSON.stringify({ error: status.slice(4).toLowerCase() });
        socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
            `Access-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n${body}`);
    });
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(opts.port ?? 8000, opts.host ?? '127.0.0.1', () => {
                server.off('error', reject);
                resolve();
            });
        });
    }
    catch (e) {
        await engine.close().catch(() => { });
        throw e;
    }
    server.on('error', (e) => log(`server error: ${e.message}`));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : (opts.port ?? 8000);
    let closed = null;
    const close = () => {
        if (closed)
            return closed;
        closing = true;
        closed = (async () => {
            const grace = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
            grace.unref();
            // Stops listening and closes idle keep-alive connections; busy ones end after their answer.
            await new Promise((resolve) => server.close(() => resolve()));
            clearTimeout(grace);
            await Promise.allSettled([...inFlight]);
            await engine.close();
        })();
        return closed;
    };
    return { port, close };
}
function germlineInfo(an) {
    return { ref: an.germlines.ref, species: an.germlines.species, species_taxon_id: an.germlines.speciesTaxonId, systems: an.germlines.codes };
}
/** Path without query string and trailing slashes. */
function pathOf(url) {
    let p = url ?? '/';
    const q = p.search(/[?#]/);
    if (q >= 0)
        p = p.slice(0, q);
    p = p.replace(/\/+$/, '');
    return p === '' ? '/' : p;
}
function setCommonHeaders(req, res) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    const asked = req.headers['access-control-request-headers'];
    res.setHeader('Access-Control-Allow-Headers', typeof asked === 'string' && /^[\w\-, ]{1,500}$/.test(asked) ? `${CORS_ALLOWED_HEADERS}, ${asked}` : CORS_ALLOWED_HEADERS);
    res.setHeader('Access-Control-Max-Age', '86400');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
}
function preflight(res, allow) {
    res.setHeader('Allow', allow);
    res.setHeader('Content-Length', '0');
    res.writeHead(204);
    res.end();
}
function send(res, status, json, headers = {}) {
    if (res.headersSent || res.destroyed)
        return;
    for (const [k, v] of Object.entries(headers))
        res.setHeader(k, v);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(json));
    res.writeHead(status);
    res.end(res.req?.method === 'HEAD' ? undefined : json);
}
function sendError(res, status, message, headers = {}) {
    send(res, status, JSON.stringify({ error: message }), headers);
}
/**
 * 413 without buffering the upload. The rest of the body is read and dropped (bounded in bytes
 * and time, then the connection is cut) so that clients sending the whole body before reading
 * the answer (e.g. Python requests) get the 413 instead of a connection reset.
 */
function rejectUpload(req, res, err) {
    const expectsContinue = /100-continue/i.test(String(req.headers.expect ?? ''));
    // With `Expect: 100-continue` the body is not sent: the connection cannot be reused.
    if (expectsContinue)
        res.setHeader('Connection', 'close');
    sendError(res, err.status, err.message);
    if (expectsContinue || req.complete)
        return;
    let dropped = 0;
    const cut = () => req.socket.destroy();
    const timer = setTimeout(cut, DISCARD_MAX_MS);
    timer.unref();
    req.on('data', (c) => {
        dropped += c.length;
        if (dropped > DISCARD_MAX_BYTES)
            cut();
    });
    req.on('close', () => clearTimeout(timer));
    req.resume();
}
//# sourceMappingURL=server.js.map