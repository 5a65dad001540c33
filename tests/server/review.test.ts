// The review API over real HTTP with a real SQLite store: host key required, release makes one share link,
// the shared link serves exactly the released level, withdrawing it closes the link.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReviewApi } from '../../server/http/review.ts';
import { openStore } from '../../server/store/index.ts';
import { hashSecret } from '../../server/store/secrets.ts';
import type { TranscriptStore } from '../../server/store/types.ts';
import { getScenario } from '../../shared/scenario/catalog.ts';
import type { HostReplayReply, HostReviewReply, ReviewModel } from '../../shared/transcript/review-types.ts';
import type { Transcript, TranscriptEntry } from '../../shared/transcript/types.ts';
import { MARK, markedSession, tinyScenario } from '../shared/transcript/review-helpers.ts';

const CODE = 'TEXTQ3';
const HOST_KEY = 'host-key-that-is-long-enough-0123456789';
let store: TranscriptStore;
let server: Server;
let base = '';
let koreaCode = '';
let koreaEntries = 0;

beforeAll(async () => {
  store = await openStore({ dataDir: ':memory:' });
  const transcript = markedSession();
  await store.createSession({
    code: CODE,
    header: transcript.header,
    hostKeyHash: hashSecret(HOST_KEY),
    createdAt: 1,
    updatedAt: 1,
    ended: true,
    release: null,
  });
  await store.append(CODE, transcript.entries);
  const app = express();
  app.use('/api', express.json());
  const korea = JSON.parse(
    readFileSync(new URL('../fixtures/sessions/korea-scripted.json', import.meta.url), 'utf8'),
  ) as Transcript;
  await store.createSession({
    code: korea.header.code,
    header: korea.header,
    hostKeyHash: hashSecret(HOST_KEY),
    createdAt: 1,
    updatedAt: 1,
    ended: true,
    release: null,
  });
  await store.append(korea.header.code, korea.entries);
  koreaCode = korea.header.code;
  koreaEntries = korea.entries.length;
  // Without scenarioById the router falls back to the shipped catalog (the Korea fixture needs it).
  const lookup = (id: string) => (id === tinyScenario.id ? tinyScenario : getScenario(id));
  app.use('/api', createReviewApi({ store, publicUrl: 'http://class.example', scenarioById: lookup }));
  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await store.close();
});

const asHost = (init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { ...(init.headers ?? {}), authorization: `Bearer ${HOST_KEY}`, 'content-type': 'application/json' },
});
const release = (body: unknown) =>
  fetch(`${base}/sessions/${CODE}/release`, asHost({ method: 'PUT', body: JSON.stringify(body) }));

/** The review router alone on an app of its own (no parser in front of it, as in the real app); closed after `use`. */
async function alone(deps: Parameters<typeof createReviewApi>[0], use: (api: string) => Promise<void>): Promise<void> {
  const app = express();
  app.use('/api', createReviewApi(deps));
  const other = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => other.once('listening', () => resolve()));
  try {
    await use(`http://127.0.0.1:${(other.address() as AddressInfo).port}/api`);
  } finally {
    await new Promise<void>((resolve) => other.close(() => resolve()));
  }
}

describe('GET /api/sessions/:code/review', () => {
  it('needs the host key: 401 without or with a wrong one, 404 for an unknown session', async () => {
    expect((await fetch(`${base}/sessions/${CODE}/review`)).status).toBe(401);
    expect(
      (
        await fetch(`${base}/sessions/${CODE}/review`, {
          headers: { authorization: 'Bearer wrong-key-wrong-key-wrong' },
        })
      ).status,
    ).toBe(401);
    expect((await fetch(`${base}/sessions/WWWWWW/review`, asHost())).status).toBe(404);
  });

  it('gives the host everything, codes in any case, and no release yet', async () => {
    const res = await fetch(`${base}/sessions/${CODE.toLowerCase()}/review`, asHost());
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const review = (await res.json()) as HostReviewReply;
    expect(review.level).toBe('host');
    expect(review.release).toBeNull();
    const all = JSON.stringify(review);
    for (const secret of [MARK.team, MARK.diplomatic, MARK.plan, MARK.reflection, MARK.brief])
      expect(all).toContain(secret);
    expect(review.participation).toHaveLength(6);
  });
});

describe('a long session', () => {
  it('comes gzipped to browsers that accept it, and the replay data replays in the page', async () => {
    const res = await fetch(`${base}/sessions/${koreaCode}/review`, asHost({ headers: { 'accept-encoding': 'gzip' } }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const review = (await res.json()) as HostReviewReply;
    expect(review.lastSeq).toBe(koreaEntries);
    const replayData = (await (
      await fetch(`${base}/sessions/${koreaCode}/replay`, asHost())
    ).json()) as HostReplayReply;
    expect(replayData.transcript.entries).toHaveLength(koreaEntries);
    expect(replayData.scenario.id).toBe('korea');
    expect((await fetch(`${base}/sessions/${koreaCode}/replay`)).status).toBe(401);
  });

  it('comes as plain JSON to a browser that does not accept gzip, and a short reply is never gzipped', async () => {
    const get = (path: string, encoding: string) =>
      fetch(`${base}/sessions/${path}`, asHost({ headers: { 'accept-encoding': encoding } }));
    for (const path of [`${koreaCode}/review`, `${koreaCode}/replay`, `${CODE}/review`, `${CODE}/replay`]) {
      const plain = await get(path, 'identity');
      expect(plain.status, path).toBe(200);
      expect(plain.headers.get('content-encoding'), path).toBeNull();
      expect(plain.headers.get('content-type'), path).toMatch(/^application\/json/);
      expect(plain.headers.get('cache-control'), path).toBe('no-store');
      expect(plain.headers.get('vary'), path).toBe('Accept-Encoding');
      expect(await plain.json(), path).toBeTruthy();
    }
    // The long session's replay data is megabytes on a school's line: gzipped for a browser that takes it.
    const zipped = await get(`${koreaCode}/replay`, 'gzip');
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await zipped.json()) as HostReplayReply).transcript.entries).toHaveLength(koreaEntries);
    // A short one goes out as is, whatever the browser accepts.
    const short = await get(`${CODE}/replay`, 'gzip');
    expect(short.headers.get('content-encoding')).toBeNull();
    expect(((await short.json()) as HostReplayReply).scenario.id).toBe(tinyScenario.id);
  });
});

describe('a session this server cannot review', () => {
  /** A copy of the marked session under another code, its header and entries changed by `change`. */
  async function storedCopy(
    code: string,
    change: (t: Transcript) => Transcript = (t) => t,
  ): Promise<{ code: string; entries: TranscriptEntry[] }> {
    const original = markedSession();
    const transcript = change({ header: { ...original.header, code }, entries: original.entries });
    await store.createSession({
      code,
      header: transcript.header,
      hostKeyHash: hashSecret(HOST_KEY),
      createdAt: 2,
      updatedAt: 2,
      ended: true,
      release: null,
    });
    await store.append(code, transcript.entries);
    return { code, entries: transcript.entries };
  }

  const reviewOf = (code: string) => fetch(`${base}/sessions/${code}/review`, asHost());

  it('answers 409 with the reason, not an error page or no answer, when its scenario or rules are missing or its transcript does not replay', async () => {
    // Its scenario is not in the store.
    const missing = await storedCopy('MNGC44', (t) => ({
      ...t,
      header: { ...t.header, scenarioHash: 'f'.repeat(64) },
    }));
    // Recorded with rules this build does not have.
    const rules = await storedCopy('RVCN44', (t) => ({ ...t, header: { ...t.header, rulesVersion: 999 } }));
    // A stored command the rules refuse (a seat that never joined sends a team message).
    const broken = await storedCopy('DRKN44', (t) => ({
      ...t,
      entries: [
        ...t.entries,
        {
          seq: t.entries.length + 1,
          command: {
            type: 'sendTeamMessage',
            text: 'ghost',
            at: 2_000_000_000_000,
            by: { kind: 'seat', seatId: 'ghost' },
          },
        } as TranscriptEntry,
      ],
    }));
    for (const { code } of [missing, rules, broken]) {
      const res = await reviewOf(code);
      expect(res.status, code).toBe(409);
      const body = (await res.json()) as { error: string; message: string };
      expect(body.error, code).toBe('review/unavailable');
      expect(body.message, code).not.toBe('');
    }
    const replay = await fetch(`${base}/sessions/${missing.code}/replay`, asHost());
    expect(replay.status).toBe(409);
    expect(await replay.json()).toMatchObject({ error: 'review/unavailable' });
  });

  it('answers 500 in the API shape, without the cause, when the store fails', async () => {
    const failing = new Proxy(store, {
      get(target, name, receiver) {
        if (name === 'readEntriesJson') return () => Promise.reject(new Error('disk on fire'));
        const value = Reflect.get(target, name, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    await alone(
      { store: failing, publicUrl: 'http://class.example', scenarioById: () => tinyScenario },
      async (api) => {
        const res = await fetch(`${api}/sessions/${CODE}/review`, asHost());
        expect(res.status).toBe(500);
        expect(await res.json()).toEqual({ error: 'review/failed', message: 'The review could not be built.' });
      },
    );
  });

  it("never gives one class's review for another's, even when their transcripts are the same length", async () => {
    // Same commands, one team line reworded to the same length: a review keyed on anything but the session would mix them.
    const same = await storedCopy('CPYA44');
    const reworded = await storedCopy('CPYD44', (t) => ({
      ...t,
      entries: JSON.parse(JSON.stringify(t.entries).replaceAll(MARK.team, 'TEAM-OTHERS')) as TranscriptEntry[],
    }));
    expect(JSON.stringify(reworded.entries).length).toBe(JSON.stringify(same.entries).length);
    const first = JSON.stringify(await (await reviewOf(same.code)).json());
    const second = (await (await reviewOf(reworded.code)).json()) as HostReviewReply;
    expect(first).toContain(MARK.team);
    expect(second.code).toBe(reworded.code);
    expect(JSON.stringify(second)).toContain('TEAM-OTHERS');
    expect(JSON.stringify(second)).not.toContain(MARK.team);
  });
});

describe('release and the shared link', () => {
  it('refuses a level that does not exist', async () => {
    const refused = await release({ level: 'everything' });
    expect(refused.status).toBe(400);
    const reason = (await refused.json()) as { error: string; message: string };
    expect(reason.error).toBe('protocol/invalid');
    expect(reason.message).toContain('"level"');
    expect(
      (
        await fetch(`${base}/sessions/${CODE}/release`, {
          method: 'PUT',
          body: '{"level":"public"}',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(401);
  });

  it('shares one link whose level the teacher can raise in stages, then withdraw', async () => {
    const first = (await (await release({ level: 'public', pseudonyms: true })).json()) as {
      release: { path: string; url: string; level: string };
    };
    expect(first.release.path).toMatch(/^\/shared\/[A-Za-z0-9_-]{20,}$/);
    expect(first.release.url).toBe(`http://class.example${first.release.path}`);
    const token = first.release.path.slice('/shared/'.length);

    const shared = await fetch(`${base}/shared/${token}`);
    // A class's review is not for search engines or a shared computer's cache.
    expect(shared.headers.get('x-robots-tag')).toBe('noindex');
    expect(shared.headers.get('cache-control')).toBe('no-store');
    const publicView = (await shared.json()) as ReviewModel;
    expect(publicView.level).toBe('public');
    const publicText = JSON.stringify(publicView);
    expect(publicText).toContain(MARK.public);
    for (const secret of [MARK.team, MARK.diplomatic, MARK.plan, MARK.reflection, MARK.brief, MARK.nickname, CODE])
      expect(publicText).not.toContain(secret);

    const raised = (await (await release({ level: 'diplomatic', pseudonyms: false })).json()) as {
      release: { path: string };
    };
    expect(raised.release.path).toBe(first.release.path);
    const diplomaticText = JSON.stringify(await (await fetch(`${base}/shared/${token}`)).json());
    expect(diplomaticText).toContain(MARK.diplomatic);
    expect(diplomaticText).toContain(MARK.nickname);
    expect(diplomaticText).not.toContain(MARK.team);

    const hostView = (await (await fetch(`${base}/sessions/${CODE}/review`, asHost())).json()) as HostReviewReply;
    expect(hostView.release).toMatchObject({ level: 'diplomatic', pseudonyms: false, path: first.release.path });

    const withdrawn = await release({ level: null });
    expect(withdrawn.headers.get('cache-control')).toBe('no-store');
    expect((await withdrawn.json()) as unknown).toEqual({ release: null });
    expect((await fetch(`${base}/shared/${token}`)).status).toBe(404);
    const again = (await (await release({ level: 'team' })).json()) as {
      release: { path: string; pseudonyms: boolean };
    };
    expect(again.release.path).not.toBe(first.release.path);
    expect(again.release.pseudonyms).toBe(false);
    const deleted = await fetch(`${base}/sessions/${CODE}/release`, asHost({ method: 'DELETE' }));
    expect(deleted.headers.get('cache-control')).toBe('no-store');
    expect((await deleted.json()) as unknown).toEqual({ release: null });
    expect((await fetch(`${base}${again.release.path.replace('/shared/', '/shared/')}`)).status).toBe(404);
  });

  it('withdraws the release on a bare null body too, as the API documents', async () => {
    await alone({ store, publicUrl: 'http://class.example', scenarioById: () => tinyScenario }, async (api) => {
      const put = (body: string) => fetch(`${api}/sessions/${CODE}/release`, asHost({ method: 'PUT', body }));
      const raised = (await (await put('{"level":"public"}')).json()) as { release: { path: string } };
      expect((await fetch(`${api}${raised.release.path}`)).status).toBe(200);
      const res = await put('null');
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toEqual({ release: null });
      expect((await fetch(`${api}${raised.release.path}`)).status).toBe(404);
    });
  });

  it('answers 404 for a token that was never issued or cannot be one', async () => {
    const never = await fetch(`${base}/shared/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
    expect(never.status).toBe(404);
    const said = (await never.json()) as { error: string; message: string };
    expect(said.error).toBe('review/not-released');
    expect(said.message).toContain('withdrawn');
    expect((await fetch(`${base}/shared/not%20a%20token`)).status).toBe(404);
  });
});
