// Sits in front of every HTTP request (Colyseus's router and our Express app): applies the `trust proxy` setting,
// answers CORS for the app's own origin only, and guards Colyseus's matchmaking route, which bypasses Express
// (per-address join limit, a small body cap, JSON errors without stacks, one spelling of the session code).
// Must not import rooms.
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { matchMaker } from '@colyseus/core';
import express, {
  type ErrorRequestHandler,
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { ROOM_NAME, codeSchema } from '../shared/protocol/messages.ts';
import { errorMessage } from '../shared/rules/errors.ts';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export interface GateOptions {
  /** Runs on POST /matchmake/* (the join rate limit); null: none. */
  limiter: RequestHandler | null;
  /** Express's `trust proxy` value (TRUST_PROXY): which hops' X-Forwarded-For to believe. */
  trustProxy?: boolean | number | string;
  /** Origins besides the app's own that may call the API from a browser (a district's own front end). */
  allowedOrigins?: readonly string[];
  /** The app's public address (join links); its origin is allowed. */
  publicUrl?: () => string;
}

/** Colyseus's public matchmaking methods; anything else is a 404, not Colyseus's 520. */
const METHODS = new Set(['joinOrCreate', 'create', 'join', 'joinById', 'reconnect']);
/** Join options are flat; anything nested deeper than this is not a join and could exhaust the stack. */
const MAX_DEPTH = 4;

function depth(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 0;
  if (limit <= 0) return 1;
  let deepest = 0;
  for (const child of Object.values(value as Record<string, unknown>))
    deepest = Math.max(deepest, depth(child, limit - 1));
  return deepest + 1;
}

/** The matchmaking routes' error body: the SDK reads `error` as the refusal's code. */
function refuse(res: Response, status: number, code: string, message = errorMessage(code)): void {
  res.status(status).json({ code: status, error: code, message });
}

/** Upper-cases and trims `code` so "abc234 " and "ABC234" reach the same room. */
function canonicalCode(req: Request, _res: Response, next: NextFunction): void {
  const body = req.body as { code?: unknown } | undefined;
  if (body && typeof body === 'object' && typeof body.code === 'string') {
    const parsed = codeSchema.safeParse(body.code);
    if (parsed.success && parsed.data !== body.code) {
      body.code = parsed.data;
      // The body is re-serialized downstream; the old length would no longer match.
      delete req.headers['content-length'];
    }
  }
  next();
}

/** Any error in the gate: JSON with a status, never Express's HTML page with a stack and the echoed body. */
const jsonErrors: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  if (res.headersSent) return next(err);
  const type = typeof err === 'object' && err !== null && 'type' in err ? String((err as { type: unknown }).type) : '';
  if (type === 'entity.parse.failed') return refuse(res, 400, 'protocol/invalid', 'The body is not valid JSON.');
  if (type === 'entity.too.large') return refuse(res, 413, 'protocol/invalid', 'The body is too large.');
  const status =
    typeof err === 'object' && err !== null && 'status' in err ? Number((err as { status: unknown }).status) : 500;
  if (status >= 400 && status < 500) return refuse(res, status, 'protocol/invalid');
  refuse(res, 500, 'protocol/server-error');
};

/** Whether a browser page at `origin` may read our answers: the app's own origin or a configured one. */
function originAllowed(req: Request, origin: string, opts: GateOptions): boolean {
  if (opts.allowedOrigins?.includes(origin)) return true;
  const own = `${req.protocol}://${req.get('host') ?? ''}`;
  if (origin === own) return true;
  const pub = opts.publicUrl?.();
  if (pub) {
    try {
      if (new URL(pub).origin === origin) return true;
    } catch {
      // not a URL: nothing to match
    }
  }
  return false;
}

/**
 * Re-routes the HTTP server's request listeners (Colyseus's router + our Express app) behind the gate.
 * Call after `server.listen()`, when Colyseus has bound its routes.
 */
export function guardMatchmaking(http: HttpServer, opts: GateOptions): void {
  // Colyseus answers CORS for any origin (credentials included) on every route; the gate decides instead.
  matchMaker.controller.DEFAULT_CORS_HEADERS = {} as typeof matchMaker.controller.DEFAULT_CORS_HEADERS;
  matchMaker.controller.getCorsHeaders = () => ({});

  const downstream = http.listeners('request') as Listener[];
  http.removeAllListeners('request');
  const gate = express();
  gate.disable('x-powered-by');
  if (opts.trustProxy !== undefined) gate.set('trust proxy', opts.trustProxy);

  gate.use((req, res, next) => {
    const origin = req.get('origin');
    if (origin && originAllowed(req, origin, opts)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, DELETE');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (origin) res.setHeader('Vary', 'Origin');
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  });

  gate.use('/matchmake', (req, res, next) => {
    if (req.method !== 'POST') return refuse(res, 404, 'protocol/invalid', 'Not found.');
    const [, method = '', room = '', ...rest] = req.path.split('/');
    if (
      !METHODS.has(method) ||
      (method === 'reconnect' || method === 'joinById' ? !room : room !== ROOM_NAME) ||
      rest.length > 0
    ) {
      return refuse(res, 404, 'protocol/invalid', 'No such matchmaking route.');
    }
    const parse = express.json({ limit: '8kb', strict: true });
    const after = () =>
      parse(req, res, (err?: unknown) => {
        if (err) return next(err);
        if (req.body === undefined || req.body === null || typeof req.body !== 'object' || Array.isArray(req.body)) {
          return refuse(res, 400, 'protocol/invalid', 'The body must be a JSON object.');
        }
        if (depth(req.body, MAX_DEPTH + 1) > MAX_DEPTH)
          return refuse(res, 400, 'protocol/invalid', 'The body is nested too deeply.');
        canonicalCode(req, res, next);
      });
    if (opts.limiter) opts.limiter(req, res, (err?: unknown) => (err ? next(err) : after()));
    else after();
  });
  gate.use((req, res) => {
    for (const listener of downstream) listener.call(http, req, res);
  });
  gate.use(jsonErrors);
  http.on('request', gate);
}
