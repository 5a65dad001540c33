// Plumbing smoke test on the tiny rules scenario: join, intents, refusals, persistence order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyScenario } from '../shared/rules/fixtures.ts';
import {
  joinHost,
  joinProjector,
  joinStudent,
  seedSession,
  skipTo,
  startTestServer,
  type TestServer,
} from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ scenarioById: (id) => (id === tinyScenario.id ? tinyScenario : undefined) });
});
afterAll(async () => {
  await server?.close();
});

describe('session room plumbing', () => {
  it('joins, plays a message and persists it before acknowledging', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    const a = await joinStudent(server, session.code, 'Ana');
    const b = await joinStudent(server, session.code, 'Ben');
    const proj = await joinProjector(server, session.code);
    await a.waitFor((m) => m.type === 'snapshot');
    expect(a.seat?.seatToken).toBeTruthy();
    await skipTo(host, 'deliberation');
    const reply = await a.intent({ type: 'sendTeamMessage', text: 'hello team' });
    expect(reply).toMatchObject({ ok: true });
    const entries = await server.store.readEntries(session.code);
    expect(entries.at(-1)?.command).toMatchObject({ type: 'sendTeamMessage', text: 'hello team' });
    const bad = await a.intent({ type: 'sendTeamMessage', text: 42 } as never);
    expect(bad).toMatchObject({ ok: false, error: 'protocol/invalid' });
    const refused = await a.intent({ type: 'approveProposal', proposalId: 'p999' });
    expect(refused.ok).toBe(false);
    expect(refused).toMatchObject({ ok: false, error: 'rule/proposal-unknown' });
    void b;
    void proj;
  });

  it("a student moved to another delegation gets a fresh snapshot with the new team's brief", async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    const ana = await joinStudent(server, session.code, 'Ana');
    const to = tinyScenario.delegations.map((d) => d.id).find((id) => id !== ana.delegation)!;
    const snapshots = () => ana.received.filter((m) => m.type === 'snapshot').length;
    expect(snapshots()).toBe(1);
    expect(await host.intent({ type: 'reassignSeat', seatId: ana.seatId!, delegation: to })).toMatchObject({
      ok: true,
    });
    await expect.poll(snapshots).toBe(2);
    expect(ana.delegation).toBe(to);
    const briefs = ana.scenario!.delegations.filter((d) => d.privateBrief !== null).map((d) => d.id);
    expect(briefs).toEqual([to]);
  });

  it('a session the teacher deleted closes its live room at the next command', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    const ana = await joinStudent(server, session.code, 'Ana', { sdkReconnect: false });
    await skipTo(host, 'deliberation');
    const res = await fetch(`${server.url}/api/sessions/${session.code}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${session.hostKey}` },
    });
    expect(res.ok).toBe(true);
    expect(await ana.intent({ type: 'sendTeamMessage', text: 'anyone?' })).toMatchObject({
      ok: false,
      error: 'protocol/server-error',
    });
    await expect.poll(() => ana.room.connection.isOpen).toBe(false);
    expect(await server.store.getSession(session.code)).toBeNull();
  });
});
