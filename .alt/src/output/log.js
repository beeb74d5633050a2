import { STATUS_LABELS } from '../detect/status.js';
/** `%.3g`-like percentage, as vidjil prints them. */
export function pct3(x) {
    return String(Number(x.toPrecision(3)));
}
const pad = (s, n) => String(s).padStart(n);
const mean = (sum, n) => (n > 0 ? (sum / n).toFixed(1) : '-');
/** Threshold under which a run warns that few recombinations were found (W20). */
export const FEW_SEGMENTED = 0.4;
/** The statistics block of vidjil's log (`samples.log`). */
export function formatLog(stats, windowsPerCode, windowReadsPerCode, nbWindows) {
    const seg = stats.statusCount[1 /* Status.Seg */];
    const junction = seg + stats.statusCount[12 /* Status.TooShortWindow */];
    const total = stats.total;
    const lines = [];
    lines.push(`  ==> junction detected in ${junction} reads (${pct3((100 * junction) / Math.max(1, total))}%)`);
    lines.push(`  ==> found ${nbWindows} windows in ${seg} reads (${pct3((100 * seg) / Math.max(1, total))}% of ${total} reads)`);
    if (total > 0 && seg / total < FEW_SEGMENTED) {
        lines.push(`  ! Very few V(D)J recombinations found: ${((100 * seg) / total).toFixed(2)}%`);
        lines.push('  ! Check the germline (-g), the e-value threshold (-e) and the input format.');
    }
    lines.push('                          reads av. len     clones clo/rds');
    for (const [code, n] of stats.codeReads) {
        const w = windowsPerCode.get(code) ?? 0;
        // vidjil divides by the reads of the windows assigned to the code, not by the code's reads.
        const wr = windowReadsPerCode.get(code) ?? 0;
        lines.push(`  ${code.padEnd(18)}->${pad(n, 9)}   ${pad(mean(stats.codeLength.get(code) ?? 0, n), 5)}  ${pad(w, 9)}   ${pad(wr > 0 ? (w / wr).toFixed(3) : '-', 5)}`);
    }
    const statLine = (s) => `  ${STATUS_LABELS[s].padEnd(18)}->${pad(stats.statusCount[s], 9)}   ${pad(mean(stats.statusLength[s], stats.statusCount[s]), 5)}`;
    lines.push('');
    for (const s of [1 /* Status.Seg */, 2 /* Status.SegPlus */, 3 /* Status.SegMinus */, 4 /* Status.SegChangedWindow */])
        lines.push(statLine(s));
    lines.push('');
    for (let s = 5 /* Status.TooShort */; s <= 12 /* Status.TooShortWindow */; s++)
        lines.push(statLine(s));
    if (stats.statusCount[0 /* Status.NotProcessed */] > 0)
        lines.push(statLine(0 /* Status.NotProcessed */));
    return lines.join('\n') + '\n';
}
//# sourceMappingURL=log.js.map