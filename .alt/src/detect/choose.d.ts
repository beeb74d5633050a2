import type { GermlineObject } from '../germline/types.js';
import { type Detector } from './detect.js';
export interface DesignationChoice {
    object: GermlineObject;
    reversed: boolean;
}
/**
 * Germline object and strand handed to designation in `-c designations` mode: the k-mer
 * choice over all objects with threshold 1 and multiplier = objects × 1 read, kept even when
 * detection failed; then the strand from one more k-mer pass on that object.
 */
export declare function chooseForDesignation(seq: string, det: Detector): DesignationChoice;
