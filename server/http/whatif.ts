// The what-if lab's routes: what a session offers to fork and a fork compared with the record, for the teacher and,
// once released, the class through its share link. Routers only; the computing is shared/transcript/whatif.ts.
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import type { Scenario } from '../../shared/scenario/types.ts';
import { langOr, type Lang } from '../../shared/i18n/index.ts';
import { getScenario } from '../../shared/scenario/catalog.ts';
import { localizeScenario } from '../../shared/scenario/localize.ts';
import { recordedRun, type RunTrace } from '../../shared/transcript/fork.ts';
import {
  checkChoices,
  compareFork,
  labInfo,
  MAX_CHOICES,
  releaseFork,
  type LabInfo,
} from '../../shared/transcript/whatif.ts';
import type { Transcript } from '../../shared/transcript/types.ts';
import { sessionEngine, sessionScenario, SessionUnplayable } from '../engines.ts';
import type { SessionRecord } from '../store/types.ts';
import { sendError } from './api-errors.ts';
import { hostSession, requireHost } from './auth.ts';
import type { ApiDeps } from './deps.ts';
import { rateLimit } from './rate-limit.ts';

const forkBody = z
  .object({
    choices: z
      .array(
        z
          .object({
            round: z.number().int().min(1).max(99),
            delegation: z.string().min(1).max(40),
            moveId: z.string().min(1).max(60),
            target: z.string().min(1).max(40).nullable(),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_CHOICES),
  })
  .strict();

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,100}$/;
/** Recorded runs kept per process, keyed by session; rebuilt when the transcript grew. */
const CACHE_SIZE = 8;

interface Prepared {
  entries: number;
  createdAt: number;
  scenario: Scenario;
  transcript: Transcript;
  rules: Awaited<ReturnType<typeof sessionEngine>>;
  recorded: RunTrace;
  /** Lab info per language (delegation names and move labels in the reader's language). */
  info: Map<string, LabInfo>;
}

/** GET /sessions/:code/whatif, POST /sessions/:code/fork; GET /shared/:token/whatif, POST /shared/:token/fork. */
export function createWhatIfApi(deps: ApiDeps): express.Router {
  const router = express.Router();
  const cache = new Map<string, Prepared>();

  const prepare = async (record: SessionRecord): Promise<Prepared> => {
    const entries = await deps.store.readEntries(record.code);
    const hit = cache.get(record.code);
    if (hit && hit.entries === entries.length && hit.createdAt === record.createdAt) return hit;
    const rules = await sessionEngine(record.header);
    const scenario = await sessionScenario(deps.store, record.header, deps.scenarioById ?? getScenario);
    const transcript: Transcript = { header: record.header, entries };
    const prepared: Prepared = {
      entries: entries.length,
      createdAt: record.createdAt,
      scenario,
      transcript,
      rules,
      recorded: recordedRun(rules, scenario, transcript),
      info: new Map(),
    };
    cache.delete(record.code);
    cache.set(record.code, prepared);
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return prepared;
  };

  const answer = (res: Response, work: () => Promise<void>) =>
    work().catch((error: unknown) => {
      if (error instanceof SessionUnplayable || (error instanceof Error && error.name === 'ReplayError')) {
        return sendError(res, 409, 'review/unavailable', error.message);
      }
      console.error('what-if API failed', error);
      sendError(res, 500, 'review/failed', 'The what-if could not be computed.');
    });

  const info = async (record: SessionRecord, lang: Lang): Promise<LabInfo> => {
    const p = await prepare(record);
    let got = p.info.get(lang);
    if (!got) p.info.set(lang, (got = labInfo(p.rules, localizeScenario(p.scenario, lang), p.transcript, p.recorded)));
    return got;
  };

  const fork = async (
    req: Request,
    res: Response,
    record: SessionRecord,
    level: 'host' | 'public' | 'diplomatic' | 'team',
  ) => {
    const parsed = forkBody.safeParse(req.body ?? null);
    if (!parsed.success)
      return sendError(
        res,
        400,
        'protocol/invalid',
        'Send {"choices": [{"round", "delegation", "moveId", "target"}]}.',
      );
    const p = await prepare(record);
    const problem = checkChoices(p.scenario, p.recorded.tension.length - 1, parsed.data.choices);
    if (problem) return sendError(res, 400, 'protocol/invalid', problem);
    // The fork lives in this reply only: nothing of it is stored.
    const comparison = compareFork(p.rules, p.scenario, p.transcript, parsed.data.choices, p.recorded);
    res.setHeader('Cache-Control', 'no-store');
    res.json(level === 'host' ? comparison : releaseFork(comparison, level));
  };

  const released = async (req: Request, res: Response): Promise<SessionRecord | null> => {
    const token = String(req.params.token ?? '');
    const record = TOKEN_SHAPE.test(token) ? await deps.store.findByShareToken(token) : null;
    if (!record?.release || record.release.shareToken !== token) {
      sendError(res, 404, 'review/not-released', 'This review has not been shared, or the link was withdrawn.');
      return null;
    }
    return record;
  };

  const limit = () => rateLimit({ windowMs: 60_000, max: 60, store: deps.limitStore?.('whatif') });
  const json = express.json({ limit: '8kb' });

  router.get('/sessions/:code/whatif', requireHost(deps), (req, res) =>
    answer(res, async () => {
      res.setHeader('Cache-Control', 'no-store');
      res.json(await info(hostSession(res), langOr(req.query.lang)));
    }),
  );
  router.post('/sessions/:code/fork', limit(), json, requireHost(deps), (req, res) =>
    answer(res, () => fork(req, res, hostSession(res), 'host')),
  );
  router.get('/shared/:token/whatif', limit(), (req, res) =>
    answer(res, async () => {
      const record = await released(req, res);
      if (!record) return;
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Robots-Tag', 'noindex');
      res.json(await info(record, langOr(req.query.lang)));
    }),
  );
  router.post('/shared/:token/fork', limit(), json, (req, res) =>
    answer(res, async () => {
      const record = await released(req, res);
      if (record?.release) await fork(req, res, record, record.release.level);
    }),
  );
  return router;
}
