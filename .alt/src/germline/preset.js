import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GermlineError, J_MARK, V_MARK, readGermlineFasta } from './fasta.js';
import { parseSeed } from './seed.js';
/** Package root (where `germlines/` lives), found from this module's location. */
export function packageRoot() {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 6; i++) {
        if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'germlines')))
            return dir;
        dir = dirname(dir);
    }
    throw new GermlineError('cannot locate the vidjil-ts package root (germlines/ directory)');
}
export function defaultPresetPath() {
    return join(packageRoot(), 'germlines', 'homo-sapiens.g');
}
/** Splits a `-g` argument into the .g path and an optional system filter. */
export function parseGermlineArg(arg) {
    if (existsSync(arg) && statSync(arg).isDirectory())
        return { file: join(arg, 'homo-sapiens.g'), filter: null };
    const slash = arg.lastIndexOf('/');
    const colon = arg.lastIndexOf(':');
    if (colon > slash) {
        return { file: arg.slice(0, colon), filter: arg.slice(colon + 1).split(',').filter((s) => s !== '') };
    }
    return { file: arg, filter: null };
}
const cmpBytes = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Loads one or more `.g` presets (vidjil's `-g`), building germline objects in vidjil's
 * evaluation order: regular systems in sorted code order, then incomplete ones (code with `+`).
 */
export function loadGermlines(args = [], override = {}) {
    const sources = args.length > 0 ? args : [defaultPresetPath()];
    let ref = '';
    let species = '';
    let taxon = null;
    const systems = new Map();
    sources.forEach((arg, k) => {
        const { file, filter } = parseGermlineArg(arg);
        let preset;
        let text;
        try {
            text = readFileSync(file, 'utf8');
        }
        catch (e) {
            throw new GermlineError(`${file}: cannot read germline preset (${e.code ?? e})`);
        }
        try {
            preset = JSON.parse(text);
        }
        catch (e) {
            throw new GermlineError(`${file}: malformed germline preset JSON (${e.message})`);
        }
        if (!preset || typeof preset !== 'object' || typeof preset.systems !== 'object' || preset.systems === null) {
            throw new GermlineError(`${file}: germline preset has no 'systems' object`);
        }
        if (k === 0) {
            ref = preset.ref ?? '';
            species = preset.species ?? '';
            taxon = preset.species_taxon_id ?? null;
        }
        const base = join(dirname(resolve(file)), preset.path ?? '');
        let kept = 0;
        for (const code of Object.keys(preset.systems)) {
            if (filter && !filter.includes(code))
                continue;
            systems.set(code, { spec: preset.systems[code], dir: base, file });
            kept++;
        }
        if (kept === 0)
            throw new GermlineError(`${file}: no matching germlines${filter ? ` for filter ${filter.join(',')}` : ''}`);
    });
    const codes = [...systems.keys()].sort(cmpBytes);
    const ordered = [...codes.filter((c) => !c.includes('+')), ...codes.filter((c) => c.includes('+'))];
    const objects = [];
    const cache = new Map();
    const readPart = (dir, files, mark) => {
        const genes = [];
        for (const f of files ?? []) {
            const path = isAbsolute(f) ? f : join(dir, f);
            const key = `${path}\u0000${mark}`;
            let g = cache.get(key);
            if (!g) {
                g = readGermlineFasta(path, mark);
                cache.set(key, g);
            }
            genes.push(...g);
        }
        return { genes, totalSize: genes.reduce((s, g) => s + g.seq.length, 0) };
    };
    for (const code of ordered) {
        const { spec, dir, file } = systems.get(code);
        const regular = !code.includes('+');
        const shortcut = String(spec.shortcut ?? 'X').charAt(0) || 'X';
        const params = spec.parameters ?? {};
        const partDir = params.path ? join(dir, params.path) : dir;
        const baseSeed = override.seed ?? params.seed;
        const recs = spec.recombinations;
        if (!Array.isArray(recs) || recs.length === 0)
            throw new GermlineError(`${file}: system ${code} has no recombinations`);
        for (const rec of recs) {
            if (!rec['5'] || !rec['3'])
                throw new GermlineError(`${file}: system ${code}: a recombination needs "5" and "3" files`);
            const c = shortcut.charCodeAt(0);
            objects.push({
                code,
                shortcut,
                index: objects.length,
                regular,
                seed5: parseSeed(params.seed_5 ?? baseSeed),
                seed4: parseSeed(params.seed_4 ?? baseSeed),
                seed3: parseSeed(params.seed_3 ?? baseSeed),
                v: readPart(partDir, rec['5'], regular ? V_MARK : 0),
                d: readPart(partDir, rec['4'], 0),
                j: readPart(partDir, rec['3'], regular ? J_MARK : 0),
                labels: { v: shortcut.toUpperCase(), d: String.fromCharCode(c + 14), j: shortcut.toLowerCase() },
            });
        }
    }
    return { ref, species, speciesTaxonId: taxon, objects, codes, sources };
}
//# sourceMappingURL=preset.js.map