#!/usr/bin/env node
import { Command, InvalidArgumentError, Option } from 'commander';
import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { analyzeFile } from './analyze.js';
import { analyzerFor } from './analyzer.js';
import { loadGermlines } from './germline/preset.js';
import { localEngine } from './engine.js';
import { InputError } from './io/reads.js';
import { GermlineError } from './germline/fasta.js';
import { defaultGermlineSource, germlinesInstalled, installGermlines } from './germline/install.js';
import { stringifySorted } from './output/json.js';
import { airrTsv } from './output/airr.js';
import { startWorkers } from './parallel/pool.js';
import { Progress } from './progress.js';
const intOrAll = (name) => (v) => {
    if (v === 'all')
        return -1;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0)
        throw new InvalidArgumentError(`${name} must be a non-negative integer or 'all'`);
    return n;
};
const positiveInt = (name) => (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1)
        throw new InvalidArgumentError(`${name} must be a positive integer`);
    return n;
};
const evalue = (v) => {
    if (v === 'all')
        return -1;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0)
        throw new InvalidArgumentError("e-value must be a non-negative number or 'all'");
    return n;
};
const nonNegative = (v) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0)
        throw new InvalidArgumentError('must be a non-negative number');
    return n;
};
/** Writes a file atomically: a temporary name, renamed when complete. */
function writeAtomic(path, text) {
    const tmp = `${path}.tmp-${process.pid}`;
    writeFileSync(tmp, text);
    renameSync(tmp, path);
}
function fail(e) {
    const known = e instanceof InputError || e instanceof GermlineError;
    process.stderr.write(`vidjil-ts: error: ${known ? e.message : e?.message ?? String(e)}\n`);
    if (!known && process.env.VIDJIL_TS_DEBUG)
        process.stderr.write(`${e?.stack}\n`);
    process.exit(1);
}
const program = new Command();
program
    .name('vidjil-ts')
    .description('V(D)J recombination detection and clone analysis of RepSeq reads (vidjil-algo compatible)')
    .argument('<reads>', "FASTA/FASTQ reads, plain or .gz ('-' for stdin)")
    .addOption(new Option('-g, --germline <file.g[:SYSTEMS]|dir>', 'germline preset (repeatable; default: installed homo-sapiens)').argParser((v, prev = []) => [...prev, v]))
    .addOption(new Option('-c, --command <command>', 'what to compute').choices(['clones', 'windows', 'detect', 'designations']).default('clones'))
    .option('-o, --dir <dir>', 'output directory', './out')
    .option('-b, --base <name>', 'output base name (default: input name without its extension)')
    .option('-e, --e-value <e>', "e-value threshold ('all' = none)", evalue, 1)
    .option('--e-value-kmer <e>', 'e-value threshold of k-mer detection (default: -e)', evalue)
    .option('-w, --window <n>', "window length ('all' = whole read)", intOrAll('window'), 50)
    .option('-r, --min-reads <n>', 'minimum reads per clone', positiveInt('min-reads'), 5)
    .option('--min-ratio <percent>', 'minimum ratio of segmented reads per clone', nonNegative, 0)
    .option('-y, --max-consensus <n>', "clones with a representative sequence ('all')", intOrAll('max-consensus'), 100)
    .option('-z, --max-designations <n>', "clones with a full V(D)J designation ('all')", intOrAll('max-designations'), 100)
    .option('--max-clones <n>', "clones reported ('all')", intOrAll('max-clones'), -1)
    .option('--all', 'report and designate all clones: -r 1 --min-ratio 0 -y all -z all')
    .option('-x, --first-reads <n>', 'analyze only the first n reads', positiveInt('first-reads'))
    .option('--read-number <n>', 'read count used in the e-value multiplier', positiveInt('read-number'))
    .option('-s, --seed <seed>', 'k-mer seed overriding the preset (e.g. 10s, 12s, #####-#####)')
    .option('--header-sep <c>', 'read label separator', ' ')
    .option('-U, --out-detected', 'write detected reads to <base>.detected.vdj.fa')
    .option('--no-airr', 'do not write the AIRR .tsv')
    .option('--no-vidjil', 'do not write the .vidjil')
    .option('-t, --threads <n>', 'worker threads (default: available cores)', positiveInt('threads'))
    .option('-q, --quiet', 'no progress on stderr')
    .addHelpText('after', `
Examples:
  vidjil-ts -r 1 ../shared/data/Demo-X5.fa                clones of a small sample in ./out/Demo-X5.vidjil
  vidjil-ts -c designations -b x5 reads.fa              designate every sequence (as the analyze endpoint)
  vidjil-ts -g germlines/homo-sapiens.g:IGH,TRG reads.fq.gz   restrict to some systems
  vidjil-ts germlines install --from ../shared/germline  install the IMGT germline files
  vidjil-ts serve --port 8000                            local analyze endpoint`)
    .action(async (reads, o) => {
    const progress = new Progress(!o.quiet && process.stderr.isTTY === true);
    let detectedTmp = null;
    let detectedStream = null;
    let engine = null;
    try {
        if (o.all) {
            o.minReads = 1;
            o.minRatio = 0;
            o.maxConsensus = -1;
            o.maxDesignations = -1;
        }
        const mode = o.command;
        const base = o.base ?? basename(reads === '-' ? 'stdin' : reads).replace(/\.gz$/, '').replace(/\.[^.]*$/, '');
        const germlines = loadGermlines(o.germline ?? [], { seed: o.seed });
        const threads = o.threads ?? availableParallelism();
        // Workers boot while this thread builds the index.
        const workers = threads > 1 ? startWorkers(germlines, threads, { mainHelps: true, warmDesignation: mode !== 'designations' }) : null;
        let an;
        try {
            an = analyzerFor(germlines, { shared: true });
        }
        catch (e) {
            await workers?.close();
            throw e;
        }
        engine = workers ? workers.engine(an) : localEngine(an);
        mkdirSync(o.dir, { recursive: true });
        const opts = {
            command: mode,
            eValue: o.eValue,
            eValueKmer: o.eValueKmer,
            windowLength: o.window < 0 ? 0 : o.window,
            minReads: o.minReads,
            minRatio: o.minRatio,
            maxConsensus: o.maxConsensus,
            maxDesignations: o.maxDesignations,
            maxClones: o.maxClones,
            firstReads: o.firstReads,
            readNumber: o.readNumber,
            headerSep: o.headerSep,
            commandline: ['vidjil-ts', ...process.argv.slice(2)].join(' ') + ' ',
            originalName: reads,
            config: configOf(o),
            onProgress: (n) => progress.update(n),
        };
        if (o.outDetected) {
            detectedTmp = join(o.dir, `${base}.detected.vdj.fa.tmp-${process.pid}`);
            detectedStream = createWriteStream(detectedTmp);
            const s = detectedStream;
            opts.onDetected = (rec) => void s.write(rec);
        }
        const result = await analyzeFile(an, engine, reads, opts);
        progress.done();
        if (detectedStream && detectedTmp) {
            await new Promise((res, rej) => detectedStream.end((e) => (e ? rej(e) : res())));
            renameSync(detectedTmp, join(o.dir, `${base}.detected.vdj.fa`));
            detectedTmp = null;
        }
        if (o.vidjil)
            writeAtomic(join(o.dir, `${base}.vidjil`), stringifySorted(result.vidjil));
        if (result.windowsFa !== undefined)
            writeAtomic(join(o.dir, `${base}.windows.fa`), result.windowsFa);
        if (o.airr && mode !== 'detect')
            writeAtomic(join(o.dir, `${base}.tsv`), airrTsv(airrRows(result.vidjil)));
        await engine.close();
    }
    catch (e) {
        progress.done();
        if (detectedStream)
            detectedStream.destroy();
        if (detectedTmp)
            rmSync(detectedTmp, { force: true });
        await engine?.close().catch(() => { });
        fail(e);
    }
});
/** AIRR rows: clones in rank order (designations: input order); tier-C clones have no sequence. */
function airrRows(vidjil) {
    const clones = (vidjil.clones ?? []).slice();
    clones.sort((a, b) => a.top - b.top || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return clones.map((c) => ({ ...c, sequence: typeof c.sequence === 'string' ? c.sequence : '' }));
}
function configOf(o) {
    const s = (v) => (v === undefined ? undefined : String(v === -1 ? 'all' : v));
    return {
        all: Boolean(o.all),
        base: o.base,
        command: o.command,
        dir: o.dir,
        'e-value': s(o.eValue),
        'e-value-kmer': s(o.eValueKmer ?? o.eValue),
        germline: (o.germline ?? []).join(' ') || 'germlines/homo-sapiens.g',
        'max-clones': s(o.maxClones),
        'max-consensus': s(o.maxConsensus),
        'max-designations': s(o.maxDesignations),
        'min-ratio': s(o.minRatio),
        'min-reads': s(o.minReads),
        'no-airr': !o.airr,
        'no-vidjil': !o.vidjil,
        'out-detected': Boolean(o.outDetected),
        window: s(o.window),
    };
}
const germlines = program.command('germlines').description('manage germline files');
germlines
    .command('install')
    .description('install the IMGT germline FASTA files of the default preset (never committed: IMGT license)')
    .option('--from <dir|url>', 'a local directory or an http(s) base URL', defaultGermlineSource())
    .option('--if-missing', 'do nothing when the files are already there; no error when the source is absent')
    .option('-q, --quiet', 'no message')
    .action(async (o) => {
    try {
        if (o.ifMissing && germlinesInstalled())
            return;
        const files = await installGermlines(o.from);
        if (!o.quiet)
            process.stderr.write(`vidjil-ts: installed ${files.length} germline files from ${o.from}\n`);
    }
    catch (e) {
        if (o.ifMissing) {
            process.stderr.write(`vidjil-ts: germline files not installed (${e.message}); run 'vidjil-ts germlines install --from DIR|URL'\n`);
            return;
        }
        fail(e);
    }
});
program
    .command('serve')
    .description('serve a Vidjil-compatible analyze endpoint (POST /vidjil/segmenter)')
    .addOption(new Option('-g, --germline <file.g[:SYSTEMS]|dir>', 'germline preset (repeatable)').argParser((v, prev = []) => [...prev, v]))
    .option('--port <n>', 'port', positiveInt('port'), 8000)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--max-sequences <n>', 'sequences accepted per request', positiveInt('max-sequences'), 10)
    .option('-t, --threads <n>', 'worker threads (default: available cores)', positiveInt('threads'))
    .action(async (o) => {
    try {
        const { startServer } = await import('./server/server.js');
        const srv = await startServer({ germline: o.germline, port: o.port, host: o.host, maxSequences: o.maxSequences, threads: o.threads });
        process.stderr.write(`vidjil-ts: analyze endpoint on http://${o.host}:${srv.port}/vidjil/segmenter\n`);
        const stop = () => void srv.close().then(() => process.exit(0));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    }
    catch (e) {
        fail(e);
    }
});
program.showHelpAfterError();
program.parseAsync(process.argv).catch(fail);
//# sourceMappingURL=cli.js.map