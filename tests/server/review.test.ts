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
import type { Transcript } from '../../shared/transcript/types.ts';
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
});

describe('release and the shared link', () => {
  it('refuses a level that does not exist', async () => {
    expect((await release({ level: 'everything' })).status).toBe(400);
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

    const publicView = (await (await fetch(`${base}/shared/${token}`)).json()) as ReviewModel;
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

    expect((await (await release({ level: null })).json()) as unknown).toEqual({ release: null });
    expect((await fetch(`${base}/shared/${token}`)).status).toBe(404);
    const again = (await (await release({ level: 'team' })).json()) as {
      release: { path: string; pseudonyms: boolean };
    };
    expect(again.release.path).not.toBe(first.release.path);
    expect(again.release.pseudonyms).toBe(false);
    expect(
      (await (await fetch(`${base}/sessions/${CODE}/release`, asHost({ method: 'DELETE' }))).json()) as unknown,
    ).toEqual({ release: null });
    expect((await fetch(`${base}${again.release.path.replace('/shared/', '/shared/')}`)).status).toBe(404);
  });

  it('answers 404 for a token that was never issued or cannot be one', async () => {
    expect((await fetch(`${base}/shared/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
    expect((await fetch(`${base}/shared/not%20a%20token`)).status).toBe(404);
  });
});
