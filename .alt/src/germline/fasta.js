import { readFileSync } from 'node:fs';
/** Gapped IMGT positions of the junction anchors. */
export const V_MARK = 310;
export const J_MARK = 38;
export class GermlineError extends Error {
}
const DOT = 46;
const SPACE = 32;
const TAB = 9;
/**
 * Reads a germline FASTA file. Gaps (`.`) and spaces are dropped; when `gappedMark` > 0 the
 * 1-based ungapped position of the nucleotide at that gapped position is recorded.
 */
export function readGermlineFasta(path, gappedMark) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (e) {
        throw new GermlineError(`${path}: cannot read germline file (${e.code ?? e})`);
    }
    const genes = [];
    let header = null;
    let seq = [];
    let len = 0;
    let gaps = 0;
    let mark = 0;
    const flush = () => {
        if (header === null)
            return;
        const fields = header.split('|');
        const label = fields.length >= 3 ? fields[1] : header;
        genes.push({ label, header, seq: seq.join('').toUpperCase(), mark });
    };
    const lines = text.split('\n');
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n].replace(/[\s]+$/, '');
        if (line === '' || line.startsWith('#'))
            continue;
        if (line.startsWith('>')) {
            flush();
            header = line.slice(1);
            seq = [];
            len = gaps = mark = 0;
            continue;
        }
        if (header === null)
            throw new GermlineError(`${path}:${n + 1}: sequence before any '>' header`);
        let kept = '';
        for (let i = 0; i < line.length; i++) {
            const c = line.charCodeAt(i);
            if (c === DOT) {
                gaps++;
                continue;
            }
            if (c === SPACE || c === TAB)
                continue;
            const letter = (c | 32) >= 97 && (c | 32) <= 122;
            if (!letter)
                throw new GermlineError(`${path}:${n + 1}: unexpected character '${line[i]}' in germline sequence`);
            len++;
            if (gappedMark > 0 && len + gaps === gappedMark)
                mark = len;
        }
        kept = line.replace(/[.\s]/g, '');
        seq.push(kept);
    }
    flush();
    if (genes.length === 0)
        throw new GermlineError(`${path}: no sequence found in germline file`);
    return genes;
}
//# sourceMappingURL=fasta.js.map