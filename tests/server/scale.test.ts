// Scale-out: two real server processes (server/main.ts) sharing Redis presence/driver and one PostgreSQL store.
// A session created through A's API is joined through B and through A, and everyone lands in one room.
// Skips loudly when Redis or PostgreSQL is down, unless PENINSULA_REQUIRE_POSTGRES=1 (CI), where it fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Participant } from '../../server/bots/participant.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import type { CreateSessionReply, ScenarioSummary, SessionInfo } from '../../shared/protocol/api.ts';
import type { Transcript } from '../../shared/transcript/types.ts';
import { freshSchemaName, postgresAvailable, schemaUrl, TEST_POSTGRES_URL } from './store.postgres-env.ts';

const REDIS_URL = process.env.PENINSULA_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/**
 * Colyseus picks the process that creates a room from every process registered in its Redis database. Another
 * run of this test (or a process it killed) registered there would be picked and answer 'unknown-session' from
 * its own PostgreSQL schema, so this run's two processes keep their keys under a prefix of their own.
 */
const KEY_PREFIX = `peninsula-scale-${process.pid}-${Date.now()}:`;
function prefixedRedisUrl(): string {
  const url = new URL(REDIS_URL);
  url.searchParams.set('keyPrefix', KEY_PREFIX);
  return url.toString();
}
const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** True when Redis answers PING; loud skip or failure otherwise (same rule as PostgreSQL). */
async function redisAvailable(): Promise<boolean> {
  const { hostname, port } = new URL(REDIS_URL);
  const pong = await new Promise<boolean>((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.connect(Number(port || 6379), hostname, () => socket.write('PING\r\n'));
  });
  if (pong) return true;
  if (process.env.PENINSULA_REQUIRE_POSTGRES === '1')
    throw new Error(`PENINSULA_REQUIRE_POSTGRES=1 but Redis at ${REDIS_URL} does not answer`);
  console.warn(
    `\n${'!'.repeat(100)}\n!! SKIPPING the scale-out test: Redis at ${REDIS_URL} does not answer.\n${'!'.repeat(100)}\n`,
  );
  return false;
}

const ready = (await postgresAvailable('the scale-out test')) && (await redisAvailable());

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

interface Proc {
  name: string;
  url: string;
  child: ChildProcess;
  output: string[];
}

/** Starts `npm start`'s server entry with the scaled-out environment; resolves once it listens. */
async function startProcess(name: string, databaseUrl: string): Promise<Proc> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDIS_URL: prefixedRedisUrl(),
      // Each process needs its own public address, or joins routed to it fail with "seat reservation expired".
      PUBLIC_ADDRESS: `127.0.0.1:${port}`,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
  const proc = { name, url: `http://127.0.0.1:${port}`, child, output };
  await vi.waitFor(
    () => {
      if (hasExited(child)) throw new Error(`${name} exited (${child.exitCode}):\n${output.join('')}`);
      expect(output.join('')).toContain(`listening on port ${port}`);
    },
    { timeout: 90_000, interval: 100 },
  );
  return proc;
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

async function stopProcess(proc: Proc | undefined): Promise<void> {
  if (!proc || hasExited(proc.child)) return;
  const exited = new Promise<void>((resolve) => proc.child.once('exit', () => resolve()));
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

describe.skipIf(!ready)('two server processes behind Redis and PostgreSQL', () => {
  const schema = freshSchemaName('peninsula_scale');
  let a: Proc | undefined;
  let b: Proc | undefined;
  const participants: Participant[] = [];

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const url = schemaUrl(schema);
    [a, b] = await Promise.all([startProcess('A', url.toString()), startProcess('B', url.toString())]);
  }, 120_000);

  afterAll(async () => {
    // A participant of a killed process may never hear back: give leaving a moment, not forever.
    const settle = (p: Promise<unknown>) =>
      Promise.race([p.catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
    await Promise.all(participants.map((p) => settle(p.leave())));
    await Promise.all([stopProcess(a), stopProcess(b)]);
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${KEY_PREFIX}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it(
    'puts students joining through either process into the one room of a session created on A',
    { timeout: 60_000 },
    async () => {
      const [scenario] = await getJson<ScenarioSummary[]>(`${a!.url}/api/scenarios`);
      expect(scenario).toBeDefined();
      const created = await getJson<CreateSessionReply>(`${a!.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenarioId: scenario!.id }),
      });
      const { code, hostKey } = created;

      // Any process answers the API for any session: the record lives in PostgreSQL.
      expect((await getJson<SessionInfo>(`${b!.url}/api/sessions/${code}`)).code).toBe(code);

      // The first join, through B, creates the room on B.
      const ana = await Participant.join(
        b!.url,
        { role: 'student', protocol: PROTOCOL_VERSION, code, name: 'Ana' },
        { record: true },
      );
      participants.push(ana);
      // The next joins go through A; the Redis driver finds the room on B and the reservation points at B.
      const ben = await Participant.join(
        a!.url,
        { role: 'student', protocol: PROTOCOL_VERSION, code, name: 'Ben' },
        { record: true },
      );
      participants.push(ben);
      const teacher = await Participant.join(
        a!.url,
        { role: 'host', protocol: PROTOCOL_VERSION, code, hostKey },
        { record: true },
      );
      participants.push(teacher);

      expect(ben.room.roomId).toBe(ana.room.roomId);
      expect(teacher.room.roomId).toBe(ana.room.roomId);

      // Ana, connected to B, sees Ben join through A; the host sees both seats.
      await vi.waitFor(
        () => expect(ana.events().some((e) => e.type === 'seatJoined' && e.seat.name === 'Ben')).toBe(true),
        { timeout: 10_000 },
      );
      await vi.waitFor(
        () =>
          expect(
            Object.values(teacher.snapshot?.seats ?? {})
              .map((s) => s.name)
              .sort(),
          ).toEqual(['Ana', 'Ben']),
        { timeout: 10_000 },
      );

      // The host (through A) starts the session; both students hear it.
      const reply = await teacher.intent({ type: 'startSession' });
      expect(reply.ok).toBe(true);
      for (const student of [ana, ben])
        await vi.waitFor(() => expect(student.phase).not.toBe('lobby'), { timeout: 10_000 });

      // Both processes read the same record and the same transcript.
      for (const proc of [a!, b!]) {
        expect(await getJson<SessionInfo>(`${proc.url}/api/sessions/${code}`)).toMatchObject({ code, ended: false });
        const transcript = await getJson<Transcript>(`${proc.url}/api/sessions/${code}/transcript`, {
          headers: { authorization: `Bearer ${hostKey}` },
        });
        expect(transcript.entries.map((e) => e.command.type)).toEqual(['joinSeat', 'joinSeat', 'startSession']);
      }
    },
  );

  it('rebuilds a session on the other process when the one holding its room dies', { timeout: 90_000 }, async () => {
    const [scenario] = await getJson<ScenarioSummary[]>(`${a!.url}/api/scenarios`);
    const { code, hostKey } = await getJson<CreateSessionReply>(`${a!.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: scenario!.id }),
    });
    const cleo = await Participant.join(
      b!.url,
      { role: 'student', protocol: PROTOCOL_VERSION, code, name: 'Cleo' },
      { record: true, sdkReconnect: false },
    );
    participants.push(cleo);
    const teacher = await Participant.join(
      b!.url,
      { role: 'host', protocol: PROTOCOL_VERSION, code, hostKey },
      { record: true, sdkReconnect: false },
    );
    participants.push(teacher);
    expect((await teacher.intent({ type: 'startSession' })).ok).toBe(true);
    const seatToken = cleo.seat!.seatToken;

    b!.child.kill('SIGKILL');
    await new Promise<void>((resolve) => (hasExited(b!.child) ? resolve() : b!.child.once('exit', () => resolve())));

    // Through A: the same seat by its token, and the host by key; the room is rebuilt from the PostgreSQL transcript.
    const back = await vi.waitFor(
      () => Participant.join(a!.url, { role: 'rejoin', protocol: PROTOCOL_VERSION, code, seatToken }, { record: true }),
      { timeout: 60_000, interval: 1000 },
    );
    participants.push(back);
    expect(back.snapshot?.you?.seatId).toBe(cleo.seatId);
    expect(back.phase).toBe('briefing');
    const host2 = await Participant.join(
      a!.url,
      { role: 'host', protocol: PROTOCOL_VERSION, code, hostKey },
      { record: true },
    );
    participants.push(host2);
    expect(host2.room.roomId).toBe(back.room.roomId);
    expect((await host2.intent({ type: 'skipPhase' })).ok).toBe(true);
    await vi.waitFor(() => expect(back.phase).toBe('news'), { timeout: 10_000 });
  });
});
