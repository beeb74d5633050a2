/**
 * Deterministic simulated RepSeq sample generator (benchmarks, issue 5).
 *
 * Clones are V(D)J recombinations drawn from a germline preset (all human loci plus a few
 * incomplete IGH+/IGK+/TRD+ ones); clone sizes follow a power law; reads are taken around
 * the junction (the 3' gene is always complete), carry 0.3% substitutions, half of them are
 * reverse-complemented, and 10% are noise (random sequence or a lone germline V fragment).
 * Everything comes from one seeded PRNG: same germline + options + seed → same reads.
 *
 * CLI (after `npx tsc -p .`):
 *   node dist/bench/simulate.js --reads 200000 --seed 1 --out bench/out/sim200k.fq.gz
 *   node dist/bench/simulate.js --igh-only --length 350 --reads 1000 --out bench/out/igh350-1000.fa
 * Options: --germline FILE.g, --clones N, --exponent X, --noise F, --errors F, --revcomp F,
 * --min-length N, --max-length N, --length N, --fasta, --truth FILE.tsv.
 * Output is FASTA when --fasta is given or the name ends in .fa/.fasta (+.gz), else FASTQ
 * (quality `I`); gzipped when the name ends in .gz.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { loadGermlines, packageRoot } from '../src/germline/preset.js';
// ---------------------------------------------------------------------------------------
// PRNG
/** mulberry32: small, fast, good enough for simulation; state is a 32-bit integer. */
export class Rng {
    s;
    constructor(seed) {
        // Mix the seed so that nearby seeds give unrelated streams.
        let h = (seed >>> 0) ^ 0x9e3779b9;
        h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
        h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
        this.s = (h ^ (h >>> 16)) >>> 0;
    }
    /** Uniform in [0, 1). */
    next() {
        let t = (this.s = (this.s + 0x6d2b79f5) | 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    /** Uniform integer in [lo, hi] (inclusive). */
    int(lo, hi) {
        return hi <= lo ? lo : lo + Math.floor(this.next() * (hi - lo + 1));
    }
    pick(a) {
        return a[Math.floor(this.next() * a.length)];
    }
}
const BASES = 'ACGT';
const COMP = { A: 'T', C: 'G', G: 'C', T: 'A', N: 'N' };
function randomSeq(rng, n) {
    let s = '';
    for (let i = 0; i < n; i++)
        s += BASES[Math.floor(rng.next() * 4)];
    return s;
}
/** Germline letters other than ACGT (IMGT `N`s) become random bases: reads carry real bases. */
function acgt(rng, s) {
    return /^[ACGT]*$/.test(s) ? s : s.replace(/[^ACGT]/g, () => BASES[Math.floor(rng.next() * 4)]);
}
export function reverseComplement(s) {
    let r = '';
    for (let i = s.length - 1; i >= 0; i--)
        r += COMP[s[i]] ?? 'N';
    return r;
}
/** Substitutions at rate `p` (always to a different base); non-ACGT letters become ACGT. */
function mutate(rng, s, p) {
    if (p <= 0)
        return s;
    const out = s.split('');
    for (let i = 0; i < out.length; i++) {
        if (rng.next() < p) {
            const k = BASES.indexOf(out[i]);
            out[i] = BASES[(Math.max(k, 0) + 1 + Math.floor(rng.next() * 3)) % 4];
        }
    }
    return out.join('');
}
// ---------------------------------------------------------------------------------------
// Options and records
/** Relative clone frequency per system code; codes not listed get no clones. */
export const DEFAULT_LOCUS_WEIGHTS = {
    IGH: 0.28,
    IGK: 0.12,
    IGL: 0.18,
    TRA: 0.06,
    TRB: 0.14,
    TRG: 0.07,
    TRD: 0.06,
    'IGH+': 0.03,
    'IGK+': 0.03,
    'TRD+': 0.03,
};
/** Largest 3' part used (KDE is 290 nt; J genes are ≤ 70 nt). */
const MAX_3P = 70;
/** Short 3' parts (TRDD3, 13 nt) are followed by random downstream sequence up to this length. */
const MIN_3P_CONTEXT = 40;
function resolveGermline(g) {
    if (g && typeof g !== 'string')
        return g;
    if (typeof g === 'string')
        return loadGermlines([g]);
    return loadGermlines([defaultGermlinePath()]);
}
/**
 * The package preset when its FASTA files are installed, else `../shared/germline/homo-sapiens.g`
 * next to the repository.
 */
export function defaultGermlinePath() {
    const root = packageRoot();
    const own = join(root, 'germlines', 'homo-sapiens.g');
    if (existsSync(join(root, 'germlines', 'homo-sapiens', 'IGHV.fa')))
        return own;
    const shared = resolve(root, '..', 'shared', 'germline', 'homo-sapiens.g');
    return existsSync(shared) ? shared : own;
}
function makeClone(rng, obj, need) {
    const vg = rng.pick(obj.v.genes);
    const jg = rng.pick(obj.j.genes);
    const dg = obj.d.genes.length > 0 ? rng.pick(obj.d.genes) : null;
    // 5' part: trim 0-8 at its 3' end, keeping at least 8 nt.
    const v = vg.seq.slice(0, vg.seq.length - rng.int(0, Math.min(8, Math.max(0, vg.seq.length - 8))));
    // 3' part: trim 0-8 at its 5' end, keeping at least 10 nt; then at most MAX_3P nt.
    const j = jg.seq.slice(rng.int(0, Math.min(8, Math.max(0, jg.seq.length - 10)))).slice(0, MAX_3P);
    let core = v;
    if (dg) {
        const dMax = Math.min(6, Math.max(0, Math.floor((dg.seq.length - 6) / 2)));
        const d = dg.seq.slice(rng.int(0, dMax), dg.seq.length - rng.int(0, dMax));
        core += randomSeq(rng, rng.int(0, 12)) + d + randomSeq(rng, rng.int(0, 12));
    }
    else {
        core += randomSeq(rng, rng.int(0, 12));
    }
    core += j;
    if (j.length < MIN_3P_CONTEXT)
        core += randomSeq(rng, MIN_3P_CONTEXT - j.length);
    // Upstream genomic/leader context when the 5' part is short (D genes of IGH+, TRDD2+up).
    const up = need > core.length ? randomSeq(rng, need - core.length) : '';
    return { locus: obj.code, v: vg.label, d: dg ? dg.label : '', j: jg.label, seq: acgt(rng, up + core) };
}
/** Exact read counts per clone: round(total · w_r / W) with largest remainders. */
function cloneCounts(total, clones, exponent) {
    const w = new Float64Array(clones);
    let sum = 0;
    for (let r = 0; r < clones; r++)
        sum += w[r] = Math.pow(r + 1, -exponent);
    const counts = new Int32Array(clones);
    const rem = [];
    let given = 0;
    for (let r = 0; r < clones; r++) {
        const x = (total * w[r]) / sum;
        counts[r] = Math.floor(x);
        given += counts[r];
        rem.push([x - counts[r], r]);
    }
    rem.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (let k = 0; given < total; k++, given++)
        counts[rem[k % clones][1]]++;
    return counts;
}
/** Streams the simulated reads (deterministic for given germline, options and seed). */
export function* simulateReads(opts) {
    const germ = resolveGermline(opts.germline);
    const rng = new Rng(opts.seed ?? 1);
    const total = Math.max(0, Math.floor(opts.reads));
    const ighOnly = opts.ighOnly ?? false;
    const minLen = opts.length ?? opts.minLength ?? 120;
    const maxLen = Math.max(minLen, opts.length ?? opts.maxLength ?? 300);
    const errors = opts.errors ?? 0.003;
    const revFrac = opts.revcomp ?? 0.5;
    const noiseFrac = Math.min(1, Math.max(0, opts.noise ?? (ighOnly ? 0 : 0.1)));
    const exponent = opts.exponent ?? 1.2;
    const weights = opts.locusWeights ?? (ighOnly ? { IGH: 1 } : DEFAULT_LOCUS_WEIGHTS);
    // Germline objects eligible for clones, weight split among the recombinations of a code.
    const perCode = new Map();
    for (const o of germ.objects) {
        if ((weights[o.code] ?? 0) > 0 && o.v.genes.length > 0 && o.j.genes.length > 0) {
            if (!perCode.has(o.code))
                perCode.set(o.code, []);
            perCode.get(o.code).push(o);
        }
    }
    const codes = [...perCode.keys()];
    const nNoise = Math.round(total * noiseFrac);
    const nRec = total - nNoise;
    if (nRec > 0 && codes.length === 0) {
        throw new Error(`simulate: no germline object matches the requested loci (${Object.keys(weights).join(', ')})`);
    }
    const cum = [];
    let acc = 0;
    for (const c of codes)
        cum.push((acc += weights[c]));
    const nClones = nRec === 0 ? 0 : Math.max(1, Math.min(nRec, opts.clones ?? (ighOnly ? nRec : Math.min(5000, Math.max(20, Math.round(total / 100))))));
    const clones = [];
    for (let c = 0; c < nClones; c++) {
        const u = rng.next() * acc;
        let k = 0;
        while (k < cum.length - 1 && u >= cum[k])
            k++;
        clones.push(makeClone(rng, rng.pick(perCode.get(codes[k])), maxLen + 10));
    }
    // Read order: clone indices (noise = -1), shuffled.
    const order = new Int32Array(total);
    let p = 0;
    if (nClones > 0) {
        const counts = cloneCounts(nRec, nClones, exponent);
        for (let c = 0; c < nClones; c++)
            for (let k = 0; k < counts[c]; k++)
                order[p++] = c;
    }
    while (p < total)
        order[p++] = -1;
    for (let i = total - 1; i > 0; i--) {
        const k = Math.floor(rng.next() * (i + 1));
        const t = order[i];
        order[i] = order[k];
        order[k] = t;
    }
    // Noise: non-recombined fragments of real V genes (those with a Cys104 mark) of regular systems.
    const vGenes = [];
    const seen = new Set();
    for (const o of germ.objects) {
        if (!o.regular)
            continue;
        for (const g of o.v.genes) {
            if (g.mark > 0 && !seen.has(g.label)) {
                seen.add(g.label);
                vGenes.push(g);
            }
        }
    }
    for (let i = 0; i < total; i++) {
        const c = order[i];
        const len = rng.int(minLen, maxLen);
        let seq;
        let rec;
        if (c >= 0) {
            const cl = clones[c];
            seq = cl.seq.slice(Math.max(0, cl.seq.length - len));
            rec = { clone: c, noise: false, locus: cl.locus, v: cl.v, d: cl.d, j: cl.j };
        }
        else if (vGenes.length > 0 && rng.next() < 0.5) {
            const g = rng.pick(vGenes);
            if (g.seq.length >= len) {
                const start = rng.int(0, g.seq.length - len);
                seq = g.seq.slice(start, start + len);
            }
            else {
                seq = g.seq + randomSeq(rng, len - g.seq.length);
            }
            rec = { clone: -1, noise: true, noiseKind: 'germline-V', locus: 'none', v: g.label, d: '', j: '' };
        }
        else {
            seq = randomSeq(rng, len);
            rec = { clone: -1, noise: true, noiseKind: 'random', locus: 'none', v: '', d: '', j: '' };
        }
        seq = mutate(rng, acgt(rng, seq), errors);
        const rev = rng.next() < revFrac;
        if (rev)
            seq = reverseComplement(seq);
        yield { name: `read${i}`, seq, strand: rev ? '-' : '+', ...rec };
    }
}
/** All simulated reads in memory (tests, small samples). */
export function simulate(opts) {
    return Array.from(simulateReads(opts));
}
export function formatFastq(r) {
    return `@${r.name}\n${r.seq}\n+\n${'I'.repeat(r.seq.length)}\n`;
}
export function formatFasta(r) {
    return `>${r.name}\n${r.seq}\n`;
}
export const TRUTH_HEADER = 'read\tclone\tlocus\tv\td\tj\tstrand\n';
export function formatTruth(r) {
    return `${r.name}\t${r.noise ? '-' : r.clone}\t${r.locus}\t${r.v}\t${r.d}\t${r.j}\t${r.strand}\n`;
}
export function isFastaName(path) {
    return /\.(fa|fasta|fna)(\.gz)?$/i.test(path);
}
/** Writes a simulated sample (gzipped when `out` ends in .gz); returns the number of reads. */
export async function writeSimulation(opts) {
    const fasta = opts.fasta ?? isFastaName(opts.out);
    const fmt = fasta ? formatFasta : formatFastq;
    mkdirSync(dirname(resolve(opts.out)), { recursive: true });
    const truth = opts.truth ? [TRUTH_HEADER] : [];
    let n = 0;
    function* chunks() {
        let buf = [];
        for (const r of simulateReads(opts)) {
            buf.push(fmt(r));
            if (opts.truth)
                truth.push(formatTruth(r));
            n++;
            if (buf.length >= 2000) {
                yield buf.join('');
                buf = [];
            }
        }
        if (buf.length > 0)
            yield buf.join('');
    }
    const tmp = `${opts.out}.tmp-${process.pid}`;
    const src = Readable.from(chunks());
    if (opts.out.endsWith('.gz'))
        await pipeline(src, createGzip({ level: 6 }), createWriteStream(tmp));
    else
        await pipeline(src, createWriteStream(tmp));
    renameSync(tmp, opts.out);
    if (opts.truth) {
        mkdirSync(dirname(resolve(opts.truth)), { recursive: true });
        writeFileSync(opts.truth, truth.join(''));
    }
    return n;
}
// ---------------------------------------------------------------------------------------
// CLI
const USAGE = `usage: node dist/bench/simulate.js --reads N --out FILE[.fq|.fa][.gz] [--seed S]
  [--germline FILE.g] [--clones N] [--exponent X] [--noise F] [--errors F] [--revcomp F]
  [--min-length N] [--max-length N] [--length N] [--igh-only] [--fasta] [--truth FILE.tsv]`;
export function parseArgs(argv) {
    const o = {};
    const num = (flag, v) => {
        const x = Number(v);
        if (v === undefined || !Number.isFinite(x))
            throw new Error(`${flag}: expected a number, got '${v ?? ''}'`);
        return x;
    };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const v = () => argv[++i];
        switch (a) {
            case '--reads':
                o.reads = num(a, v());
                break;
            case '--seed':
                o.seed = num(a, v());
                break;
            case '--out':
            case '-o':
                o.out = v();
                break;
            case '--germline':
            case '-g':
                o.germline = v();
                break;
            case '--clones':
                o.clones = num(a, v());
                break;
            case '--exponent':
                o.exponent = num(a, v());
                break;
            case '--noise':
                o.noise = num(a, v());
                break;
            case '--errors':
                o.errors = num(a, v());
                break;
            case '--revcomp':
                o.revcomp = num(a, v());
                break;
            case '--min-length':
                o.minLength = num(a, v());
                break;
            case '--max-length':
                o.maxLength = num(a, v());
                break;
            case '--length':
                o.length = num(a, v());
                break;
            case '--igh-only':
                o.ighOnly = true;
                break;
            case '--fasta':
                o.fasta = true;
                break;
            case '--truth':
                o.truth = v();
                break;
            case '-h':
            case '--help': throw new Error(USAGE);
            default: throw new Error(`unknown option '${a}'\n${USAGE}`);
        }
    }
    if (o.reads === undefined || !o.out)
        throw new Error(USAGE);
    return o;
}
async function main() {
    let opts;
    try {
        opts = parseArgs(process.argv.slice(2));
    }
    catch (e) {
        process.stderr.write(`${e.message}\n`);
        process.exit(2);
    }
    const t0 = performance.now();
    const n = await writeSimulation(opts);
    process.stderr.write(`simulate: ${n} reads → ${opts.out} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
}
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main().catch((e) => {
        process.stderr.write(`simulate: ${e.message ?? e}\n`);
        process.exit(1);
    });
}
//# sourceMappingURL=simulate.js.map