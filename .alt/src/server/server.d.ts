export interface ServerOptions {
    /** `-g` arguments (default: the installed homo-sapiens preset). */
    germline?: string[];
    /** TCP port; 0 = ephemeral (see `port` of the result). Default 8000. */
    port?: number;
    /** Address to listen on. Default 127.0.0.1. */
    host?: string;
    /** Sequences accepted per request. Default 10 (as Vidjil). */
    maxSequences?: number;
    /** Worker threads; 1 = designate in the main thread. Default: available cores. */
    threads?: number;
    /** Request body limit in bytes (413 beyond). Default 1 MB. */
    maxBodyBytes?: number;
    /** Where internal errors are reported (default: stderr). */
    log?: (line: string) => void;
}
export interface RunningServer {
    /** The port actually listened on. */
    port: number;
    /** Stops accepting connections, lets in-flight requests finish, then destroys the pool. */
    close(): Promise<void>;
}
export declare const DEFAULT_MAX_SEQUENCES = 10;
export declare const DEFAULT_MAX_BODY_BYTES: number;
export declare function startServer(opts?: ServerOptions): Promise<RunningServer>;
