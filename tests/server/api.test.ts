// The session API through a real express app and SQLite store: happy paths a teacher uses, and 400/401/404.
// Must not import Colyseus: the rooms are not involved in these routes.
import { RULES_VERSION } from '../../shared/rules/types.ts';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import express from 'express';
import { CODE_ALPHABET } from '../../shared/protocol/messages.ts';
import type { CreateSessionReply, SessionInfo } from '../../shared/protocol/api.ts';
import { defaultSettings } from '../../shared/rules/setup.ts';
import type { Command } from '../../shared/rules/commands.ts';
import { replay } from '../../shared/transcript/replay.ts';
import { getScenario } from '../../shared/scenario/catalog.ts';
import type { Transcript } from '../../shared/transcript/types.ts';
import { apiErrorHandler, hostSession, requireHost } from '../../server/http/api.ts';
import { catalogOf } from '../../server/http/scenarios.ts';
import { DuplicateSessionError } from '../../server/store/errors.ts';
import { hashSecret, newJoinCode } from '../../server/store/secrets.ts';
import { errorMessage } from '../../shared/rules/errors.ts';
import QRCode from 'qrcode';
import { sessionRecord } from './store.suite.ts';
import { tinyScenario } from '../shared/rules/fixtures.ts';
import { startApiFixture, type ApiFixture } from './api.helpers.ts';

const AT = 1_700_000_000_000;
const join_ = (seatId: string, name: string): Command => ({
  type: 'joinSeat',
  seatId,
  name,
  at: AT,
  by: { kind: 'system' },
});
const host = { kind: 'host' } as const;

describe('session API', () => {
  let api: ApiFixture;
  const logged: string[] = [];

  beforeAll(async () => {
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    }
    // Many sessions are created here; the create limit has its own test below.
    api = await startApiFixture({ scenarios: catalogOf([tinyScenario]), rateLimits: { create: false } }, (deps) => {
      // The review engineer's routes reuse requireHost the same way.
      const router = express.Router();
      router.get(
        '/sessions/:code/host-only',
        requireHost(deps),
        (_req, res) => void res.json({ code: hostSession(res).code }),
      );
      return router;
    });
  });
  afterAll(async () => {
    await api?.close();
    vi.restoreAllMocks();
  });

  async function create(body: unknown = { scenarioId: 'tiny' }): Promise<CreateSessionReply> {
    const res = await api.call('POST', '/api/sessions', { body });
    expect(res.status).toBe(201);
    return (await res.json()) as CreateSessionReply;
  }

  async function info(code: string): Promise<SessionInfo> {
    const res = await api.call('GET', `/api/sessions/${code}`);
    expect(res.status).toBe(200);
    return (await res.json()) as SessionInfo;
  }

  describe('GET /api/scenarios', () => {
    it('lists each scenario with its delegations and nothing private', async () => {
      const res = await api.call('GET', '/api/scenarios');
      expect(res.status).toBe(200);
      // A scenario installed or updated on the server shows up without a stale list in between.
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const list = await res.json();
      expect(list).toEqual([
        {
          id: 'tiny',
          version: 1,
          title: 'Tiny test scenario',
          summary: 'Three delegations and a handful of moves.',
          delegations: [
            { id: 'north', name: 'North', actor: 'The north government', color: '#336699' },
            { id: 'south', name: 'South', actor: 'The south government', color: '#336699' },
            { id: 'east', name: 'East', actor: 'The east government', color: '#336699' },
          ],
        },
      ]);
      expect(JSON.stringify(list)).not.toContain('PRIVATE-BRIEF-SECRET');
    });
  });

  describe('POST /api/sessions', () => {
    it('creates a session with a six-character code, a long host key and the links a teacher needs', async () => {
      const res = await api.call('POST', '/api/sessions', { body: { scenarioId: 'tiny' } });
      expect(res.status).toBe(201);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const reply = (await res.json()) as CreateSessionReply;
      expect(res.headers.get('location')).toBe(`/api/sessions/${reply.code}`);
      expect(reply.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
      expect(reply.hostKey.length).toBeGreaterThanOrEqual(40);
      expect(reply.joinUrl).toBe(`http://class.example:2567/join/${reply.code}`);
      expect(reply.hostUrl).toBe(`http://class.example:2567/host?code=${reply.code}`);
      expect(reply.projectorUrl).toBe(`http://class.example:2567/projector/${reply.code}`);
      expect(reply.qrUrl).toBe(`http://class.example:2567/api/sessions/${reply.code}/qr.svg`);
      for (const url of [reply.joinUrl, reply.hostUrl, reply.projectorUrl, reply.qrUrl])
        expect(url).not.toContain(reply.hostKey);
    });

    it('stores the session with defaults, a uint32 seed and only the hash of the host key', async () => {
      const reply = await create();
      const record = await api.store.getSession(reply.code);
      expect(record).not.toBeNull();
      expect(record!.hostKeyHash).toBe(hashSecret(reply.hostKey));
      expect(record!.header.settings).toEqual(defaultSettings());
      expect(record!.header).toMatchObject({
        code: reply.code,
        scenarioId: 'tiny',
        scenarioVersion: 1,
        transcriptVersion: 1,
        rulesVersion: RULES_VERSION,
      });
      expect(Number.isInteger(record!.header.seed) && record!.header.seed >= 0 && record!.header.seed < 2 ** 32).toBe(
        true,
      );
      expect(record!.ended).toBe(false);
      expect(await api.store.readEntries(reply.code)).toEqual([]);
    });

    it('merges the teacher’s options over the defaults, phase by phase', async () => {
      const reply = await create({
        scenarioId: 'tiny',
        rounds: 3,
        phaseSeconds: { deliberation: 120, news: 20 },
        reflection: false,
        misperception: true,
      });
      const settings = (await api.store.getSession(reply.code))!.header.settings;
      const defaults = defaultSettings();
      expect(settings).toEqual({
        rounds: 3,
        reflection: false,
        misperception: true,
        phaseSeconds: { ...defaults.phaseSeconds, deliberation: 120, news: 20 },
      });
    });

    it('gives every session its own code and key', async () => {
      const replies = await Promise.all(Array.from({ length: 8 }, () => create()));
      expect(new Set(replies.map((r) => r.code)).size).toBe(8);
      expect(new Set(replies.map((r) => r.hostKey)).size).toBe(8);
    });

    it('never writes the host key to the database or the logs', async () => {
      const reply = await create();
      await api.call('GET', `/api/sessions/${reply.code}/transcript`, { key: reply.hostKey });
      const db = new Database(join(api.dataDir, 'peninsula.sqlite'), { readonly: true });
      const dump = JSON.stringify([
        db.prepare('SELECT * FROM sessions').all(),
        db.prepare('SELECT * FROM entries').all(),
      ]);
      db.close();
      expect(dump).toContain(reply.code);
      expect(dump).not.toContain(reply.hostKey);
      expect(logged.join('\n')).not.toContain(reply.hostKey);
    });

    it.each([
      ['no scenario', {}, /scenarioId/],
      ['an unknown scenario', { scenarioId: 'atlantis' }, /scenarioId: no scenario "atlantis" \(known: tiny\)/],
      ['zero rounds', { scenarioId: 'tiny', rounds: 0 }, /rounds: at least 1 round/],
      ['too many rounds', { scenarioId: 'tiny', rounds: 99 }, /rounds: at most 12 rounds/],
      ['rounds as text', { scenarioId: 'tiny', rounds: '3' }, /rounds: a number of rounds/],
      [
        'a two-second phase',
        { scenarioId: 'tiny', phaseSeconds: { news: 2 } },
        /phaseSeconds\.news: at least 5 seconds/,
      ],
      [
        'an unknown phase',
        { scenarioId: 'tiny', phaseSeconds: { recess: 60 } },
        /phaseSeconds: unknown field "recess"/,
      ],
      ['an unknown field', { scenarioId: 'tiny', hostKey: 'mine' }, /unknown field "hostKey"/],
      ['a list', [1, 2], /the body must be a JSON object/],
    ])('refuses %s with 400 and the reason', async (_name, body, reason) => {
      const created = vi.spyOn(api.store, 'createSession');
      const res = await api.call('POST', '/api/sessions', { body });
      expect(res.status).toBe(400);
      const error = (await res.json()) as { error: string; message: string };
      expect(error.error).toBe('protocol/invalid');
      expect(error.message).toMatch(reason);
      expect(created).not.toHaveBeenCalled();
      created.mockRestore();
    });

    it('draws another code when the first one is taken, so the teacher still gets a session', async () => {
      const taken: string[] = [];
      const real = api.store.createSession.bind(api.store);
      const created = vi.spyOn(api.store, 'createSession').mockImplementation(async (record) => {
        if (taken.length > 0) return real(record);
        taken.push(record.code);
        throw new DuplicateSessionError(record.code);
      });
      try {
        const reply = await create();
        expect(created).toHaveBeenCalledTimes(2);
        expect(reply.code).not.toBe(taken[0]);
        expect((await api.store.getSession(reply.code))?.hostKeyHash).toBe(hashSecret(reply.hostKey));
      } finally {
        created.mockRestore();
      }
    });

    it('gives up with a plain 500 after twenty taken codes, and at once when the store fails otherwise', async () => {
      const taken = vi
        .spyOn(api.store, 'createSession')
        .mockImplementation(async (record) => Promise.reject(new DuplicateSessionError(record.code)));
      try {
        const res = await api.call('POST', '/api/sessions', { body: { scenarioId: 'tiny' } });
        expect(res.status).toBe(500);
        expect(await res.json()).toEqual({
          error: 'protocol/server-error',
          message: errorMessage('protocol/server-error'),
        });
        expect(taken).toHaveBeenCalledTimes(20);
      } finally {
        taken.mockRestore();
      }
      const down = vi.spyOn(api.store, 'createSession').mockRejectedValue(new Error('database unreachable'));
      try {
        expect((await api.call('POST', '/api/sessions', { body: { scenarioId: 'tiny' } })).status).toBe(500);
        expect(down).toHaveBeenCalledTimes(1);
      } finally {
        down.mockRestore();
      }
    });

    it('refuses a body that is not JSON with 400 in the API’s error shape', async () => {
      const res = await api.call('POST', '/api/sessions', { rawBody: '{"scenarioId": "tiny",' });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'protocol/invalid', message: 'The body is not valid JSON.' });
    });

    it('refuses an empty body with 400', async () => {
      const res = await api.call('POST', '/api/sessions');
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(/JSON object/);
    });
  });

  describe('GET /api/sessions/:code', () => {
    it('gives the join address the QR code encodes, without a key', async () => {
      const { code, joinUrl } = await create();
      expect(await info(code)).toEqual({ code, scenarioId: 'tiny', ended: false, joinUrl });
      // Asked again when the session ends: never answered from a cache without the server.
      expect((await api.call('GET', `/api/sessions/${code}`)).headers.get('cache-control')).toBe('no-cache');
    });

    it('says when the session has ended, from the stored record', async () => {
      const { code } = await create();
      await api.appendCommands(code, [join_('a', 'Ana'), { type: 'startSession', at: AT, by: host }]);
      expect((await info(code)).ended).toBe(false);
      await api.store.markEnded(code, true);
      expect((await info(code)).ended).toBe(true);
    });

    it('accepts the code in lower case and with spaces', async () => {
      const { code } = await create();
      expect((await info(`%20${code.toLowerCase()}%20`)).code).toBe(code);
    });

    it('answers 404 for an unknown or impossible code', async () => {
      for (const code of ['ACDEFG', 'ABC', 'O0O0O0', 'ACDEFG1']) {
        const res = await api.call('GET', `/api/sessions/${code}`);
        expect(res.status).toBe(404);
        expect(await res.json()).toEqual({
          error: 'protocol/unknown-session',
          message: 'No session has that code. Check the code with your teacher.',
        });
      }
    });
  });

  describe('GET /api/sessions/:code/qr.svg', () => {
    it('draws an SVG QR code for a session and 404s an unknown one', async () => {
      const { code } = await create();
      const res = await api.call('GET', `/api/sessions/${code}/qr.svg`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      expect(await res.text()).toMatch(/^<svg[^>]*viewBox/);
      expect((await api.call('GET', '/api/sessions/ACDEFG/qr.svg')).status).toBe(404);
    });

    it('encodes the join address students type, readable from the back of the room', async () => {
      const { code, joinUrl } = await create();
      const res = await api.call('GET', `/api/sessions/${code.toLowerCase()}/qr.svg`);
      expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
      // The same drawing as the join address alone, at medium error correction and a two-module margin.
      expect(await res.text()).toBe(
        await QRCode.toString(joinUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
      );
    });
  });

  describe('GET /api/sessions/:code/transcript', () => {
    it('gives the host a complete JSON transcript that replays', async () => {
      const { code, hostKey } = await create();
      await api.appendCommands(code, [
        join_('a', 'Ana'),
        join_('b', 'Ben'),
        { type: 'startSession', at: AT, by: host },
      ]);
      const res = await api.call('GET', `/api/sessions/${code}/transcript?format=json`, { key: hostKey });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="peninsula-${code}.json"`);
      // Students' names and messages: no cache on the way may keep a copy.
      expect(res.headers.get('cache-control')).toBe('no-store');
      const transcript = (await res.json()) as Transcript;
      expect(transcript.header).toEqual((await api.store.getSession(code))!.header);
      expect(transcript.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(replay(tinyScenario, transcript).state.phase).toBe('briefing');
      // JSON is the default format.
      expect(await (await api.call('GET', `/api/sessions/${code}/transcript`, { key: hostKey })).json()).toEqual(
        transcript,
      );
    });

    it.each([
      ['csv', /^text\/csv/],
      ['md', /^text\/markdown/],
    ])('serves the %s export with its type', async (format, type) => {
      const { code, hostKey } = await create();
      const res = await api.call('GET', `/api/sessions/${code}/transcript?format=${format}`, { key: hostKey });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(type);
      expect(res.headers.get('content-disposition')).toContain(`peninsula-${code}.${format}`);
    });

    it('tells the teacher the scenario is missing instead of failing blindly, and still gives the JSON', async () => {
      // A session recorded on a server that had another scenario installed (and no copy of it in the store).
      const record = sessionRecord(newJoinCode());
      const hostKey = `host-key-for-${record.code}`;
      await api.store.createSession(record);
      await api.appendCommands(record.code, [join_('a', 'Ana')]);
      const res = await api.call('GET', `/api/sessions/${record.code}/transcript?format=csv`, { key: hostKey });
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({
        error: 'protocol/server-error',
        message: `The scenario ${record.header.scenarioId} is not installed on this server.`,
      });
      const json = await api.call('GET', `/api/sessions/${record.code}/transcript`, { key: hostKey });
      expect(json.status).toBe(200);
      expect(((await json.json()) as Transcript).entries).toHaveLength(1);
    });

    it('refuses an unknown format with 400', async () => {
      const { code, hostKey } = await create();
      const res = await api.call('GET', `/api/sessions/${code}/transcript?format=pdf`, { key: hostKey });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toBe('format: one of json, csv, md');
    });

    it('answers 401 without the key, with another session’s key or a malformed header', async () => {
      const { code } = await create();
      const other = await create();
      const attempts: Record<string, string>[] = [
        {},
        { authorization: `Bearer ${other.hostKey}` },
        { authorization: 'Basic abc' },
        { authorization: 'Bearer' },
      ];
      for (const headers of attempts) {
        const res = await api.call('GET', `/api/sessions/${code}/transcript`, { headers });
        expect(res.status).toBe(401);
        expect(await res.json()).toEqual({ error: 'protocol/unauthorized', message: 'That needs the teacher’s key.' });
      }
    });

    it('answers 404 for an unknown session even with a key', async () => {
      const { hostKey } = await create();
      const res = await api.call('GET', '/api/sessions/ACDEFG/transcript', { key: hostKey });
      expect(res.status).toBe(404);
    });
  });

  describe('DELETE /api/sessions/:code', () => {
    it('lets only the host delete, and removes the session entirely', async () => {
      const { code, hostKey } = await create();
      await api.appendCommands(code, [join_('a', 'Ana')]);
      expect((await api.call('DELETE', `/api/sessions/${code}`)).status).toBe(401);
      expect((await api.call('DELETE', `/api/sessions/${code}`, { key: 'x'.repeat(43) })).status).toBe(401);
      expect(await api.store.getSession(code)).not.toBeNull();
      const res = await api.call('DELETE', `/api/sessions/${code.toLowerCase()}`, { key: hostKey });
      expect(res.status).toBe(204);
      expect(await api.store.getSession(code)).toBeNull();
      expect(await api.store.readEntries(code)).toEqual([]);
      expect((await api.call('GET', `/api/sessions/${code}`)).status).toBe(404);
      expect((await api.call('DELETE', `/api/sessions/${code}`, { key: hostKey })).status).toBe(404);
    });
  });

  describe('requireHost, reused by other routers', () => {
    it('passes the loaded session on with the right key, and 401/404 otherwise', async () => {
      const { code, hostKey } = await create();
      const ok = await api.call('GET', `/api/sessions/${code.toLowerCase()}/host-only`, { key: hostKey });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ code });
      expect((await api.call('GET', `/api/sessions/${code}/host-only`)).status).toBe(401);
      expect((await api.call('GET', '/api/sessions/ACDEFG/host-only', { key: hostKey })).status).toBe(404);
    });
  });
});

describe('session API links', () => {
  it('are built on the public address without a doubled slash, or on the address the teacher used', async () => {
    for (const [publicUrl, base] of [
      ['https://class.example/', 'https://class.example'],
      ['', null],
    ] as const) {
      const api = await startApiFixture({ scenarios: catalogOf([tinyScenario]) }, undefined, publicUrl);
      try {
        const reply = (await (
          await api.call('POST', '/api/sessions', { body: { scenarioId: 'tiny' } })
        ).json()) as CreateSessionReply;
        expect(reply.joinUrl).toBe(`${base ?? api.base}/join/${reply.code}`);
        expect(reply.qrUrl).toBe(`${base ?? api.base}/api/sessions/${reply.code}/qr.svg`);
      } finally {
        await api.close();
      }
    }
  });
});

describe('session API on a server with no scenario installed', () => {
  it('says so when a teacher tries to create a session', async () => {
    const api = await startApiFixture({ scenarios: catalogOf([]) });
    try {
      const res = await api.call('POST', '/api/sessions', { body: { scenarioId: 'korea' } });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: 'protocol/invalid',
        message: 'scenarioId: no scenario "korea" (known: none installed)',
      });
    } finally {
      await api.close();
    }
  });
});

describe('session API rate limits', () => {
  it('answers 429 with the JSON error once an address created too many sessions', async () => {
    const api = await startApiFixture({
      scenarios: catalogOf([tinyScenario]),
      rateLimits: { create: { windowMs: 60_000, max: 2 } },
    });
    try {
      for (let i = 0; i < 2; i++)
        expect((await api.call('POST', '/api/sessions', { body: { scenarioId: 'tiny' } })).status).toBe(201);
      const res = await api.call('POST', '/api/sessions', { body: { scenarioId: 'tiny' } });
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await res.json()).toEqual({
        error: 'protocol/rate-limited',
        message: 'Too many messages at once. Wait a moment.',
      });
      // Reading is limited separately.
      expect((await api.call('GET', '/api/scenarios')).status).toBe(200);
    } finally {
      await api.close();
    }
  });

  it('limits reads per address, so guessing codes is slow', async () => {
    const api = await startApiFixture({
      scenarios: catalogOf([tinyScenario]),
      rateLimits: { api: { windowMs: 60_000, max: 5 } },
    });
    try {
      const codes = ['ACDEFG', 'ACDEFH', 'ACDEFJ', 'ACDEFK', 'ACDEFM', 'ACDEFN'];
      const statuses = [];
      for (const code of codes) statuses.push((await api.call('GET', `/api/sessions/${code}`)).status);
      expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
    } finally {
      await api.close();
    }
  });
});

describe('session API with the shipped scenarios', () => {
  it('offers the Korean Peninsula scenario with its five delegations and creates a session that replays', async () => {
    const api = await startApiFixture();
    try {
      const list = (await (await api.call('GET', '/api/scenarios')).json()) as {
        id: string;
        delegations: { id: string }[];
      }[];
      const korea = list.find((s) => s.id === 'korea');
      expect(korea?.delegations.map((d) => d.id).sort()).toEqual([
        'beijing',
        'moscow',
        'pyongyang',
        'seoul',
        'washington',
      ]);
      const res = await api.call('POST', '/api/sessions', { body: { scenarioId: 'korea', rounds: 4 } });
      expect(res.status).toBe(201);
      const { code, hostKey } = (await res.json()) as CreateSessionReply;
      await api.appendCommands(code, [join_('a', 'Ana'), join_('b', 'Ben')]);
      const transcript = (await (
        await api.call('GET', `/api/sessions/${code}/transcript`, { key: hostKey })
      ).json()) as Transcript;
      expect(replay(getScenario('korea')!, transcript).state.seats).toMatchObject({
        a: { name: 'Ana' },
        b: { name: 'Ben' },
      });
    } finally {
      await api.close();
    }
  });
});

describe('apiErrorHandler', () => {
  it('answers a JSON parse error of an app-level parser in the API shape, without echoing the body', async () => {
    const app = express();
    app.use('/api', express.json());
    app.post('/api/echo', (req, res) => void res.json(req.body));
    app.use('/api', apiErrorHandler());
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    try {
      const { port } = server.address() as { port: number };
      const res = await fetch(`http://127.0.0.1:${port}/api/echo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"hostKey": "SECRET',
      });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ error: 'protocol/invalid', message: 'The body is not valid JSON.' });
      expect(text).not.toContain('SECRET');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
