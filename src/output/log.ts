import type { PassStats } from '../clones/store.js';
import { STATUS_LABELS, Status } from '../detect/status.js';

/** `%.3g`-like percentage, as vidjil prints them. */
export function pct3(x: number): string {
  return String(Number(x.toPrecision(3)));
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
const mean = (sum: number, n: number) => (n > 0 ? (sum / n).toFixed(1) : '-');

/** Threshold under which a run warns that few recombinations were found (W20). */
export const FEW_SEGMENTED = 0.4;

/** The statistics block of vidjil's log (`samples.log`). */
export function formatLog(
  stats: PassStats,
  windowsPerCode: Map<string, number>,
  windowReadsPerCode: Map<string, number>,
  nbWindows: number,
): string {
  const seg = stats.statusCount[Status.Seg]!;
  const junction = seg + stats.statusCount[Status.TooShortWindow]!;
  const total = stats.total;
  const lines: string[] = [];
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
    lines.push(
      `  ${code.padEnd(18)}->${pad(n, 9)}   ${pad(mean(stats.codeLength.get(code) ?? 0, n), 5)}  ${pad(w, 9)}   ${pad(wr > 0 ? (w / wr).toFixed(3) : '-', 5)}`,
    );
  }
  const statLine = (s: Status) =>
    `  ${STATUS_LABELS[s]!.padEnd(18)}->${pad(stats.statusCount[s]!, 9)}   ${pad(mean(stats.statusLength[s]!, stats.statusCount[s]!), 5)}`;
  lines.push('');
  for (const s of [Status.Seg, Status.SegPlus, Status.SegMinus, Status.SegChangedWindow]) lines.push(statLine(s));
  lines.push('');
  for (let s = Status.TooShort; s <= Status.TooShortWindow; s++) lines.push(statLine(s));
  if (stats.statusCount[Status.NotProcessed]! > 0) lines.push(statLine(Status.NotProcessed));
  return lines.join('\n') + '\n';
}
