import { detectPacked } from './detect/outcome.js';
import { designate } from './designate/designate.js';
import { chooseForDesignation } from './detect/choose.js';
/** Runs a designation job on the given analyzer. */
export function runDesignJob(an, job, opts) {
    if (job.object === undefined) {
        const c = chooseForDesignation(job.seq, an.detector);
        return designate(job.seq, c.object, c.reversed, opts);
    }
    return designate(job.seq, an.germlines.objects[job.object], job.reversed ?? false, opts);
}
export function localEngine(an) {
    return {
        detect: async (batch, params) => detectPacked(an.detector, batch, params),
        designate: async (jobs, opts) => jobs.map((j) => runDesignJob(an, j, opts)),
        close: async () => { },
    };
}
//# sourceMappingURL=engine.js.map