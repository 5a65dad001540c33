// A class survives PostgreSQL going away mid-play: for two seconds at a time every connection of this test's server
// is terminated as soon as it opens (pg_terminate_backend, on this server's own connections only) while students chat
// and the teacher moves the class on. Writes in flight are refused with "try again"; nothing acknowledged is
// lost, nothing is stored twice, seq has no gap, and the class reaches its end. Skips loudly without PostgreSQL.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant } from '../../server/bots/participant.ts';
import { tinyScenario } from '../shared/rules/fixtures.ts';
import { joinHost, joinStudent, seedSession, sleep, startTestServer, type TestServer } from './harness.ts';
import { freshSchemaName, postgresAvailable, schemaUrl, TEST_POSTGRES_URL } from './store.postgres-env.ts';

const ready = await postgresAvailable('the PostgreSQL outage test');
const schema = freshSchemaName('peninsula_outage');
const appName = `peninsula_${schema}`;

let server: TestServer;
let admin: pg.Client;
beforeAll(async () => {
  if (!ready) return;
  admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = schemaUrl(schema);
  url.searchParams.set('application_name', appName);
  server = await startTestServer({
    databaseUrl: url.toString(),
    scenarioById: (id) => (id === tinyScenario.id ? tinyScenario : undefined),
  });
}, 60_000);
afterAll(async () => {
  if (!ready) return;
  await server?.close();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

/** Keeps dropping this server's connections for `ms`: to the room, a database that is down for that long. */
async function outage(ms: number): Promise<number> {
  let dropped = 0;
  const until = Date.now() + ms;
  while (Date.now() < until) {
    dropped += await dropConnections();
    await sleep(5);
  }
  return dropped;
}

/** Drops every connection this test's server holds (and only those). */
async function dropConnections(): Promise<number> {
  const res = await admin.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()',
    [appName],
  );
  return res.rowCount ?? 0;
}

describe.skipIf(!ready)('PostgreSQL connections dropped during a class', () => {
  it('loses no acknowledged command and the class reaches its end', { timeout: 120_000 }, async () => {
    const session = await seedSession(server.store, tinyScenario, { rounds: 2, reflection: false });
    const host = await joinHost(server, session, { sdkReconnect: false });
    const students: Participant[] = [];
    for (const name of ['Ana', 'Ben', 'Chen'])
      students.push(await joinStudent(server, session.code, name, { sdkReconnect: false }));
    const acked = new Set<string>();
    let refused = 0;
    let stop = false;
    const chatter = students.map(async (s, i) => {
      for (let n = 0; !stop; n++) {
        if (s.phase === 'deliberation') {
          // A refused line gets a new text: a resend would blur "lost" and "stored twice".
          const text = `${s.seat!.seatId}-${i}-${n}`;
          const reply = await s.intent({ type: 'sendTeamMessage', text });
          if (reply.ok) acked.add(text);
          else if (reply.error === 'protocol/server-error') refused++;
        }
        await sleep(40);
      }
    });
    /** The teacher presses a button until it takes (a refused press during the outage is pressed again). */
    const press = async (intent: Parameters<Participant['intent']>[0]) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const reply = await host.intent(intent);
        if (reply.ok) return;
        if (reply.error !== 'protocol/server-error') throw new Error(`${intent.type} refused: ${reply.error}`);
        await sleep(200);
      }
      throw new Error(`${intent.type} never went through`);
    };
    /** Resolves once `more` further lines were acknowledged: the class is chatting through the store. */
    const chatting = (more: number) => {
      const from = acked.size;
      return expect.poll(() => acked.size, { timeout: 30_000, interval: 10 }).toBeGreaterThanOrEqual(from + more);
    };
    await press({ type: 'startSession' });
    let drops = 0;
    let recovered = 0;
    for (let step = 0; step < 30 && host.phase !== 'ended'; step++) {
      if (host.phase === 'deliberation') {
        // The outage starts while lines are flowing, and the phase moves on only once a line went through after it.
        await chatting(3);
        drops += await outage(2_000);
        await chatting(3);
        recovered++;
      }
      const before = `${host.phase}|${host.round}`;
      await press({ type: 'skipPhase' });
      await expect.poll(() => `${host.phase}|${host.round}`, { timeout: 10_000, interval: 10 }).not.toBe(before);
    }
    stop = true;
    await Promise.all(chatter);
    expect(host.phase).toBe('ended');
    expect(drops).toBeGreaterThan(0);
    expect(recovered).toBe(2);

    const entries = await server.store.readEntries(session.code);
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
    const stored = entries.flatMap((e) => (e.command.type === 'sendTeamMessage' ? [e.command.text] : []));
    expect(new Set(stored).size).toBe(stored.length);
    for (const text of acked) expect(stored).toContain(text);
    expect(acked.size).toBeGreaterThan(0);
    console.log(
      `postgres outage: ${drops} connections dropped, ${acked.size} lines acknowledged, ${refused} refused with "try again"`,
    );
  });
});
