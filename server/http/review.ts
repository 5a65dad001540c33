// The review API: the host's full review, the teacher's release choice, and the class's read-only shared view.
// Routers only (mounted at /api by server/app.ts); must not import Colyseus or rooms. No rule lives here.
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import type { Scenario } from '../../shared/scenario/types.ts';
import { getScenario } from '../../shared/scenario/catalog.ts';
import { langOr } from '../../shared/i18n/index.ts';
import { localizeScenario } from '../../shared/scenario/localize.ts';
import { RELEASE_LEVELS } from '../../shared/transcript/release.ts';
import { ReplayError } from '../../shared/transcript/replay.ts';
import type { ReleaseInfo } from '../../shared/transcript/review-types.ts';
import { sessionScenario, SessionUnplayable } from '../engines.ts';
import { GZIP_FROM_BYTES, reviewBodyOffLoop, type ReviewBody } from './review-build.ts';
import type { ReviewJob } from './review-worker.ts';
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

/** The share link's path and absolute URL for a release, or null when nothing is released. */
export function releaseInfo(publicUrl: string, release: ReleaseSettings | null): ReleaseInfo | null {
  if (!release) return null;
  const path = `/shared/${release.shareToken}`;
  return { level: release.level, pseudonyms: release.pseudonyms, path, url: `${publicUrl}${path}` };
}

/** GET /sessions/:code/review and /replay; PUT and DELETE /sessions/:code/release; GET /shared/:token. */
export function createReviewApi(deps: ApiDeps): express.Router {
  const router = express.Router();
  const scenarioOf = (record: SessionRecord): Promise<Scenario> =>
    sessionScenario(deps.store, record.header, deps.scenarioById ?? getScenario).catch((error: unknown) => {
      throw error instanceof SessionUnplayable ? new ReviewUnavailable(error.message) : error;
    });

  // `?lang=` picks the review's language (its sentences; the scenario's own text follows the scenario).
  // The review worker builds (or reuses) the model and writes the whole body; this loop only passes text along.
  const reviewBody = async (req: Request, record: SessionRecord, body: ReviewJob['body']): Promise<ReviewBody> => {
    const lang = langOr(req.query.lang);
    const entriesJson = await deps.store.readEntriesJson(record.code);
    // Same ids and numbers, text in the review's language: replaying it names news and prompts in that language.
    const scenario = localizeScenario(await scenarioOf(record), lang);
    try {
      return await reviewBodyOffLoop({
        session: `${record.code}|${record.createdAt}`,
        scenario,
        header: record.header,
        entriesJson,
        lang,
        body,
        gzip: acceptsGzip(req),
      });
    } catch (error) {
      if (error instanceof ReplayError || error instanceof SessionUnplayable)
        throw new ReviewUnavailable(error.message);
      // A frozen engine throws its own copy of ReplayError: same name, another class.
      if (error instanceof Error && error.name === 'ReplayError') throw new ReviewUnavailable(error.message);
      throw error;
    }
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
      // The body is HostReviewReply: the model and, last, its release info.
      const release = releaseInfo(deps.publicUrl, record.release);
      sendBody(res, await reviewBody(req, record, { kind: 'host', release }));
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
      // HostReplayReply, written around the store's text of the entries rather than stringified from a tree.
      const entriesJson = await deps.store.readEntriesJson(record.code);
      const text = `{"scenario":${JSON.stringify(scenario)},"transcript":{"header":${JSON.stringify(record.header)},"entries":${entriesJson}}}`;
      await sendJson(req, res, text);
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
        const body = await reviewBody(req, record, { kind: 'shared', choice: record.release });
        res.setHeader('X-Robots-Tag', 'noindex');
        sendBody(res, body);
      }),
  );

  return router;
}

class ReviewUnavailable extends Error {}

const gzipAsync = promisify(gzip);

const acceptsGzip = (req: Request) => /\bgzip\b/.test(req.get('accept-encoding') ?? '');

/** Sends a body the review worker wrote. */
function sendBody(res: Response, { body, gzipped }: ReviewBody): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Vary', 'Accept-Encoding');
  if (gzipped) res.setHeader('Content-Encoding', 'gzip');
  res.type('application/json').send(body);
}

/**
 * Sends JSON text, gzipped when the client accepts it: a long session's transcript is megabytes of text that
 * compresses about tenfold. No compression middleware is installed, so the review routes do it here, on
 * libuv's thread pool (gzipping megabytes on the event loop would pause every room in the process).
 */
async function sendJson(req: Request, res: Response, text: string): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Vary', 'Accept-Encoding');
  if (text.length < GZIP_FROM_BYTES || !acceptsGzip(req)) {
    res.type('application/json').send(text);
    return;
  }
  res.setHeader('Content-Encoding', 'gzip');
  const zipped = await gzipAsync(text, { level: 6 });
  res.type('application/json').send(zipped);
}
