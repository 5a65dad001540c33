// The what-if routes over real HTTP with a real SQLite store: the teacher forks with the host key, the class only
// through a released share link (covert moves it never saw stay hidden: see releaseFork), and no fork is ever stored.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioContent } from '../../server/engines.ts';
import { createWhatIfApi } from '../../server/http/whatif.ts';
import { openStore } from '../../server/store/index.ts';
import { hashSecret } from '../../server/store/secrets.ts';
import type { TranscriptStore } from '../../server/store/types.ts';
import type { ForkComparison, LabInfo } from '../../shared/transcript/whatif.ts';
import { readFixture } from '../fixtures/session-fixtures.ts';

const HOST_KEY = 'host-key-that-is-long-enough-0123456789';
const TOKEN = 'share-token-for-the-whatif-test';
const { transcript, scenario } = readFixture('rules-v1-finished');
const code = transcript.header.code;
let store: TranscriptStore;
let server: Server;
let base = '';

beforeAll(async () => {
  store = await openStore({ dataDir: ':memory:' });
  const { hash, content } = scenarioContent(scenario!);
  await store.putScenario(hash, content);
  await store.createSession({
    code,
    header: transcript.header,
    hostKeyHash: hashSecret(HOST_KEY),
    createdAt: 1,
    updatedAt: 1,
    ended: true,
    release: null,
  });
  await store.append(code, transcript.entries);
  const app = express();
  app.use('/api', express.json());
  app.use('/api', createWhatIfApi({ store, publicUrl: 'http://class.example' }));
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
  headers: { authorization: `Bearer ${HOST_KEY}`, 'content-type': 'application/json' },
});
const answerTheFreeze = { round: 3, delegation: 'washington', moveId: 'refrainFromDrills', target: 'pyongyang' };
const post = (url: string, body: unknown, init: RequestInit = { headers: { 'content-type': 'application/json' } }) =>
  fetch(url, { ...init, method: 'POST', body: JSON.stringify(body) });

describe('the what-if lab for the teacher', () => {
  it('needs the host key', async () => {
    expect((await fetch(`${base}/sessions/${code}/whatif`)).status).toBe(401);
    expect((await post(`${base}/sessions/${code}/fork`, { choices: [answerTheFreeze] })).status).toBe(401);
  });

  it("offers the rounds played, every delegation's moves, three reference curves and the mechanism per round", async () => {
    const res = await fetch(`${base}/sessions/${code}/whatif`, asHost());
    expect(res.status).toBe(200);
    const info = (await res.json()) as LabInfo;
    expect(info.roundsPlayed).toBe(4);
    expect(info.delegations.find((d) => d.id === 'washington')?.moves.map((m) => m.id)).toContain('refrainFromDrills');
    expect(info.references.map((r) => r.id)).toEqual(['allHold', 'powerForPower', 'wayForward']);
    expect(info.mechanism).toHaveLength(4);
  });

  it('answers "what if Washington had answered the freeze in round 3" and stores nothing', async () => {
    const res = await post(`${base}/sessions/${code}/fork`, { choices: [answerTheFreeze] }, asHost());
    expect(res.status).toBe(200);
    const fork = (await res.json()) as ForkComparison;
    expect(fork.fork.slice(0, 3)).toEqual(fork.recorded.slice(0, 3));
    expect(fork.fork[4]).not.toBe(fork.recorded[4]);
    expect(fork.rounds[0]?.fork.moves.find((m) => m.delegation === 'washington')?.moveId).toBe('refrainFromDrills');
    expect(await store.readEntries(code)).toHaveLength(transcript.entries.length);
  });

  it('refuses a move the delegation does not have, a round not played, or a malformed body', async () => {
    expect(
      (
        await post(
          `${base}/sessions/${code}/fork`,
          { choices: [{ ...answerTheFreeze, moveId: 'nukeEverything' }] },
          asHost(),
        )
      ).status,
    ).toBe(400);
    expect(
      (await post(`${base}/sessions/${code}/fork`, { choices: [{ ...answerTheFreeze, round: 7 }] }, asHost())).status,
    ).toBe(400);
    expect((await post(`${base}/sessions/${code}/fork`, { choices: 'all' }, asHost())).status).toBe(400);
  });
});

describe('the what-if lab for the class', () => {
  it('is closed until the teacher releases the review, then open through the share link', async () => {
    expect((await fetch(`${base}/shared/${TOKEN}/whatif`)).status).toBe(404);
    expect((await post(`${base}/shared/${TOKEN}/fork`, { choices: [answerTheFreeze] })).status).toBe(404);
    await store.setRelease(code, { level: 'public', pseudonyms: true, shareToken: TOKEN });
    expect((await fetch(`${base}/shared/${TOKEN}/whatif`)).status).toBe(200);
    const res = await post(`${base}/shared/${TOKEN}/fork`, {
      choices: [{ round: 1, delegation: 'washington', moveId: 'hold', target: null }],
    });
    expect(res.status).toBe(200);
    const fork = (await res.json()) as ForkComparison;
    expect(fork.fork).toHaveLength(5);
    // Every covert move was revealed when the session ended, so the class may read them all (releaseFork's own test
    // covers one that never was).
    expect(fork.rounds.flatMap((r) => r.recorded.moves).every((m) => !m.hidden && m.label !== '')).toBe(true);
    await store.setRelease(code, null);
    expect((await fetch(`${base}/shared/${TOKEN}/whatif`)).status).toBe(404);
  });
});
