export const AIRR_COLUMNS = [
    'locus',
    'duplicate_count',
    'v_call',
    'd_call',
    'j_call',
    'sequence_id',
    'sequence',
    'productive',
    'vj_in_frame',
    'stop_codon',
    'junction_aa',
    'junction',
    'cdr3_aa',
    'warnings',
    'v_sequence_start',
    'v_sequence_end',
    'd_sequence_start',
    'd_sequence_end',
    'j_sequence_start',
    'j_sequence_end',
    'cdr3_sequence_start',
    'cdr3_sequence_end',
    'v_support',
    'j_support',
    'rev_comp',
    'sequence_alignment',
    'germline_alignment',
    'v_cigar',
    'd_cigar',
    'j_cigar',
];
function line(fields) {
    return fields.map((f) => f + '\t').join('') + '\n';
}
export function airrHeader() {
    return line([...AIRR_COLUMNS]);
}
const num = (v) => (v === undefined ? '' : String(v));
export function airrRow(c) {
    const seg = c.seg;
    const v = seg?.['5'];
    const d = seg?.['4'];
    const j = seg?.['3'];
    const jn = seg?.junction;
    let productive = '';
    let inFrame = '';
    let stop = '';
    if (jn) {
        productive = jn.productive ? 'T' : 'F';
        if (jn.productive) {
            inFrame = 'T';
            stop = 'F';
        }
        else if (jn.unproductive === 'stop-codon') {
            inFrame = 'T';
            stop = 'T';
        }
        else if (jn.unproductive === 'out-of-frame')
            inFrame = 'F';
    }
    const row = {
        locus: c.germline,
        duplicate_count: String(c.reads[0] ?? ''),
        v_call: v?.name ?? '',
        d_call: d?.name ?? '',
        j_call: j?.name ?? '',
        sequence_id: c.id,
        sequence: c.sequence,
        productive,
        vj_in_frame: inFrame,
        stop_codon: stop,
        junction_aa: jn?.aa ?? '',
        junction: '',
        cdr3_aa: seg?.cdr3?.aa ?? '',
        warnings: (c.warn ?? []).map((w) => w.code + ' ').join(''),
        v_sequence_start: num(v?.start),
        v_sequence_end: num(v?.stop),
        d_sequence_start: num(d?.start),
        d_sequence_end: num(d?.stop),
        j_sequence_start: num(j?.start),
        j_sequence_end: num(j?.stop),
        cdr3_sequence_start: num(seg?.cdr3?.start),
        cdr3_sequence_end: num(seg?.cdr3?.stop),
        v_support: '',
        j_support: '',
        rev_comp: '',
        sequence_alignment: '',
        germline_alignment: '',
        v_cigar: '',
        d_cigar: '',
        j_cigar: '',
    };
    return line(AIRR_COLUMNS.map((k) => row[k]));
}
/** A whole TSV: header then one row per clone. */
export function airrTsv(clones) {
    return airrHeader() + clones.map(airrRow).join('');
}
//# sourceMappingURL=airr.js.map