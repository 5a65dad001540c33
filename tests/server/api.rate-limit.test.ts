// The rate limiter on its own: windows per address, reset after the window, custom keys.
// Must not import the store.
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { rateLimit, type RateLimitOptions } from '../../server/http/rate-limit.ts';

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

async function serve(opts: RateLimitOptions): Promise<(headers?: Record<string, string>) => Promise<number>> {
  const app = express();
  app.use(rateLimit(opts));
  app.get('/', (_req, res) => void res.send('ok'));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return async (headers = {}) => (await fetch(url, { headers })).status;
}

describe('rateLimit', () => {
  it('lets max requests through per window, then 429 until the window passes', async () => {
    let t = 0;
    const get = await serve({ windowMs: 1000, max: 3, now: () => t });
    expect([await get(), await get(), await get(), await get()]).toEqual([200, 200, 200, 429]);
    t = 999;
    expect(await get()).toBe(429);
    t = 1000;
    expect([await get(), await get(), await get(), await get()]).toEqual([200, 200, 200, 429]);
  });

  it('counts each key on its own', async () => {
    const get = await serve({ windowMs: 60_000, max: 1, key: (req) => req.get('x-classroom') ?? '' });
    expect(await get({ 'x-classroom': 'a' })).toBe(200);
    expect(await get({ 'x-classroom': 'a' })).toBe(429);
    expect(await get({ 'x-classroom': 'b' })).toBe(200);
  });
});
