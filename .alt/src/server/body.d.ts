/**
 * Request bodies of the analyze endpoint: bounded reading, and extraction of the `sequences`
 * field from form-urlencoded, multipart/form-data (text field or file upload, gzip accepted),
 * JSON, or a raw FASTA/FASTQ text body.
 */
import type { IncomingMessage } from 'node:http';
/** An error answered as JSON `{"error": message}` with this HTTP status. */
export declare class HttpError extends Error {
    readonly status: number;
    constructor(status: number, message: string);
}
export declare const FIELD = "sequences";
export declare function tooLarge(limit: number): HttpError;
/**
 * Reads a request body up to `limit` bytes. Past the limit it stops collecting and rejects with
 * a 413 HttpError at once; the caller decides what to do with the rest of the upload.
 */
export declare function readBody(req: IncomingMessage, limit: number): Promise<Buffer>;
/** `type/subtype` (lower case) and parameters of a Content-Type-like header value. */
export declare function parseHeaderValue(value: string): {
    type: string;
    params: Map<string, string>;
};
export interface Part {
    name: string | null;
    filename: string | null;
    contentType: string | null;
    data: Buffer;
}
/** Splits a multipart/form-data body (CRLF or bare LF line ends). */
export declare function parseMultipart(body: Buffer, boundary: string): Part[];
/**
 * The `sequences` field of a request body, as text. `limit` bounds decompressed uploads.
 * Throws HttpError 400 (missing field, malformed body) or 415 (unsupported content type).
 */
export declare function extractSequences(contentType: string | undefined, body: Buffer, limit: number): string;
