import { isMainThread, workerData } from 'node:worker_threads';
import { createDetector } from '../detect/detect.js';
import { detectPacked, transferables } from '../detect/outcome.js';
import { Piscina } from 'piscina';
import { runDesignJob } from '../engine.js';
import { preparedData } from '../designate/designate.js';
const germlines = isMainThread ? null : workerData?.germlines ?? null;
// Built on the first task that carries the index: around its shared tables, never rebuilt here.
let analyzer = null;
const analyzerFor = (g, index) => (analyzer ??= { germlines: g, index, detector: createDetector(g, index) });
export default function run(task) {
    if (!germlines)
        throw new Error('worker started without germline data');
    if (task.kind === 'prepare') {
        const data = germlines.objects.map(preparedData);
        return task.send ? data : null;
    }
    const an = analyzerFor(germlines, task.index);
    if (task.kind === 'detect') {
        const r = detectPacked(an.detector, task.batch, task.params);
        const buffers = transferables(r);
        return Piscina.move(({
            get [Piscina.transferableSymbol]() {
                return buffers;
            },
            get [Piscina.valueSymbol]() {
                return r;
            },
        }));
    }
    return task.jobs.map((j) => runDesignJob(an, j, task.opts));
}
//# sourceMappingURL=worker.js.map