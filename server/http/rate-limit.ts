// Per-address request limits (express-rate-limit): session creation, the API, shared links and matchmaking joins.
// Keyed per IPv4 address or IPv6 /64 (one household or classroom network), counted in Redis when the server runs
// on several processes. Must not import the store or Colyseus.
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit as expressRateLimit, type Store } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import type { Redis } from 'ioredis';
import { errorMessage } from '../../shared/rules/errors.ts';

export interface RateLimitOptions {
  windowMs: number;
  /** Requests allowed per key per window. */
  max: number;
  /** What is limited together; default: the client's address, IPv6 folded to its /64. */
  key?: (req: Request) => string;
  /** Shared counts (Redis) under this name; default: this process's memory. */
  store?: Store;
}

/** The client address as express sees it (honours the app's `trust proxy` setting), IPv4-mapped folded to IPv4. */
export function clientAddress(req: Request): string {
  const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/** One bucket per IPv4 address or per IPv6 /64: a host owns a whole /64, so its addresses count together. */
export function addressKey(req: Request): string {
  const address = clientAddress(req);
  return address.includes(':') ? ipKeyGenerator(address, 64) : address;
}

/** Answers 429 {error:'protocol/rate-limited', message} once a key used up its window; sets Retry-After. */
export function rateLimit(opts: RateLimitOptions): RequestHandler {
  return expressRateLimit({
    windowMs: opts.windowMs,
    limit: opts.max,
    standardHeaders: 'draft-6',
    legacyHeaders: false,
    keyGenerator: opts.key ?? addressKey,
    // A Redis hiccup must not lock a class out: let requests through while the store is down.
    passOnStoreError: true,
    ...(opts.store ? { store: opts.store } : {}),
    // Our key generator folds IPv6 itself; the library's checks would warn about it on every start.
    validate: false,
    handler: (_req, res) => {
      res.status(429).json({ error: 'protocol/rate-limited', message: errorMessage('protocol/rate-limited') });
    },
  });
}

/** Counts kept in Redis, so every process behind the load balancer limits the same address together. */
export function redisLimitStore(redis: Redis, name: string): Store {
  return new RedisStore({
    prefix: `peninsula:rate:${name}:`,
    sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<never>,
  });
}
