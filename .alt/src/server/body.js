import { gunzipSync } from 'node:zlib';
/** An error answered as JSON `{"error": message}` with this HTTP status. */
export class HttpError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
export const FIELD = 'sequences';
export function tooLarge(limit) {
    return new HttpError(413, `request body too large (limit : ${limit} bytes)`);
}
/**
 * Reads a request body up to `limit` bytes. Past the limit it stops collecting and rejects with
 * a 413 HttpError at once; the caller decides what to do with the rest of the upload.
 */
export function readBody(req, limit) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let done = false;
        const finish = (err) => {
            if (done)
                return;
            done = true;
            req.off('data', onData);
            req.off('end', onEnd);
            req.off('error', onError);
            req.off('close', onClose);
            if (err)
                reject(err);
            else
                resolve(Buffer.concat(chunks, size));
        };
        const onData = (c) => {
            size += c.length;
            if (size > limit) {
                chunks.length = 0;
                finish(tooLarge(limit));
                return;
            }
            chunks.push(c);
        };
        const onEnd = () => finish(null);
        const onError = (e) => finish(new HttpError(400, `cannot read request body (${e.message})`));
        const onClose = () => finish(new HttpError(400, 'request body incomplete (connection closed)'));
        req.on('data', onData);
        req.on('end', onEnd);
        req.on('error', onError);
        req.on('close', onClose);
    });
}
/** `type/subtype` (lower case) and parameters of a Content-Type-like header value. */
export function parseHeaderValue(value) {
    const semi = value.indexOf(';');
    const type = (semi < 0 ? value : value.slice(0, semi)).trim().toLowerCase();
    const params = new Map();
    const re = /;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
    const rest = semi < 0 ? '' : value.slice(semi);
    for (let m = re.exec(rest); m; m = re.exec(rest)) {
        const v = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3].trim();
        const k = m[1].toLowerCase();
        if (!params.has(k))
            params.set(k, v);
    }
    return { type, params };
}
/** Splits a multipart/form-data body (CRLF or bare LF line ends). */
export function parseMultipart(body, boundary) {
    if (boundary === '' || boundary.length > 200)
        throw new HttpError(400, 'invalid multipart boundary');
    const delim = Buffer.from(`--${boundary}`, 'latin1');
    const lineDelim = Buffer.from(`\n--${boundary}`, 'latin1');
    const parts = [];
    const atStart = body.subarray(0, delim.length).equals(delim);
    let pos = atStart ? 0 : body.indexOf(lineDelim) + 1;
    if (pos === 0 && !atStart)
        throw new HttpError(400, 'malformed multipart body (boundary not found)');
    for (;;) {
        let p = pos + delim.length;
        if (body[p] === 0x2d && body[p + 1] === 0x2d)
            return parts; // closing `--boundary--`
        // rest of the delimiter line (transport padding), then the line end
        const eol = body.indexOf(0x0a, p);
        if (eol < 0)
            throw new HttpError(400, 'malformed multipart body (truncated)');
        p = eol + 1;
        let headEnd = body.indexOf('\r\n\r\n', p, 'latin1');
        let sepLen = 4;
        const lfEnd = body.indexOf('\n\n', p, 'latin1');
        if (lfEnd >= 0 && (headEnd < 0 || lfEnd < headEnd)) {
            headEnd = lfEnd;
            sepLen = 2;
        }
        // A part with no headers starts directly with its blank line.
        if (body[p] === 0x0d && body[p + 1] === 0x0a) {
            headEnd = p - 2;
            sepLen = 4;
        }
        else if (body[p] === 0x0a) {
            headEnd = p - 1;
            sepLen = 2;
        }
        if (headEnd < 0)
            throw new HttpError(400, 'malformed multipart body (part headers not terminated)');
        const head = headEnd >= p ? body.subarray(p, headEnd).toString('utf8') : '';
        const dataStart = headEnd + sepLen;
        // The next delimiter starts a line.
        const nl = body.indexOf(lineDelim, dataStart);
        if (nl < 0)
            throw new HttpError(400, 'malformed multipart body (closing boundary missing)');
        const next = nl + 1;
        let dataEnd = nl;
        if (dataEnd > dataStart && body[dataEnd - 1] === 0x0d)
            dataEnd--;
        const headers = new Map();
        for (const line of head.split(/\r?\n/)) {
            const c = line.indexOf(':');
            if (c > 0)
                headers.set(line.slice(0, c).trim().toLowerCase(), line.slice(c + 1).trim());
        }
        const disp = parseHeaderValue(headers.get('content-disposition') ?? '');
        parts.push({
            name: disp.params.get('name') ?? null,
            filename: disp.params.get('filename') ?? null,
            contentType: headers.get('content-type') ?? null,
            data: body.subarray(dataStart, dataEnd),
        });
        pos = next;
    }
}
/** Text of an uploaded field: gunzipped when it starts with the gzip magic (bounded output). */
function fieldText(data, limit) {
    if (data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b) {
        try {
            return gunzipSync(data, { maxOutputLength: limit }).toString('utf8');
        }
        catch (e) {
            if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError)
                throw tooLarge(limit);
            throw new HttpError(400, `cannot decompress uploaded file (${e.message})`);
        }
    }
    return data.toString('utf8');
}
const missing = () => new HttpError(400, `missing '${FIELD}' field`);
/**
 * The `sequences` field of a request body, as text. `limit` bounds decompressed uploads.
 * Throws HttpError 400 (missing field, malformed body) or 415 (unsupported content type).
 */
export function extractSequences(contentType, body, limit) {
    const { type, params } = parseHeaderValue(contentType ?? '');
    if (type === 'application/x-www-form-urlencoded' || (type === '' && !looksLikeSequences(body))) {
        const v = new URLSearchParams(body.toString('utf8')).get(FIELD);
        if (v === null)
            throw missing();
        return v;
    }
    if (type === 'multipart/form-data') {
        const boundary = params.get('boundary');
        if (!boundary)
            throw new HttpError(400, 'multipart/form-data without a boundary');
        const part = parseMultipart(body, boundary).find((p) => p.name === FIELD);
        if (!part)
            throw missing();
        return fieldText(part.data, limit);
    }
    if (type === 'application/json' || type.endsWith('+json')) {
        let v;
        try {
            v = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new HttpError(400, 'invalid JSON body');
        }
        if (v === null || typeof v !== 'object' || Array.isArray(v) || !(FIELD in v))
            throw missing();
        const s = v[FIELD];
        if (typeof s !== 'string')
            throw new HttpError(400, `'${FIELD}' should be a string`);
        return s;
    }
    if (type === '' || type.startsWith('text/') || type === 'application/octet-stream') {
        // Raw FASTA/FASTQ body (e.g. curl --data-binary @reads.fa -H 'Content-Type: text/plain').
        return fieldText(body, limit);
    }
    throw new HttpError(415, `unsupported content type '${type}' (use application/x-www-form-urlencoded, multipart/form-data or application/json)`);
}
function looksLikeSequences(body) {
    for (const b of body) {
        if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)
            continue;
        return b === 0x3e || b === 0x40 || b === 0x1f; // '>', '@', gzip magic
    }
    return false;
}
//# sourceMappingURL=body.js.map