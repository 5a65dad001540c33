// Guards Colyseus's matchmaking HTTP route, which bypasses Express: per-address join rate limit, a small body
// cap, and one canonical spelling of the session code (filterBy compares raw strings). Must not import rooms.
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { codeSchema } from '../shared/protocol/messages.ts';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

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

/**
 * Re-routes the HTTP server's request listeners (Colyseus's router + our Express app) behind a gate that
 * runs `limiter` on POST /matchmake/*. Call after `server.listen()`, when Colyseus has bound its routes.
 */
export function guardMatchmaking(http: HttpServer, limiter: RequestHandler | null): void {
  const downstream = http.listeners('request') as Listener[];
  http.removeAllListeners('request');
  const gate = express();
  gate.disable('x-powered-by');
  gate.use('/matchmake', (req, res, next) => {
    if (req.method !== 'POST') return next();
    const parse = express.json({ limit: '8kb' });
    const after = () => parse(req, res, (err?: unknown) => (err ? next(err) : canonicalCode(req, res, next)));
    if (limiter) limiter(req, res, (err?: unknown) => (err ? next(err) : after()));
    else after();
  });
  gate.use((req, res) => {
    for (const listener of downstream) listener.call(http, req, res);
  });
  http.on('request', gate);
}
