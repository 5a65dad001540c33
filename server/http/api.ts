// The session API under /api: create a session, its join address, transcript export, delete, scenarios, join QR.
// Routers only (server/app.ts mounts them). Must not import Colyseus or rooms; no rule lives here.
import { randomBytes } from 'node:crypto';
import express, { type Request, type Router } from 'express';
import QRCode from 'qrcode';
import { createSessionSchema, type CreateSessionReply, type SessionInfo } from '../../shared/protocol/api.ts';
import { defaultSettings } from '../../shared/rules/setup.ts';
import type { SessionSettings } from '../../shared/rules/types.ts';
import type { Scenario } from '../../shared/scenario/types.ts';
import { langOr, type Lang } from '../../shared/i18n/index.ts';
import { localizeScenario } from '../../shared/scenario/localize.ts';
import { exportJson } from '../../shared/transcript/export.ts';
import type { Transcript } from '../../shared/transcript/types.ts';
import { DuplicateSessionError } from '../store/errors.ts';
import { hashSecret, newHostKey, newJoinCode } from '../store/secrets.ts';
import { newSessionRecord } from '../store/session-record.ts';
import { keepScenario, sessionEngine, sessionScenario, SessionUnplayable } from '../engines.ts';
import type { SessionRecord } from '../store/types.ts';
import { apiErrorHandler, sendError, zodReason } from './api-errors.ts';
import { hostSession, loadSession, requireHost } from './auth.ts';
import type { ApiDeps } from './deps.ts';
import { rateLimit, type RateLimitOptions } from './rate-limit.ts';
import { installedScenarios, summarise, type ScenarioCatalog } from './scenarios.ts';

export { requireHost, hostSession, normaliseCode, bearerToken } from './auth.ts';
export { apiErrorHandler } from './api-errors.ts';

export interface SessionApiOptions {
  /** Default: deps.scenarioById to find one, the shipped scenarios (scenarios/) to list them. */
  scenarios?: ScenarioCatalog;
  /** Per-address limits; false turns one off (load tests). */
  rateLimits?: { create?: RateLimitOptions | false; api?: RateLimitOptions | false };
  now?: () => number;
}

/** A teacher creates a session or two per lesson; a school behind one address has a few teachers. */
const CREATE_LIMIT: RateLimitOptions = { windowMs: 10 * 60_000, max: 30 };
/** A class of 40 behind one address opening pages and reviews, with room to spare; code guessing stays slow. */
const API_LIMIT: RateLimitOptions = { windowMs: 60_000, max: 1200 };
/** Attempts at drawing a free code before giving up (25^6 codes: a collision is already rare). */
const CODE_ATTEMPTS = 20;

const EXPORTS = {
  json: { type: 'application/json; charset=utf-8', ext: 'json' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  md: { type: 'text/markdown; charset=utf-8', ext: 'md' },
} as const;
type ExportFormat = keyof typeof EXPORTS;

/** The session routes, to mount at /api. `requireHost` is exported for the review routes. */
export function createSessionApi(deps: ApiDeps, options: SessionApiOptions = {}): Router {
  // deps.scenarioById (set by server/app.ts, or by tests with their own scenarios) decides what a session can use.
  const scenarios: ScenarioCatalog = options.scenarios ?? {
    get: deps.scenarioById ?? installedScenarios.get,
    list: installedScenarios.list,
  };
  const now = options.now ?? Date.now;
  const limits = options.rateLimits ?? {};
  const router = express.Router();
  const host = requireHost(deps);

  if (limits.api !== false) router.use(rateLimit({ store: deps.limitStore?.('api'), ...(limits.api ?? API_LIMIT) }));

  router.get('/scenarios', (req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    const lang = langOr(req.query.lang);
    res.json(scenarios.list().map((s) => summarise(localizeScenario(s, lang))));
  });

  router.post(
    '/sessions',
    ...(limits.create === false
      ? []
      : [rateLimit({ store: deps.limitStore?.('create'), ...(limits.create ?? CREATE_LIMIT) })]),
    express.json({ limit: '16kb' }),
    async (req, res) => {
      const parsed = createSessionSchema.safeParse(req.body ?? null);
      if (!parsed.success) return sendError(res, 400, 'protocol/invalid', zodReason(parsed.error));
      const body = parsed.data;
      const scenario = scenarios.get(body.scenarioId);
      if (!scenario) {
        const known =
          scenarios
            .list()
            .map((s) => s.id)
            .join(', ') || 'none installed';
        return sendError(
          res,
          400,
          'protocol/invalid',
          `scenarioId: no scenario "${body.scenarioId}" (known: ${known})`,
        );
      }
      const settings: SessionSettings = {
        ...defaultSettings(),
        ...(body.rounds !== undefined ? { rounds: body.rounds } : {}),
        ...(body.reflection !== undefined ? { reflection: body.reflection } : {}),
        ...(body.misperception !== undefined ? { misperception: body.misperception } : {}),
      };
      settings.phaseSeconds = { ...settings.phaseSeconds, ...definedOnly(body.phaseSeconds ?? {}) };
      const hostKey = newHostKey();
      const record = await createWithFreeCode(deps, scenario, settings, hashSecret(hostKey), now());
      const base = publicBase(deps, req);
      const reply: CreateSessionReply = {
        code: record.code,
        hostKey,
        joinUrl: `${base}/join/${record.code}`,
        hostUrl: `${base}/host?code=${record.code}`,
        projectorUrl: `${base}/projector/${record.code}`,
        qrUrl: `${base}/api/sessions/${record.code}/qr.svg`,
      };
      // The reply carries the host key: no cache may keep it.
      res.setHeader('Cache-Control', 'no-store');
      res.status(201).location(`/api/sessions/${record.code}`).json(reply);
    },
  );

  router.get('/sessions/:code', loadSession(deps), async (req, res) => {
    const session = hostSession(res);
    // The join address the QR code encodes, so the dashboard and projector show the same one in words. Read from
    // the stored record alone: nothing is replayed to answer it.
    const info: SessionInfo = {
      code: session.code,
      scenarioId: session.header.scenarioId,
      ended: session.ended,
      joinUrl: `${publicBase(deps, req)}/join/${session.code}`,
    };
    res.setHeader('Cache-Control', 'no-cache');
    res.json(info);
  });

  router.get('/sessions/:code/qr.svg', loadSession(deps), async (req, res) => {
    const joinUrl = `${publicBase(deps, req)}/join/${hostSession(res).code}`;
    const svg = await QRCode.toString(joinUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type('image/svg+xml').send(svg);
  });

  router.get('/sessions/:code/transcript', host, async (req, res) => {
    const format = (req.query.format ?? 'json') as string;
    if (!(format in EXPORTS)) return sendError(res, 400, 'protocol/invalid', 'format: one of json, csv, md');
    const session = hostSession(res);
    const transcript: Transcript = { header: session.header, entries: await deps.store.readEntries(session.code) };
    const body = await renderExport(
      format as ExportFormat,
      transcript,
      deps.store,
      scenarios,
      langOr(req.query.lang),
    ).catch((error: unknown) => {
      if (error instanceof SessionUnplayable) return null;
      throw error;
    });
    if (body === null) {
      return sendError(
        res,
        500,
        'protocol/server-error',
        `The scenario ${session.header.scenarioId} is not installed on this server.`,
      );
    }
    const { type, ext } = EXPORTS[format as ExportFormat];
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="peninsula-${session.code}.${ext}"`);
    res.type(type).send(body);
  });

  router.delete('/sessions/:code', host, async (_req, res) => {
    const { code } = hostSession(res);
    await deps.store.deleteSession(code);
    res.status(204).end();
  });

  // Errors of these routes (a bad JSON body, a store failure) answer in the API's JSON shape.
  router.use(apiErrorHandler());

  return router;
}

async function createWithFreeCode(
  deps: ApiDeps,
  scenario: Scenario,
  settings: SessionSettings,
  hostKeyHash: string,
  at: number,
): Promise<SessionRecord> {
  const scenarioHash = await keepScenario(deps.store, scenario);
  for (let attempt = 0; ; attempt++) {
    const code = newJoinCode();
    const record = newSessionRecord({
      code,
      scenario,
      scenarioHash,
      settings,
      seed: randomBytes(4).readUInt32BE(0),
      hostKeyHash,
      at,
    });
    try {
      await deps.store.createSession(record);
      return record;
    } catch (err) {
      if (!(err instanceof DuplicateSessionError) || attempt + 1 >= CODE_ATTEMPTS) throw err;
    }
  }
}

/**
 * Renders an export through the session's own rules engine and scenario (server/engines.ts). `lang` (a query
 * parameter, English when absent or unknown) is the language of the CSV's text columns and the Markdown.
 */
async function renderExport(
  format: ExportFormat,
  transcript: Transcript,
  store: ApiDeps['store'],
  scenarios: ScenarioCatalog,
  lang: Lang,
): Promise<string | null> {
  if (format === 'json') return exportJson(transcript);
  const engine = await sessionEngine(transcript.header);
  const scenario = localizeScenario(await sessionScenario(store, transcript.header, (id) => scenarios.get(id)), lang);
  return format === 'csv'
    ? engine.exportCsv(scenario, transcript, lang)
    : engine.exportMarkdown(scenario, transcript, lang);
}

/** The public URL students use; before server/app.ts knows it, the address this request came to. */
function publicBase(deps: ApiDeps, req: Request): string {
  return deps.publicUrl ? deps.publicUrl.replace(/\/+$/, '') : `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

function definedOnly<T extends object>(value: T): { [K in keyof T]-?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]-?: Exclude<T[K], undefined>;
  };
}
