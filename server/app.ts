// The one place that wires the server: store, Colyseus (rooms, transport, presence/driver), HTTP routers,
// the matchmaking gate and the built client pages. Holds no rule; must not be imported by shared/ or client/.
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Presence, type MatchMakerDriver } from '@colyseus/core';
import { RedisPresence } from '@colyseus/redis-presence';
import { RedisDriver } from '@colyseus/redis-driver';
import type express from 'express';
import { nanoid } from 'nanoid';
import { ROOM_NAME } from '../shared/protocol/messages.ts';
import { applyCommand, audienceKey, needsSnapshot, redactEvents, scenarioFor, viewFor } from '../shared/rules/index.ts';
import { replay } from '../shared/transcript/replay.ts';
import { getScenario } from '../shared/scenario/catalog.ts';
import { openStore } from './store/index.ts';
import { hashSecret, newSeatToken, secretMatches } from './store/secrets.ts';
import type { TranscriptStore } from './store/types.ts';
import type { ApiDeps } from './http/deps.ts';
import { RULES_VERSION } from '../shared/rules/types.ts';
import type { Scenario } from '../shared/scenario/types.ts';
import { loadEngine } from '../shared/engines/registry.ts';
import { sessionScenario } from './engines.ts';
import { apiErrorHandler, createSessionApi, type SessionApiOptions } from './http/api.ts';
import { createReviewApi } from './http/review.ts';
import { createWhatIfApi } from './http/whatif.ts';
import { rateLimit, redisLimitStore } from './http/rate-limit.ts';
import { Redis } from 'ioredis';
import { startRetention } from './retention.ts';
import { guardMatchmaking } from './matchmake-gate.ts';
import { mountBuiltClient } from './pages.ts';
import { capped, pinoSink, quietLogger } from './quiet-logger.ts';
import { sessionRoomType } from './rooms/session-room.ts';
import { PacedTransport, type HeartbeatOptions } from './transport.ts';
import type { RoomLimits, RoomServices, RulesPort } from './rooms/services.ts';

export interface StartOptions {
  /** 0 = any free port. Default 2567. */
  port?: number;
  host?: string;
  /** postgres://… selects PostgreSQL; otherwise SQLite under dataDir. */
  databaseUrl?: string;
  /** SQLite folder (default ./data); ':memory:' for tests. */
  dataDir?: string;
  /** redis://… enables RedisPresence + RedisDriver so several processes share matchmaking. */
  redisUrl?: string;
  /** host:port other processes and clients use to reach this one (required per process with Redis). */
  publicAddress?: string;
  /** The pages: `true` serves the build in dist/client; a function mounts them itself (`npm run dev`: Vite). */
  serveClient?: boolean | ((app: express.Application) => void);
  /** Delete sessions idle for this many days; 0 or undefined = keep forever. */
  retentionDays?: number;
  /** Base URL students use (join links, QR codes). Default http://localhost:<port>. */
  publicUrl?: string;
  /** Join attempts per address per window on the matchmaking route; false disables (load tests). */
  joinRateLimit?: { windowMs: number; max: number } | false;
  /** Per-address limits of the HTTP API (session creation, status); false entries turn one off (load tests). */
  apiRateLimits?: SessionApiOptions['rateLimits'];
  /** Express's `trust proxy` (TRUST_PROXY): e.g. 1 behind one load balancer; applied to the API and matchmaking. */
  trustProxy?: boolean | number | string;
  /** Browser origins besides the app's own that may call the API (CORS_ORIGINS, a district's front end). */
  allowedOrigins?: string[];
  /** Overrides of the room's flood guard and reconnection window. */
  limits?: Partial<RoomLimits>;
  /** Replaces the scenario catalog (tests use small scenarios); default: shared/scenario/catalog.ts. */
  scenarioById?: (id: string) => Scenario | undefined;
  /** Replaces the rules (tests inject faults); default: the real shared/ rules. */
  rules?: RulesPort;
  /** Wraps the opened store (tests slow or break it to stage races and outages). */
  wrapStore?: (store: TranscriptStore) => TranscriptStore;
  /** How often connections are pinged and how many unanswered pings cut one (default: Colyseus's, paced). */
  heartbeat?: HeartbeatOptions;
  /** Where errors go; default: pino's JSON lines on stderr with secrets redacted. Capped at 60 lines a minute. */
  log?: (message: string, error?: unknown) => void;
}

export interface RunningServer {
  port: number;
  url: string;
  store: TranscriptStore;
  close(): Promise<void>;
}

/** A classroom on one shared NAT address joins at once: 40 students must pass, code guessing must not. */
const DEFAULT_JOIN_LIMIT = { windowMs: 60_000, max: 120 };
const DEFAULT_LIMITS: RoomLimits = { maxMessagesPerSecond: 20, burstMessages: 100, reconnectSeconds: 75 };
/** Bounds one WebSocket frame; the largest honest message (a 500-character chat) is far below it. */
const MAX_FRAME_BYTES = 16 * 1024;

const realRules: RulesPort = { applyCommand, viewFor, redactEvents, audienceKey, needsSnapshot, scenarioFor, replay };

function scaleOut(redisUrl: string | undefined): { presence?: Presence; driver?: MatchMakerDriver } {
  if (!redisUrl) return {};
  return { presence: new RedisPresence(redisUrl), driver: new RedisDriver(redisUrl) };
}

/** Starts one server process: HTTP API, client pages and the session rooms on one port. */
export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const log = capped(opts.log ?? pinoSink(), 60);
  const opened = await openStore({ databaseUrl: opts.databaseUrl, dataDir: opts.dataDir });
  const store = opts.wrapStore ? opts.wrapStore(opened) : opened;
  const transport = new PacedTransport({ maxPayload: MAX_FRAME_BYTES, heartbeat: opts.heartbeat });
  const scenarioById = opts.scenarioById ?? getScenario;
  // Rate-limit counts shared by every process when scaled out; a Redis outage lets requests through.
  const limitRedis = opts.redisUrl
    ? new Redis(opts.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
    : null;
  limitRedis?.on('error', () => undefined);
  const deps: ApiDeps = {
    store,
    publicUrl: '',
    scenarioById,
    limitStore: limitRedis ? (name) => redisLimitStore(limitRedis, name) : undefined,
  };

  const gameServer = new Server({
    transport,
    ...scaleOut(opts.redisUrl),
    publicAddress: opts.publicAddress,
    greet: false,
    gracefullyShutdown: false,
    logger: quietLogger(log),
    express: (app) => {
      app.disable('x-powered-by');
      if (opts.trustProxy !== undefined) app.set('trust proxy', opts.trustProxy);
      // No app-level body parser: each route that takes a body parses it with its own limit (16, 8 or 4 KB).
      app.use('/api', createSessionApi(deps, { rateLimits: opts.apiRateLimits }));
      app.use('/api', createReviewApi(deps));
      app.use('/api', createWhatIfApi(deps));
      app.use('/api', (_req, res) => {
        res.status(404).json({ error: 'not-found', message: 'No such API route.' });
      });
      // Errors raised before the routers (a body that is not JSON, or too large) get the same JSON reply,
      // never Express's HTML page with a stack trace and the echoed body.
      app.use('/api', apiErrorHandler());
      if (opts.serveClient === true) mountBuiltClient(app);
      else if (opts.serveClient) opts.serveClient(app);
      // Pages too: a bad %-escape in /review/:code is a 400, and no error anywhere shows a stack.
      app.use(apiErrorHandler());
    },
  });

  const rules = opts.rules ?? realRules;
  const services: RoomServices = {
    store,
    scenarioById,
    rules,
    rulesFor: (header) =>
      header.rulesVersion === RULES_VERSION ? Promise.resolve(rules) : loadEngine(header.rulesVersion),
    scenarioFor: (header) => sessionScenario(store, header, scenarioById),
    now: () => Date.now(),
    newSeatId: () => nanoid(12),
    newSeatToken,
    hashSecret,
    secretMatches,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    log,
  };
  gameServer.define(ROOM_NAME, sessionRoomType(services)).filterBy(['code']);

  await gameServer.listen(opts.port ?? 2567, opts.host);
  const http = transport.server as HttpServer;
  const port = (http.address() as AddressInfo).port;
  deps.publicUrl = (opts.publicUrl ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const joinLimit = opts.joinRateLimit === undefined ? DEFAULT_JOIN_LIMIT : opts.joinRateLimit;
  guardMatchmaking(http, {
    limiter: joinLimit ? rateLimit({ store: deps.limitStore?.('join'), ...joinLimit }) : null,
    trustProxy: opts.trustProxy,
    allowedOrigins: opts.allowedOrigins,
    publicUrl: () => deps.publicUrl,
  });

  const stopRetention =
    opts.retentionDays && opts.retentionDays > 0
      ? startRetention(store, { days: opts.retentionDays })
      : () => undefined;

  let closing: Promise<void> | null = null;
  return {
    port,
    url: `http://localhost:${port}`,
    store,
    close() {
      closing ??= (async () => {
        stopRetention();
        await gameServer.gracefullyShutdown(false).catch((error) => log('shutdown failed', error));
        await store.close().catch((error) => log('store close failed', error));
        limitRedis?.disconnect();
      })();
      return closing;
    },
  };
}
