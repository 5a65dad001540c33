// What each connection receives over the socket is exactly what the rules say that viewer may see, message by
// message (several students per delegation, news and moves that change threat); the projector commands nothing;
// no client hears a command whose append failed or is still pending, and `seq` never forks from the transcript; only
// the host is ever told a `seq`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Participant } from '../../server/bots/participant.ts';
import {
  PROTOCOL_VERSION,
  type HostIntent,
  type ServerMessage,
  type StudentIntent,
} from '../../shared/protocol/messages.ts';
import { localizeScenario } from '../../shared/scenario/localize.ts';
import type { GameEvent } from '../../shared/rules/events.ts';
import type { Viewer } from '../../shared/rules/view-types.ts';
import { needsSnapshot, redactEvents, viewFor } from '../../shared/rules/views.ts';
import { createInitialState } from '../../shared/rules/setup.ts';
import { getScenario } from '../../shared/scenario/catalog.ts';
import { replaySteps } from '../../shared/transcript/replay.ts';
import type { TranscriptEntry } from '../../shared/transcript/types.ts';
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

const korea = getScenario('korea')!;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ scenarioById: (id) => (id === tinyScenario.id ? tinyScenario : getScenario(id)) });
});
afterAll(async () => {
  await server?.close();
});

function viewerOf(p: Participant): Viewer {
  if (p.seatId) return { kind: 'seat', seatId: p.seatId };
  return p.snapshot?.you === null && p.snapshot.privateOf.length > 0 ? { kind: 'host' } : { kind: 'projector' };
}

type Steps = Map<number, { state: Parameters<typeof redactEvents>[0]; events: GameEvent[] }>;
type EventsFrame = Extract<ServerMessage, { type: 'events' }>;

/**
 * What the rules say one viewer hears after its first snapshot, frame by frame: the host every step's events with
 * its seq; anyone else, for each later step it may see something of, exactly those events and no number at all.
 */
function expectedFrames(p: Participant, viewer: Viewer, steps: Steps, from: number): EventsFrame[] {
  const out: EventsFrame[] = [];
  for (const [seq, step] of steps) {
    if (seq <= from || needsSnapshot(viewer, step.events)) continue;
    const events = redactEvents(step.state, viewer, step.events);
    if (events.length > 0)
      out.push(viewer.kind === 'host' ? { type: 'events', seq, events } : { type: 'events', events });
  }
  return out;
}

const framesOf = (p: Participant) => p.received.filter((m): m is EventsFrame => m.type === 'events');

/** Waits until every participant has heard a public statement. */
async function settle(participants: Participant[], text: string): Promise<void> {
  await Promise.all(
    participants.map((p) =>
      expect.poll(() => JSON.stringify(p.received).includes(text), { timeout: 10_000 }).toBe(true),
    ),
  );
}

describe('on the wire', () => {
  it(
    'every viewer receives, frame by frame, exactly the events the rules give that viewer',
    { timeout: 120_000 },
    async () => {
      const session = await seedSession(server.store, korea, { rounds: 2 });
      const host = await joinHost(server, session);
      const projector = await joinProjector(server, session.code);
      const students: Participant[] = [];
      // Enough students that every delegation has more than one.
      const delegations = korea.delegations.length;
      for (let i = 1; i <= delegations * 2 + 1; i++)
        students.push(await joinStudent(server, session.code, `Student ${i}`));
      const of = (d: string) => students.filter((s) => s.delegation === d);
      for (const d of korea.delegations) expect(of(d.id).length, d.id).toBeGreaterThanOrEqual(2);

      await skipTo(host, 'news');
      const injectable = korea.news.find((n) => n.trigger.kind === 'injectable')!;
      expect(await host.intent({ type: 'injectNews', newsId: injectable.id })).toMatchObject({ ok: true });
      await skipTo(host, 'deliberation');
      // Every team talks, proposes a move with a target where it can, and its teammates approve it.
      for (const d of korea.delegations) {
        const [first, ...mates] = of(d.id);
        const other = korea.delegations.find((x) => x.id !== d.id)!.id;
        expect(await first!.intent({ type: 'sendTeamMessage', text: `team of ${d.id}` })).toMatchObject({ ok: true });
        expect(
          await mates[0]!.intent({ type: 'sendDiplomaticMessage', to: other, text: `${d.id} to ${other}` }),
        ).toMatchObject({ ok: true });
        const move =
          (korea.moves[d.id] ?? []).find((m) => m.goldstein < 0 && m.target.kind === 'choose') ??
          (korea.moves[d.id] ?? [])[0]!;
        const target =
          move.target.kind === 'choose' ? other : move.target.kind === 'fixed' ? move.target.delegation : null;
        const proposed = await first!.intent({
          type: 'proposeMove',
          moveId: move.id,
          target,
          rationale: `plan of ${d.id}`,
        });
        expect(proposed).toMatchObject({ ok: true });
        await first!.waitFor(
          (m) =>
            m.type === 'events' &&
            m.events.some((e) => e.type === 'moveProposed' && e.proposal.rationale === `plan of ${d.id}`),
        );
        const proposal = first!.proposals.find((p) => p.rationale === `plan of ${d.id}`)!;
        for (const mate of mates)
          expect((await mate.intent({ type: 'approveProposal', proposalId: proposal.id })).ok).toBe(true);
      }
      expect(
        await students[0]!.intent({
          type: 'makeStatement',
          text: 'We pledge calm',
          commitment: { kind: 'pledge', target: null },
        }),
      ).toMatchObject({ ok: true });
      await skipTo(host, 'reflection');
      // Reflections are private to their author, also within a team.
      const [writer, teammate] = of(korea.delegations[0]!.id);
      expect(await writer!.intent({ type: 'submitReflection', text: 'REFLECTION-OF-WRITER' })).toMatchObject({
        ok: true,
      });
      expect(await teammate!.intent({ type: 'submitReflection', text: 'REFLECTION-OF-TEAMMATE' })).toMatchObject({
        ok: true,
      });
      expect(await host.intent({ type: 'pauseClock' })).toMatchObject({ ok: true });

      const everyone = [host, projector, ...students];
      const { header } = (await server.store.getSession(session.code))!;
      const entries: TranscriptEntry[] = await server.store.readEntries(session.code);

      // The rules' own account of every step, from the stored transcript.
      const steps: Steps = new Map();
      replaySteps(korea, { header, entries }, (step) =>
        steps.set(step.seq, { state: step.state, events: step.events }),
      );
      const threatRows = [...steps.values()]
        .flatMap((s) => s.events)
        .filter((e) => e.type === 'meterChanged' && e.meter.kind === 'threat');
      expect(threatRows.length, 'the session moved threat').toBeGreaterThan(0);

      // Each viewer's first snapshot is the state it joined at: the start for the host and the projector (they
      // joined before any command), its own join for a student.
      const joinedAt = (p: Participant) =>
        p.seatId === null
          ? 0
          : entries.find((e) => e.command.type === 'joinSeat' && e.command.seatId === p.seatId)!.seq;
      const expected = new Map(everyone.map((p) => [p, expectedFrames(p, viewerOf(p), steps, joinedAt(p))]));
      // Wait until every viewer has heard all it will hear.
      await Promise.all(
        everyone.map((p) =>
          expect.poll(() => framesOf(p).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(expected.get(p)!.length),
        ),
      );

      const heardText = (p: Participant, text: string) => JSON.stringify(p.received).includes(text);
      expect(heardText(writer!, 'REFLECTION-OF-WRITER') && heardText(host, 'REFLECTION-OF-TEAMMATE')).toBe(true);
      for (const p of everyone.filter((x) => x !== writer && x !== host))
        expect(heardText(p, 'REFLECTION-OF-WRITER'), p.delegation ?? 'projector').toBe(false);

      for (const p of everyone) {
        const viewer = viewerOf(p);
        const label = `${viewer.kind}${viewer.kind === 'seat' ? ` ${p.delegation}` : ''}`;
        const snapshot = p.received.find((m) => m.type === 'snapshot')!;
        expect(snapshot.view, `${label}'s snapshot`).toEqual(
          viewFor(
            korea,
            steps.get(joinedAt(p))?.state ??
              createInitialState({ scenario: korea, settings: header.settings, seed: header.seed }),
            viewer,
          ),
        );
        // Frame by frame, in order: nothing missing, nothing extra, nothing from before its snapshot.
        expect(framesOf(p), label).toEqual(expected.get(p));
        // Only the host is told the transcript's count of commands.
        if (viewer.kind !== 'host') {
          expect(snapshot.view.seq, label).toBeUndefined();
          expect(JSON.stringify(p.received), label).not.toMatch(/"seq":/);
        }
      }
    },
  );
});

describe("a reader's language", () => {
  it('names the scenario and every published news item in the language each reader picked, whoever shares its audience', async () => {
    const session = await seedSession(server.store, korea, { rounds: 2 });
    const inKorean = localizeScenario(korea, 'ko');
    const host = await joinHost(server, session);
    // Two projectors see the same public events: one frame each, in its own language.
    const watch = (lang?: string) =>
      Participant.join(
        server.url,
        { role: 'projector', protocol: PROTOCOL_VERSION, code: session.code, ...(lang ? { lang } : {}) },
        { record: true },
      );
    const korean = await watch('ko');
    const english = await watch();
    expect(korean.scenario?.title).toBe(inKorean.title);
    expect(english.scenario?.title).toBe(korea.title);
    expect(inKorean.title).not.toBe(korea.title);

    await skipTo(host, 'news');
    const injectable = korea.news.find((n) => n.trigger.kind === 'injectable')!;
    expect(await host.intent({ type: 'injectNews', newsId: injectable.id })).toMatchObject({ ok: true });
    const headline = (p: Participant, id: string) =>
      p.events().find((e) => e.type === 'newsPublished' && e.news.id === id) as
        Extract<GameEvent, { type: 'newsPublished' }> | undefined;
    await Promise.all([korean, english].map((p) => expect.poll(() => headline(p, injectable.id)).toBeDefined()));
    const koreanNews = inKorean.news.find((n) => n.id === injectable.id)!;
    expect(koreanNews.headline).not.toBe(injectable.headline);
    expect(headline(korean, injectable.id)!.news).toMatchObject({
      headline: koreanNews.headline,
      body: koreanNews.body,
    });
    expect(headline(english, injectable.id)!.news).toMatchObject({
      headline: injectable.headline,
      body: injectable.body,
    });

    // A Korean reader who arrives later gets the news already published, in Korean, in its snapshot.
    const late = await Participant.join(
      server.url,
      { role: 'student', protocol: PROTOCOL_VERSION, code: session.code, name: 'Late', lang: 'ko' },
      { record: true },
    );
    const published = late.snapshot!.news;
    expect(published.map((n) => n.id)).toContain(injectable.id);
    for (const item of published) {
      const spec = inKorean.news.find((n) => n.id === item.id)!;
      expect(item, item.id).toMatchObject({ headline: spec.headline, body: spec.body });
    }
    await Promise.all([host, korean, english, late].map((p) => p.leave()));
  });
});

describe('the projector', () => {
  it('is refused every intent, teacher and student alike, and nothing reaches the transcript', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    const ana = await joinStudent(server, session.code, 'Ana');
    const projector = await joinProjector(server, session.code);
    await skipTo(host, 'deliberation');
    const before = (await server.store.readEntries(session.code)).length;
    const intents: (HostIntent | StudentIntent)[] = [
      { type: 'startSession' },
      { type: 'skipPhase' },
      { type: 'pauseClock' },
      { type: 'resumeClock' },
      { type: 'extendPhase', seconds: 60 },
      { type: 'injectNews', newsId: 'storm' },
      { type: 'injectNews', headline: 'Fake news', body: 'From the projector' },
      { type: 'resolveCrisisHold', outcome: 'end' },
      { type: 'renameSeat', seatId: ana.seatId!, name: 'Hacked' },
      { type: 'reassignSeat', seatId: ana.seatId!, delegation: 'east' },
      { type: 'lockJoins', locked: true },
      { type: 'removeSeat', seatId: ana.seatId! },
      { type: 'sendTeamMessage', text: 'hello' },
      { type: 'sendDiplomaticMessage', to: 'south', text: 'hello' },
      { type: 'makeStatement', text: 'hello', commitment: null },
      { type: 'proposeMove', moveId: 'talk', target: 'south', rationale: 'x' },
      { type: 'approveProposal', proposalId: 'p1' },
      { type: 'withdrawApproval', proposalId: 'p1' },
      { type: 'submitReflection', text: 'x' },
      { type: 'endSession' },
    ];
    for (const intent of intents)
      expect(await projector.intent(intent), intent.type).toMatchObject({ ok: false, error: 'protocol/unauthorized' });
    expect(await server.store.readEntries(session.code)).toHaveLength(before);
    expect(host.phase).toBe('deliberation');
    // The session is still the teacher's: the same commands from the host still work.
    expect(await host.intent({ type: 'endSession' })).toMatchObject({ ok: true });
  });
});

describe('a failed or stalled append', () => {
  it('is heard by no client, and seq stays equal to the transcript', { timeout: 60_000 }, async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    const ana = await joinStudent(server, session.code, 'Ana');
    const ben = await joinStudent(server, session.code, 'Ben');
    await skipTo(host, 'deliberation');
    const everyone = [host, ana, ben];
    const store = server.store;
    const realAppend = store.append.bind(store);
    const said = (p: Participant, text: string) => JSON.stringify(p.received).includes(text);
    try {
      // 1. The write fails: the sender is refused, nobody hears it, the next command takes the same seq.
      store.append = () => Promise.reject(new Error('disk full'));
      expect(await ana.intent({ type: 'makeStatement', text: 'LOST-STATEMENT', commitment: null })).toMatchObject({
        ok: false,
        error: 'protocol/server-error',
      });
      store.append = realAppend;
      expect(await ben.intent({ type: 'makeStatement', text: 'KEPT-STATEMENT', commitment: null })).toMatchObject({
        ok: true,
      });
      const stored = await store.readEntries(session.code);
      await settle(everyone, 'KEPT-STATEMENT');
      for (const p of everyone) expect(said(p, 'LOST-STATEMENT'), 'a failed append was heard').toBe(false);
      expect(host.seq).toBe(stored.at(-1)!.seq);
      expect(stored.map((e) => e.seq)).toEqual(stored.map((_, i) => i + 1));

      // 2. The write stalls: until it resolves nobody hears the command, though the socket keeps answering.
      let release!: () => void;
      let called!: () => void;
      const appendCalled = new Promise<void>((resolve) => (called = resolve));
      store.append = async (code, batch) => {
        called();
        await new Promise<void>((resolve) => (release = resolve));
        return realAppend(code, batch);
      };
      const pending = ana.intent({ type: 'makeStatement', text: 'SLOW-STATEMENT', commitment: null });
      await appendCalled;
      // An invalid intent is answered at once, outside the command queue: each reply travels behind anything
      // the room had already sent on that socket, so after it a premature broadcast would have arrived.
      for (const p of everyone)
        expect(await p.intent({ type: 'sendTeamMessage' } as unknown as StudentIntent)).toMatchObject({ ok: false });
      for (const p of everyone) expect(said(p, 'SLOW-STATEMENT'), 'heard before the transcript held it').toBe(false);
      store.append = realAppend;
      release();
      expect(await pending).toMatchObject({ ok: true });
      const after = await store.readEntries(session.code);
      await settle(everyone, 'SLOW-STATEMENT');
      expect(host.seq).toBe(after.at(-1)!.seq);
    } finally {
      store.append = realAppend;
    }
  });
});
