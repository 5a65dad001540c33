// Per-address request limits (fixed window): session creation, the API, and matchmaking joins.
// Must not import the store or Colyseus. In-memory per process; behind several processes each limits alone.
import type { Request, RequestHandler } from 'express';
import { errorMessage } from '../../shared/rules/errors.ts';

export interface RateLimitOptions {
  windowMs: number;
  /** Requests allowed per key per window. */
  max: number;
  /** What is limited together; default: the client address (IPv4-mapped IPv6 folded to IPv4). */
  key?: (req: Request) => string;
  /** Clock (tests). */
  now?: () => number;
}

interface Window {
  count: number;
  resetAt: number;
}

/** The client address as express sees it (honours the app's `trust proxy` setting). */
export function clientAddress(req: Request): string {
  const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/** Answers 429 {error:'protocol/rate-limited', message} once a key used up its window; sets Retry-After. */
export function rateLimit(opts: RateLimitOptions): RequestHandler {
  const { windowMs, max } = opts;
  const key = opts.key ?? clientAddress;
  const now = opts.now ?? Date.now;
  const windows = new Map<string, Window>();
  let nextSweep = 0;

  // Expired windows are dropped lazily, at most once per window length: no timer to leak or unref.
  const sweep = (t: number) => {
    if (t < nextSweep) return;
    nextSweep = t + windowMs;
    for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
  };

  return (req, res, next) => {
    const t = now();
    sweep(t);
    const k = key(req);
    let w = windows.get(k);
    if (!w || w.resetAt <= t) {
      w = { count: 0, resetAt: t + windowMs };
      windows.set(k, w);
    }
    w.count += 1;
    const resetSeconds = Math.max(1, Math.ceil((w.resetAt - t) / 1000));
    res.setHeader('RateLimit-Limit', String(max));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, max - w.count)));
    res.setHeader('RateLimit-Reset', String(resetSeconds));
    if (w.count > max) {
      res.setHeader('Retry-After', String(resetSeconds));
      res.status(429).json({ error: 'protocol/rate-limited', message: errorMessage('protocol/rate-limited') });
      return;
    }
    next();
  };
}
