/**
 * The designation name (spec §3.3): `V del/INS/del (D del/INS/del) J`.
 */
export interface NamedBox {
    name: string;
    start: number;
    end: number;
    delLeft: number;
    delRight: number;
}
export declare function designationName(seq: string, boxes: NamedBox[]): string;
