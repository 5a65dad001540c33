// Nobody below the teacher can count another team's hidden actions: the same class is played twice, the second
// time with extra hidden actions by Pyongyang (team chat, a proposal, diplomacy with Beijing), and a Seoul student's
// and the projector's whole wire (every frame, every reply) must come out identical. Ids numbered by the transcript's
// `seq` (messages, proposals, teacher news) or a `seq` on frames, views or replies would differ between the two.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant } from '../../server/bots/participant.ts';
import type { IntentReply, StudentIntent } from '../../shared/protocol/messages.ts';
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

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** Keys whose values are wall-clock times: they differ between any two runs and carry no count. */
const TIMES = new Set(['at', 'endsAt', 'serverNow', 'remainingMs']);

/**
 * A wire made comparable across two runs: seat ids, seat tokens and the join code become names in join order,
 * times become "time", and the roster is sorted by those names (live seat ids are random). Presence (which seats
 * have a socket open) is left out: it counts connections, not actions, and its timing is the network's.
 */
function comparable(messages: readonly unknown[], secrets: ReadonlyMap<string, string>): unknown[] {
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return secrets.get(value) ?? value;
    if (typeof value === 'number' && key !== undefined && TIMES.has(key)) return 'time';
    if (Array.isArray(value)) {
      const items = value.map((v) => walk(v));
      return key === 'seats'
        ? items.sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)))
        : items;
    }
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => k !== 'connected')
          .map(([k, v]) => [k, walk(v, k)]),
      );
    return value;
  };
  return messages.filter((m) => (m as { type: string }).type !== 'presence').map((m) => walk(m));
}

interface Run {
  seoul: unknown[];
  seoulReplies: IntentReply[];
  projector: unknown[];
  hostSeq: number;
}

/** One class of two rounds; with `extra`, Pyongyang does more in secret than it does in the other run. */
async function playClass(extra: boolean): Promise<Run> {
  const session = await seedSession(server.store, korea, { rounds: 2 });
  const host = await joinHost(server, session);
  const projector = await joinProjector(server, session.code);
  const students: Participant[] = [];
  for (let i = 1; i <= 10; i++) students.push(await joinStudent(server, session.code, `Student ${i}`));
  const of = (delegation: string) => students.filter((s) => s.delegation === delegation);
  const [seoul, seoulMate] = of('seoul') as [Participant, Participant];
  const [pyongyang, pyongyangMate] = of('pyongyang') as [Participant, Participant];
  const [beijing] = of('beijing') as [Participant];
  const seoulReplies: IntentReply[] = [];
  const act = async (p: Participant, intent: StudentIntent) => {
    const reply = await p.intent(intent);
    if (p === seoul || p === seoulMate) seoulReplies.push(reply);
    expect(reply, intent.type).toMatchObject({ ok: true });
  };
  const proposalBy = (p: Participant, rationale: string) =>
    p
      .waitFor((m) => m.type === 'events' && m.events.some((e) => e.type === 'moveProposed'))
      .then(() => p.proposals.find((x) => x.rationale === rationale)!.id);

  await skipTo(host, 'deliberation');
  // Pyongyang acts covertly and talks in private, in both runs.
  await act(pyongyang, { type: 'sendTeamMessage', text: 'steal quietly' });
  await act(pyongyang, { type: 'sendDiplomaticMessage', to: 'beijing', text: 'cover for us' });
  await act(beijing, { type: 'sendDiplomaticMessage', to: 'pyongyang', text: 'we will' });
  await act(pyongyang, { type: 'proposeMove', moveId: 'cyberTheft', target: null, rationale: 'hard currency' });
  await act(pyongyangMate, { type: 'approveProposal', proposalId: await proposalBy(pyongyang, 'hard currency') });
  if (extra) {
    // The hidden extras: more chat, a second plan nobody backs, more diplomacy.
    await act(pyongyangMate, { type: 'sendTeamMessage', text: 'or test a missile?' });
    await act(pyongyangMate, { type: 'proposeMove', moveId: 'hold', target: null, rationale: 'wait' });
    await act(beijing, { type: 'sendDiplomaticMessage', to: 'pyongyang', text: 'and be careful' });
    await act(pyongyang, { type: 'sendTeamMessage', text: 'no, steal' });
  }
  // Seoul talks, plans and pledges after all of that: its ids would have counted Pyongyang's actions.
  await act(seoul, { type: 'sendTeamMessage', text: 'what is Pyongyang doing?' });
  await act(seoul, { type: 'sendDiplomaticMessage', to: 'washington', text: 'shall we consult?' });
  const drill = (korea.moves.seoul ?? []).find((m) => m.target.kind !== 'choose' && m.goldstein > 0)!;
  await act(seoul, { type: 'proposeMove', moveId: drill.id, target: null, rationale: 'calm' });
  await act(seoulMate, { type: 'approveProposal', proposalId: await proposalBy(seoul, 'calm') });
  await act(seoul, { type: 'makeStatement', text: 'Seoul pledges calm', commitment: { kind: 'pledge', target: null } });
  expect(await host.intent({ type: 'injectNews', headline: 'Teacher news', body: 'A storm.' })).toMatchObject({
    ok: true,
  });
  await skipTo(host, 'resolution'); // the reveal
  await skipTo(host, 'deliberation'); // round 2
  if (extra) await act(pyongyang, { type: 'sendTeamMessage', text: 'it worked' });
  await act(seoul, { type: 'sendTeamMessage', text: 'round two' });
  await act(seoul, { type: 'makeStatement', text: 'Seoul still pledges', commitment: null });
  expect(await host.intent({ type: 'injectNews', headline: 'LAST-NEWS', body: '' })).toMatchObject({ ok: true });
  for (const p of [seoul, projector])
    await p.waitFor((m) => m.type === 'events' && JSON.stringify(m.events).includes('LAST-NEWS'));

  const secrets = new Map<string, string>([[session.code, 'CODE']]);
  students.forEach((s, i) => {
    secrets.set(s.seatId!, `seat-${String(i + 1).padStart(2, '0')}`);
    secrets.set(s.seat!.seatToken, `token-${i + 1}`);
  });
  const run = {
    seoul: comparable(seoul.received, secrets),
    seoulReplies,
    projector: comparable(projector.received, secrets),
    hostSeq: host.seq,
  };
  await Promise.all([host, projector, ...students].map((p) => p.leave()));
  return run;
}

describe('counting hidden actions', () => {
  it(
    "a student's and the projector's whole wire is the same whether or not another team did more in secret",
    { timeout: 120_000 },
    async () => {
      const base = await playClass(false);
      const more = await playClass(true);
      // The two classes really differ: the teacher's transcript counts five more commands.
      expect(more.hostSeq - base.hostSeq).toBe(5);
      // Seoul saw Pyongyang's covert move only as its public cover, and its own ids are the same in both runs.
      expect(JSON.stringify(base.seoul)).toContain('"movesRevealed"');
      expect(JSON.stringify(base.seoul)).not.toContain('"moveId":"cyberTheft"');
      expect(JSON.stringify(base.seoul)).toContain('"id":"t_seoul_2"');
      expect(more.seoul).toEqual(base.seoul);
      expect(more.seoulReplies).toEqual(base.seoulReplies);
      expect(base.seoulReplies.every((r) => !('seq' in r))).toBe(true);
      expect(more.projector).toEqual(base.projector);
    },
  );
});
