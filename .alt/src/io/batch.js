export function packReads(reads, withLabels) {
    const n = reads.length;
    const starts = new Int32Array(n + 1);
    let at = 0;
    let fastq = n > 0;
    for (let i = 0; i < n; i++) {
        const r = reads[i];
        starts[i] = at;
        at += r.seq.length + 1;
        if (r.qual === undefined)
            fastq = false;
    }
    starts[n] = at;
    // join() builds one flat string; the empty last part gives the final separator.
    const joined = (f) => (n > 0 ? [...reads.map(f), ''].join('\n') : '');
    return {
        count: n,
        seqs: joined((r) => r.seq),
        starts,
        quals: fastq ? joined((r) => r.qual) : null,
        labels: withLabels ? reads.map((r) => r.label) : null,
    };
}
/** Sequence of read i. */
export const seqAt = (b, i) => b.seqs.slice(b.starts[i], b.starts[i + 1] - 1);
//# sourceMappingURL=batch.js.map