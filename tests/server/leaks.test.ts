// Secrets reach only their audience, judged by what each real client actually received on the wire:
// a Pyongyang student never sees Seoul's team chat, proposals or private brief; the projector sees nothing
// private at all (no chat but public statements, no proposals, no names, no private brief). A student's extra
// time (an accommodation) and their personal deadline reach that student and the teacher only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant } from '../../server/bots/participant.ts';
import { getScenario } from '../../shared/scenario/catalog.ts';
import {
  joinHost,
  joinProjector,
  joinStudent,
  seedSession,
  skipTo,
  startTestServer,
  type TestServer,
} from './harness.ts';

const korea = getScenario('korea')!;
const brief = (id: string) => korea.delegations.find((d) => d.id === id)!.privateBrief;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const wire = (p: Participant) => JSON.stringify(p.received);

describe('no leaks', () => {
  it('team chat, proposals and private briefs stay with their team; the projector gets public things only', async () => {
    const session = await seedSession(server.store, korea, { rounds: 2 });
    const host = await joinHost(server, session);
    const projector = await joinProjector(server, session.code);
    const students: Participant[] = [];
    for (let i = 1; i <= 10; i++) students.push(await joinStudent(server, session.code, `Student ${i}`));
    const of = (delegation: string) => students.filter((s) => s.delegation === delegation);
    const [seoul, seoulMate] = of('seoul');
    const [pyongyang] = of('pyongyang');
    const [washington] = of('washington');
    expect(seoul && seoulMate && pyongyang && washington).toBeTruthy();

    await skipTo(host, 'deliberation');
    const move = (korea.moves.seoul ?? []).find((m) => m.target.kind !== 'choose')!;
    expect(await seoul!.intent({ type: 'sendTeamMessage', text: 'SECRET-SEOUL-TEAM' })).toMatchObject({ ok: true });
    expect(
      await seoul!.intent({ type: 'proposeMove', moveId: move.id, target: null, rationale: 'SECRET-SEOUL-RATIONALE' }),
    ).toMatchObject({ ok: true });
    expect(
      await seoul!.intent({ type: 'sendDiplomaticMessage', to: 'washington', text: 'SECRET-SEOUL-DIPLO' }),
    ).toMatchObject({ ok: true });
    expect(
      await pyongyang!.intent({ type: 'makeStatement', text: 'PUBLIC-PYONGYANG', commitment: null }),
    ).toMatchObject({ ok: true });
    await skipTo(host, 'decision');
    const proposalId = seoul!.proposals.find((p) => p.rationale === 'SECRET-SEOUL-RATIONALE')!.id;
    await seoulMate!.intent({ type: 'approveProposal', proposalId });
    await skipTo(host, 'resolution');
    // Wait until the last update (the round's reveal) reached everyone before reading their wires.
    await Promise.all(
      [projector, ...students].map((p) =>
        p.waitFor((m) => m.type === 'events' && m.events.some((e) => e.type === 'movesRevealed')),
      ),
    );

    // Positive controls: the audiences did get them.
    expect(wire(seoulMate!)).toContain('SECRET-SEOUL-TEAM');
    expect(wire(seoulMate!)).toContain('SECRET-SEOUL-RATIONALE');
    expect(wire(washington!)).toContain('SECRET-SEOUL-DIPLO');
    expect(wire(seoul!)).toContain(JSON.stringify(brief('seoul')).slice(1, -1));
    for (const marker of ['SECRET-SEOUL-TEAM', 'SECRET-SEOUL-RATIONALE', 'SECRET-SEOUL-DIPLO'])
      expect(wire(host)).toContain(marker);

    // Pyongyang: none of Seoul's secrets.
    const p = wire(pyongyang!);
    for (const marker of ['SECRET-SEOUL-TEAM', 'SECRET-SEOUL-RATIONALE', 'SECRET-SEOUL-DIPLO'])
      expect(p).not.toContain(marker);
    expect(p).not.toContain(JSON.stringify(brief('seoul')).slice(1, -1));
    expect(p).toContain('PUBLIC-PYONGYANG');

    // Projector: public statements yes; anything private or personal no.
    const q = wire(projector);
    expect(q).toContain('PUBLIC-PYONGYANG');
    for (const marker of ['SECRET-SEOUL-TEAM', 'SECRET-SEOUL-RATIONALE', 'SECRET-SEOUL-DIPLO'])
      expect(q).not.toContain(marker);
    for (const d of korea.delegations) expect(q).not.toContain(JSON.stringify(d.privateBrief).slice(1, -1));
    for (let i = 1; i <= 10; i++) expect(q).not.toContain(`Student ${i}"`);
    const projectorEvents = projector.events();
    expect(projectorEvents.filter((e) => e.type === 'moveProposed' || e.type === 'moveLocked')).toEqual([]);
    expect(projectorEvents.filter((e) => e.type === 'messageSent' && e.message.channel !== 'public')).toEqual([]);
    expect(projector.received.filter((m) => m.type === 'seat' || m.type === 'presence')).toEqual([]);
  });

  it('a student’s extra time and own deadline reach that student and the teacher only, never teammates or the projector', async () => {
    const session = await seedSession(server.store, korea, { rounds: 2, reflection: true });
    const host = await joinHost(server, session);
    const projector = await joinProjector(server, session.code);
    const students: Participant[] = [];
    for (let i = 1; i <= 10; i++) students.push(await joinStudent(server, session.code, `Pupil ${i}`));
    const nora = students[0]!;
    const teammates = students.filter((s) => s !== nora && s.delegation === nora.delegation);
    expect(teammates.length).toBeGreaterThan(0);

    await skipTo(host, 'deliberation');
    const given = await host.intent({ type: 'setExtraTime', seatId: nora.seatId!, percent: 100 });
    expect(given).toMatchObject({ ok: true });
    // A student refused the teacher's command; a bad percentage refused at the edge or by the rules.
    expect(await nora.intent({ type: 'setExtraTime', seatId: nora.seatId!, percent: 100 } as never)).toMatchObject({
      ok: false,
    });
    expect(await host.intent({ type: 'setExtraTime', seatId: nora.seatId!, percent: 500 })).toMatchObject({
      ok: false,
    });
    await skipTo(host, 'reflection');
    await skipTo(host, 'news'); // the class's reflection closes: Nora's stays open
    expect(await nora.intent({ type: 'submitReflection', text: 'NORA-LATE-REFLECTION' })).toMatchObject({ ok: true });
    expect(await teammates[0]!.intent({ type: 'submitReflection', text: 'TOO-LATE' })).toMatchObject({ ok: false });
    // Viewers who arrive afterwards get snapshots: those must not carry it either.
    const lateProjector = await joinProjector(server, session.code);
    const lateStudent = await joinStudent(server, session.code, 'Latecomer');
    // The latecomer's arrival is the last update: once everyone has it, everything before it has arrived too.
    const latecomer = lateStudent.seatId;
    await Promise.all(
      [host, projector, ...students].map((p) =>
        p.waitFor(
          (m) => m.type === 'events' && m.events.some((e) => e.type === 'seatJoined' && e.seat.id === latecomer),
        ),
      ),
    );

    // The projector shows no roster: its snapshot names no connected seat, while a student's lists the class.
    const snapshotOf = (p: Participant) => p.received.find((m) => m.type === 'snapshot')!;
    expect(snapshotOf(lateProjector)).toMatchObject({ type: 'snapshot', connected: [] });
    expect(snapshotOf(lateStudent)).toMatchObject({
      type: 'snapshot',
      connected: expect.arrayContaining([nora.seatId]),
    });

    const accommodation = /"extraTimeSet"|"personalDeadlineSet"|"extraTime":\{"|"personalDeadlines":\[\{/;
    // Positive controls: Nora and the teacher did get it.
    for (const p of [nora, host]) {
      const w = wire(p);
      expect(w).toContain('"extraTimeSet"');
      expect(w).toContain('"personalDeadlineSet"');
      expect(w).toContain('NORA-LATE-REFLECTION');
    }
    expect(host.events().find((e) => e.type === 'extraTimeSet')).toMatchObject({ seatId: nora.seatId, percent: 100 });
    const others = [...students.filter((s) => s !== nora), projector, lateProjector, lateStudent];
    others.forEach((p, i) => {
      const w = wire(p);
      expect(w, `viewer ${i}`).not.toMatch(accommodation);
      expect(w, `viewer ${i}`).not.toContain('NORA-LATE-REFLECTION');
    });
  });
});
