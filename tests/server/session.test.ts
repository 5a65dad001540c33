// A whole class session through a real server: a host and one student per delegation play two rounds
// (propose, approve, resolve, reflect), the session ends with scores, and the stored transcript replays
// to the same end state the clients were told about.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant } from '../../server/bots/participant.ts';
import { getScenario } from '../../shared/scenario/catalog.ts';
import { replay } from '../../shared/transcript/replay.ts';
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

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('a whole session', () => {
  it('a host and five delegations play through the rounds to the scores', async () => {
    const session = await seedSession(server.store, korea, { rounds: 2, reflection: true });
    const host = await joinHost(server, session);
    const projector = await joinProjector(server, session.code);
    const students: Participant[] = [];
    for (const name of ['Ana', 'Ben', 'Chen', 'Dee', 'Eli'])
      students.push(await joinStudent(server, session.code, name));
    // Balanced assignment: five students, five delegations.
    expect(new Set(students.map((s) => s.delegation)).size).toBe(5);

    for (let round = 1; round <= 2; round++) {
      await skipTo(host, 'deliberation');
      expect(host.round).toBe(round);
      for (const s of students) {
        const move = (korea.moves[s.delegation!] ?? [])[round % 3]!;
        const target = move.target.kind === 'choose' ? korea.delegations.find((d) => d.id !== s.delegation)!.id : null;
        expect(
          await s.intent({ type: 'proposeMove', moveId: move.id, target, rationale: `round ${round}` }),
        ).toMatchObject({ ok: true });
        expect(await s.intent({ type: 'sendTeamMessage', text: `we go with ${move.label}` })).toMatchObject({
          ok: true,
        });
      }
      await skipTo(host, 'decision');
      for (const s of students) {
        const mine = s.proposals.find((p) => p.round === round && p.seatId === s.seatId)!;
        const reply = await s.intent({ type: 'approveProposal', proposalId: mine.id });
        expect(reply.ok || (!reply.ok && reply.error === 'rule/already-approved')).toBe(true);
      }
      await skipTo(host, 'resolution');
      // Each delegation's move is locked in: the host learns all five, each student only its own.
      const locked = (p: Participant) => p.events().filter((e) => e.type === 'moveLocked' && e.move.round === round);
      expect(locked(host)).toHaveLength(5);
      for (const s of students)
        await expect
          .poll(() => locked(s).map((e) => e.type === 'moveLocked' && e.move.delegation))
          .toEqual([s.delegation]);
      expect(locked(projector)).toEqual([]);
      // Resolution reveals the round's moves to everyone at once, the projector included.
      await expect
        .poll(() => projector.events().filter((e) => e.type === 'movesRevealed' && e.round === round).length)
        .toBe(1);
      await skipTo(host, 'reflection');
      for (const s of students)
        expect(await s.intent({ type: 'submitReflection', text: `round ${round} was tense` })).toMatchObject({
          ok: true,
        });
    }
    await skipTo(host, 'ended');
    const ended = host.events().find((e) => e.type === 'sessionEnded');
    expect(ended && ended.type === 'sessionEnded' && Object.keys(ended.scores).sort()).toEqual(
      korea.delegations.map((d) => d.id).sort(),
    );
    await expect.poll(async () => (await server.store.getSession(session.code))?.ended).toBe(true);

    // The transcript is the truth: gapless, and it replays to what everyone was told.
    const record = (await server.store.getSession(session.code))!;
    const entries = await server.store.readEntries(session.code);
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
    const final = replay(korea, { header: record.header, entries }).state;
    expect(final.phase).toBe('ended');
    expect(final.seq).toBe(host.seq);
    expect(final.scores).toEqual(ended && ended.type === 'sessionEnded' ? ended.scores : null);
    expect(final.reflections).toHaveLength(10);
  });
});
