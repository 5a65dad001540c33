// The review API: the host's full review, the teacher's release choice, and the class's read-only shared view.
// Routers only (mounted at /api by server/app.ts); must not import Colyseus or rooms. No rule lives here.
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import type { Scenario } from '../../shared/rules/types.ts';
import { getScenario } from '../../shared/scenario/catalog.ts';
import { langOr, type Lang } from '../../shared/i18n/index.ts';
import { localizeScenario } from '../../shared/scenario/localize.ts';
import { releaseReview, RELEASE_LEVELS } from '../../shared/transcript/release.ts';
import { ReplayError } from '../../shared/transcript/replay.ts';
import type {
  HostReplayReply,
  HostReviewReply,
  ReleaseInfo,
  ReviewModel,
} from '../../shared/transcript/review-types.ts';
import { sessionScenario, SessionUnplayable } from '../engines.ts';
import { buildReviewOffLoop } from './review-build.ts';
import { newShareToken } from '../store/secrets.ts';
import type { ReleaseSettings, SessionRecord } from '../store/types.ts';
import { sendError } from './api-errors.ts';
import { hostSession, requireHost } from './auth.ts';
import type { ApiDeps } from './deps.ts';
import { rateLimit } from './rate-limit.ts';

const releaseBody = z.union([
  z.null(),
  z.object({ level: z.null() }).strict(),
  z
    .object({
      level: z.enum(RELEASE_LEVELS as ['public', 'diplomatic', 'team']),
      pseudonyms: z.boolean().default(false),
      // Opt-ins, off unless the teacher asks: reflections were written to the teacher, briefs are each team's own.
      reflections: z.boolean().default(false),
      briefs: z.boolean().default(false),
    })
    .strict(),
]);

/** Share tokens are base64url; anything else cannot be one and is answered 404 without a lookup. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,100}$/;
/** Built reviews kept per process, keyed by session; rebuilt when the transcript grew. */
const CACHE_SIZE = 16;

/** The share link's path and absolute URL for a release, or null when nothing is released. */
export function releaseInfo(publicUrl: string, release: ReleaseSettings | null): ReleaseInfo | null {
  if (!release) return null;
  const path = `/shared/${release.shareToken}`;
  return { level: release.level, pseudonyms: release.pseudonyms, path, url: `${publicUrl}${path}` };
}

/** GET /sessions/:code/review and /replay; PUT and DELETE /sessions/:code/release; GET /shared/:token. */
export function createReviewApi(deps: ApiDeps): express.Router {
  const router = express.Router();
  const cache = new Map<string, { createdAt: number; entries: number; model: ReviewModel }>();

  const scenarioOf = (record: SessionRecord): Promise<Scenario> =>
    sessionScenario(deps.store, record.header, deps.scenarioById ?? getScenario).catch((error: unknown) => {
      throw error instanceof SessionUnplayable ? new ReviewUnavailable(error.message) : error;
    });

  // `?lang=` picks the review's language (its sentences; the scenario's own text follows the scenario).
  const reviewOf = async (record: SessionRecord, lang: Lang): Promise<ReviewModel> => {
    const entries = await deps.store.readEntries(record.code);
    const cacheKey = `${record.code}|${lang}`;
    const hit = cache.get(cacheKey);
    if (hit && hit.entries === entries.length && hit.createdAt === record.createdAt) return hit.model;
    // Same ids and numbers, text in the review's language: replaying it names news and prompts in that language.
    const scenario = localizeScenario(await scenarioOf(record), lang);
    let model: ReviewModel;
    try {
      // The engine of the session's own rules version builds it, in the review worker (off the rooms' loop).
      model = await buildReviewOffLoop(scenario, { header: record.header, entries }, lang);
    } catch (error) {
      if (error instanceof ReplayError || error instanceof SessionUnplayable)
        throw new ReviewUnavailable(error.message);
      // A frozen engine throws its own copy of ReplayError: same name, another class.
      if (error instanceof Error && error.name === 'ReplayError') throw new ReviewUnavailable(error.message);
      throw error;
    }
    cache.delete(cacheKey);
    cache.set(cacheKey, { createdAt: record.createdAt, entries: entries.length, model });
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return model;
  };

  const answer = (res: Response, work: () => Promise<void>) =>
    work().catch((error: unknown) => {
      if (error instanceof ReviewUnavailable) return sendError(res, 409, 'review/unavailable', error.message);
      console.error('review API failed:', error instanceof Error ? error.message : String(error));
      sendError(res, 500, 'review/failed', 'The review could not be built.');
    });

  router.get('/sessions/:code/review', requireHost(deps), (req: Request, res: Response) =>
    answer(res, async () => {
      const record = hostSession(res);
      const model = await reviewOf(record, langOr(req.query.lang));
      const reply: HostReviewReply = { ...model, release: releaseInfo(deps.publicUrl, record.release) };
      await sendJson(req, res, reply);
    }),
  );

  router.put(
    '/sessions/:code/release',
    express.json({ limit: '4kb', strict: false }),
    requireHost(deps),
    (req: Request, res: Response) =>
      answer(res, async () => {
        const record = hostSession(res);
        const parsed = releaseBody.safeParse(req.body ?? null);
        if (!parsed.success) {
          return sendError(
            res,
            400,
            'protocol/invalid',
            'Send {"level": "public" | "diplomatic" | "team", "pseudonyms": true | false}, or {"level": null} to withdraw the release.',
          );
        }
        const choice = parsed.data;
        let release: ReleaseSettings | null = null;
        if (choice !== null && choice.level !== null) {
          // Changing the level keeps the link the class already has; withdrawing and releasing again makes a new one.
          release = {
            level: choice.level,
            pseudonyms: choice.pseudonyms,
            reflections: choice.reflections,
            briefs: choice.briefs,
            shareToken: record.release?.shareToken ?? newShareToken(),
          };
        }
        await deps.store.setRelease(record.code, release);
        res.setHeader('Cache-Control', 'no-store');
        res.json({ release: releaseInfo(deps.publicUrl, release) });
      }),
  );

  // The host's page replays the session in the browser for the scrubber: it needs the scenario the session
  // used (with private briefs, so host only) and the whole transcript.
  router.get('/sessions/:code/replay', requireHost(deps), (req: Request, res: Response) =>
    answer(res, async () => {
      const record = hostSession(res);
      // The board and the words of the page's replay in the reader's language (same ids and numbers).
      const scenario = localizeScenario(await scenarioOf(record), langOr(req.query.lang));
      const entries = await deps.store.readEntries(record.code);
      const reply: HostReplayReply = { scenario, transcript: { header: record.header, entries } };
      await sendJson(req, res, reply);
    }),
  );

  // Withdrawing is also a DELETE, since body parsers in front of this router may refuse a bare `null` body.
  router.delete('/sessions/:code/release', requireHost(deps), (_req: Request, res: Response) =>
    answer(res, async () => {
      await deps.store.setRelease(hostSession(res).code, null);
      res.setHeader('Cache-Control', 'no-store');
      res.json({ release: null });
    }),
  );

  router.get(
    '/shared/:token',
    rateLimit({ windowMs: 60_000, max: 120, store: deps.limitStore?.('shared') }),
    (req: Request, res: Response) =>
      answer(res, async () => {
        const token = String(req.params.token ?? '');
        const record = TOKEN_SHAPE.test(token) ? await deps.store.findByShareToken(token) : null;
        if (!record?.release || record.release.shareToken !== token) {
          return sendError(
            res,
            404,
            'review/not-released',
            'This review has not been shared, or the link was withdrawn.',
          );
        }
        const lang = langOr(req.query.lang);
        const model = releaseReview(await reviewOf(record, lang), record.release, lang);
        res.setHeader('X-Robots-Tag', 'noindex');
        await sendJson(req, res, model);
      }),
  );

  return router;
}

class ReviewUnavailable extends Error {}

/** Below this a body goes out as is; above, gzip pays for itself on a school's shared line. */
const GZIP_FROM_BYTES = 16 * 1024;

const gzipAsync = promisify(gzip);

/**
 * Sends JSON, gzipped when the client accepts it: a long session's review is megabytes of text that
 * compresses about tenfold. No compression middleware is installed, so the review routes do it here, on
 * libuv's thread pool (gzipping megabytes on the event loop would pause every room in the process).
 */
async function sendJson(req: Request, res: Response, body: unknown): Promise<void> {
  const text = JSON.stringify(body);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Vary', 'Accept-Encoding');
  if (text.length < GZIP_FROM_BYTES || !/\bgzip\b/.test(req.get('accept-encoding') ?? '')) {
    res.type('application/json').send(text);
    return;
  }
  res.setHeader('Content-Encoding', 'gzip');
  const zipped = await gzipAsync(text, { level: 6 });
  res.type('application/json').send(zipped);
}
