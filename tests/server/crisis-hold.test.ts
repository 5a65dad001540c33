// A Korea class escalating into the crisis hold through the real server: every screen (students, a teammate,
// the host, the projector) hears the hold and shows it, students and the projector are refused while it lasts,
// and the teacher's resume lifts it everywhere. Screens are the client's own store fed what the socket delivered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../client/state/store.ts';
import { nowText, type Role } from '../../client/panels/now.ts';
import { t } from '../../client/i18n/index.ts';
import type { Participant } from '../../server/bots/participant.ts';
import type { GameEvent } from '../../shared/rules/events.ts';
import { getScenario } from '../../shared/scenario/catalog.ts';
import { joinHost, joinProjector, joinStudent, seedSession, startTestServer, type TestServer } from './harness.ts';
import { KOREA_ESCALATION } from '../fixtures/korea-moves.ts';

const korea = getScenario('korea')!;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ scenarioById: (id) => getScenario(id) });
});
afterAll(async () => {
  await server?.close();
});

/** What a participant's screen shows: the client's store, fed every message the socket delivered. */
function screen(p: Participant) {
  const store = new Store();
  for (const m of p.received) store.receive(m);
  return store.get();
}

const heard = (type: GameEvent['type']) => (m: { type: string; events?: GameEvent[] }) =>
  (m.events ?? []).some((e) => e.type === type);

describe('the crisis hold on the wire', () => {
  it('reaches every screen, stops students and the projector, and lifts when the teacher resumes', async () => {
    const session = await seedSession(server.store, korea, { rounds: 4, reflection: false });
    const host = await joinHost(server, session);
    const projector = await joinProjector(server, session.code);
    const students: Participant[] = [];
    for (let i = 1; i <= korea.delegations.length + 1; i++)
      students.push(await joinStudent(server, session.code, `Student ${i}`));
    const of = (d: string) => students.filter((s) => s.delegation === d);
    const ok = async (p: Participant, intent: Parameters<Participant['intent']>[0]) =>
      expect(await p.intent(intent), intent.type).toMatchObject({ ok: true });

    await ok(host, { type: 'startSession' });
    for (let round = 1; round <= 4 && !host.events().some((e) => e.type === 'crisisHoldStarted'); round++) {
      while (host.phase !== 'deliberation') {
        const seq = host.seq;
        await ok(host, { type: 'skipPhase' });
        await host.waitFor((m) => m.type === 'events' && (m.seq ?? 0) > seq);
      }
      for (const d of korea.delegations) {
        const [first, ...mates] = of(d.id);
        const rationale = `round ${round}: ${d.id} shows resolve`;
        await ok(first!, { type: 'proposeMove', moveId: KOREA_ESCALATION[d.id]!, target: null, rationale });
        await first!.waitFor(
          (m) =>
            m.type === 'events' &&
            m.events.some((e) => e.type === 'moveProposed' && e.proposal.rationale === rationale),
        );
        const proposal = first!.proposals.find((p) => p.rationale === rationale)!;
        for (const p of [first!, ...mates]) await ok(p, { type: 'approveProposal', proposalId: proposal.id });
      }
      for (const next of ['decision', 'resolution']) {
        await ok(host, { type: 'skipPhase' });
        await host.waitFor(
          (m) => m.type === 'events' && m.events.some((e) => e.type === 'phaseChanged' && e.phase === next),
        );
      }
    }
    const everyone: [Role, Participant][] = [
      ['host', host],
      ['projector', projector],
      ...students.map((s): [Role, Participant] => ['student', s]),
    ];
    await Promise.all(everyone.map(([, p]) => p.waitFor(heard('crisisHoldStarted'))));
    await Promise.all(everyone.map(([, p]) => p.waitFor(heard('clockPaused'))));
    for (const [role, p] of everyone) {
      const { view } = screen(p);
      expect(view?.crisisHold, role).toBe(true);
      expect(view?.clock.paused).toBe(true);
      expect(view?.meters.tension).toBeGreaterThanOrEqual(korea.params.bandThresholds.at(-1)!);
      expect(nowText(role, screen(p))).toBe(t('nowHold'));
    }

    // While the class discusses: students and the projector are refused; the teacher's usual buttons wait.
    const ana = students[0]!;
    expect(await ana.intent({ type: 'sendTeamMessage', text: 'can we still talk?' })).toMatchObject({
      ok: false,
      error: 'rule/crisis-hold',
    });
    expect(await projector.intent({ type: 'resolveCrisisHold', outcome: 'resume' })).toMatchObject({ ok: false });
    expect(await ana.intent({ type: 'resolveCrisisHold', outcome: 'resume' } as never)).toMatchObject({ ok: false });
    expect(await host.intent({ type: 'skipPhase' })).toMatchObject({ ok: false, error: 'rule/crisis-hold' });
    expect(screen(host).view?.crisisHold).toBe(true);

    // The teacher resumes: every screen hears the end of the hold and the clock runs again.
    await ok(host, { type: 'resolveCrisisHold', outcome: 'resume' });
    await Promise.all(everyone.map(([, p]) => p.waitFor(heard('crisisHoldEnded'))));
    await Promise.all(everyone.map(([, p]) => p.waitFor(heard('clockResumed'))));
    for (const [role, p] of everyone) {
      const { view } = screen(p);
      expect(view?.crisisHold, role).toBe(false);
      expect(view?.clock.paused).toBe(false);
      expect(nowText(role, screen(p))).not.toBe(t('nowHold'));
    }
    await ok(ana, { type: 'sendTeamMessage', text: 'that was close' });
    const stored = (await server.store.readEntries(session.code)).map((e) => e.command);
    expect(stored.filter((c) => c.type === 'resolveCrisisHold')).toEqual([
      expect.objectContaining({ outcome: 'resume', by: { kind: 'host' } }),
    ]);
  });
});
