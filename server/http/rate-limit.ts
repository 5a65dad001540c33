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

/** Resolves once the client can take commands (it does not queue them while connecting: enableOfflineQueue off). */
function whenReady(redis: Redis): Promise<void> {
  return redis.status === 'ready' ? Promise.resolve() : new Promise((resolve) => redis.once('ready', () => resolve()));
}

/**
 * RedisStore whose Lua scripts are loaded only once the client is ready, and loaded again on the next request
 * after a failure. The library loads them at construction and keeps a failed load for good, so a store made while
 * the client was still connecting (every server start) counted nothing and let every request through.
 */
class ReadyRedisStore extends RedisStore {
  #stale = false;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    super({
      prefix,
      sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<never>,
    });
  }

  override async init(options: Parameters<RedisStore['init']>[0]): Promise<void> {
    this.windowMs = options.windowMs;
    // Until the scripts are loaded, requests fail over to passOnStoreError rather than waiting.
    this.#stale = true;
    await whenReady(this.redis);
    await this.#reload();
  }

  override async get(key: string): ReturnType<RedisStore['get']> {
    await this.#reloadIfStale();
    return this.#watch(super.get(key));
  }

  override async increment(key: string): ReturnType<RedisStore['increment']> {
    await this.#reloadIfStale();
    return this.#watch(super.increment(key));
  }

  async #reload(): Promise<void> {
    this.incrementScriptSha = this.loadIncrementScript();
    this.getScriptSha = this.loadGetScript();
    await Promise.all([this.incrementScriptSha, this.getScriptSha]);
    this.#stale = false;
  }

  async #reloadIfStale(): Promise<void> {
    if (this.#stale && this.redis.status === 'ready') await this.#reload();
  }

  /** A failure may leave a rejected script promise behind (a reload during an outage): load again next time. */
  async #watch<T>(result: Promise<T>): Promise<T> {
    try {
      return await result;
    } catch (error) {
      this.#stale = true;
      throw error;
    }
  }
}

/** Counts kept in Redis, so every process behind the load balancer limits the same address together. */
export function redisLimitStore(redis: Redis, name: string): Store {
  return new ReadyRedisStore(redis, `peninsula:rate:${name}:`);
}
