import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GermlineError } from './fasta.js';
import { defaultPresetPath, packageRoot } from './preset.js';
/** Default source of the IMGT files: the `shared/germline` directory next to the repository. */
export function defaultGermlineSource() {
    return join(packageRoot(), '..', 'shared', 'germline');
}
/** FASTA files referenced by a preset, with the directory they must be in. */
export function presetFiles(presetPath) {
    const preset = JSON.parse(readFileSync(presetPath, 'utf8'));
    const files = new Set();
    for (const sys of Object.values(preset.systems)) {
        for (const rec of sys.recombinations ?? [])
            for (const list of Object.values(rec))
                for (const f of list)
                    files.add(f);
    }
    const sub = preset.path ?? '';
    return { dir: join(dirname(presetPath), sub), sub, files: [...files].sort() };
}
export function germlinesInstalled(presetPath = defaultPresetPath()) {
    const { dir, files } = presetFiles(presetPath);
    return files.every((f) => existsSync(join(dir, f)));
}
/**
 * Installs the germline FASTA files of the default preset from a local directory (holding a
 * `homo-sapiens/` folder or the files themselves) or an http(s) base URL. IMGT data are not
 * redistributable, so they are installed at set-up time and never committed.
 */
export async function installGermlines(from, presetPath = defaultPresetPath()) {
    const { dir, sub, files } = presetFiles(presetPath);
    mkdirSync(dir, { recursive: true });
    const isUrl = /^https?:\/\//.test(from);
    const installed = [];
    for (const f of files) {
        const target = join(dir, f);
        const tmp = `${target}.part`;
        if (isUrl) {
            const base = from.endsWith('/') ? from : `${from}/`;
            let res;
            for (const url of [`${base}${sub ? `${sub}/` : ''}${f}`, `${base}${f}`]) {
                try {
                    res = await fetch(url);
                }
                catch (e) {
                    throw new GermlineError(`${url}: download failed (${e.message})`);
                }
                if (res.ok)
                    break;
            }
            if (!res || !res.ok)
                throw new GermlineError(`${from}: cannot download ${f} (HTTP ${res?.status})`);
            writeFileSync(tmp, Buffer.from(await res.arrayBuffer()));
        }
        else {
            const candidates = [join(from, sub, f), join(from, f)];
            const src = candidates.find((c) => existsSync(c));
            if (!src)
                throw new GermlineError(`${from}: germline file ${f} not found (looked in ${candidates.join(', ')})`);
            copyFileSync(src, tmp);
        }
        if (!readFileSync(tmp, 'latin1').startsWith('>'))
            throw new GermlineError(`${f}: not a FASTA file`);
        renameSync(tmp, target);
        installed.push(f);
    }
    return installed;
}
//# sourceMappingURL=install.js.map