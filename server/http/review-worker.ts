// The worker thread that builds reviews: a 12-round, 35-student session takes tens of milliseconds to replay and
// describe, which must not pause every live room in the process. Pure computation; must not import a store.
import { parentPort } from 'node:worker_threads';
import { upcastReview } from '../../shared/engines/upcast.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import type { Scenario } from '../../shared/rules/types.ts';
import type { Transcript } from '../../shared/transcript/types.ts';
import { sessionEngine } from '../engines.ts';

export interface ReviewJob {
  id: number;
  scenario: Scenario;
  transcript: Transcript;
  lang: Lang;
}

export type ReviewJobReply =
  { id: number; ok: true; model: unknown } | { id: number; ok: false; name: string; message: string };

const port = parentPort;
if (!port) throw new Error('review-worker.ts runs as a worker thread');

port.on('message', (job: ReviewJob) => {
  void (async () => {
    try {
      // The engine of the session's own rules version builds it; upcast gives it today's shape.
      const engine = await sessionEngine(job.transcript.header);
      const model = upcastReview(engine.buildReview(job.scenario, job.transcript, job.lang));
      port.postMessage({ id: job.id, ok: true, model } satisfies ReviewJobReply);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ id: job.id, ok: false, name: e.name, message: e.message } satisfies ReviewJobReply);
    }
  })();
});
