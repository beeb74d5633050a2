import { detectRead, reversedOn } from './detect.js';
/**
 * Germline object and strand handed to designation in `-c designations` mode: the k-mer
 * choice over all objects with threshold 1 and multiplier = objects × 1 read, kept even when
 * detection failed; then the strand from one more k-mer pass on that object.
 */
export function chooseForDesignation(seq, det) {
    const kept = detectRead(det, seq, { threshold: 1, nbReads: 1 });
    return { object: det.germlines.objects[kept.object], reversed: reversedOn(det, seq, kept.object) };
}
//# sourceMappingURL=choose.js.map