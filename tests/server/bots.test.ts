// The bots the teachers use to fill a class (and we use for load) play a whole session through a real
// server: students chat, propose and approve legal moves, the host bot runs it to the end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClass } from '../../server/bots/bots.ts';
import { getScenario } from '../../shared/scenario/catalog.ts';
import { seedSession, startTestServer, type TestServer } from './harness.ts';

const korea = getScenario('korea')!;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('bots', () => {
  it('ten bot students and a host bot play two fast rounds to the end', async () => {
    const session = await seedSession(server.store, korea, { rounds: 2 });
    const run = await startClass({
      url: server.url,
      code: session.code,
      students: 10,
      hostKey: session.hostKey,
      rounds: 2,
      fast: true,
    });
    await run.finished;
    await run.stop();
    const record = await server.store.getSession(session.code);
    expect(record?.ended).toBe(true);
    const types = (await server.store.readEntries(session.code)).map((e) => e.command.type);
    expect(types.filter((t) => t === 'joinSeat')).toHaveLength(10);
    expect(types.filter((t) => t === 'proposeMove').length).toBeGreaterThanOrEqual(3);
    expect(types).toContain('sendTeamMessage');
    expect(types).toContain('approveProposal');
    expect(types.at(-1)).toMatch(/skipPhase|endSession|phaseTimeUp/);
  }, 60_000);
});
