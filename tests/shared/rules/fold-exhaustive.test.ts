// The client's fold (applyEventToView) handles every event type: one case per type, listed in a Record so a new
// event type fails to compile here until someone says what the screens should do with it.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../../shared/rules/events.ts';
import type { View } from '../../../shared/rules/view-types.ts';
import { applyEventToView } from '../../../shared/rules/view-fold.ts';
import { viewFor } from '../../../shared/rules/views.ts';
import { deliberating, tinyScenario } from './fixtures.ts';

type Of<T extends GameEvent['type']> = Extract<GameEvent, { type: T }>;
interface Case<T extends GameEvent['type']> {
  event: (view: View) => Of<T>;
  /** What the folded view must show. */
  shows: (after: View, before: View) => void;
}
type Cases = { [T in GameEvent['type']]: Case<T> };

const move = {
  round: 1,
  delegation: 'north',
  moveId: 'hack',
  target: 'south',
  proposalId: 'p9',
  byBot: false,
  covert: true,
  revealedRound: null,
};
const commitment = {
  id: 'm50',
  delegation: 'north',
  terms: { kind: 'pledge' as const, target: null },
  round: 1,
  status: 'standing' as const,
  settledRound: null,
};

const CASES: Cases = {
  seatJoined: {
    event: () => ({ type: 'seatJoined', seat: { id: 'new1', name: 'Newcomer', delegation: 'east', removed: false } }),
    shows: (after, before) => {
      expect(after.seats.map((s) => s.id)).toContain('new1');
      expect(after.seatCounts.east).toBe((before.seatCounts.east ?? 0) + 1);
    },
  },
  seatRenamed: {
    event: () => ({ type: 'seatRenamed', seatId: 'n1', name: 'Renamed' }),
    shows: (after) => expect(after.seats.find((s) => s.id === 'n1')?.name).toBe('Renamed'),
  },
  seatRemoved: {
    event: () => ({ type: 'seatRemoved', seatId: 'n1', delegation: 'north' }),
    shows: (after, before) => {
      expect(after.seats.some((s) => s.id === 'n1')).toBe(false);
      expect(after.seatCounts.north).toBe(before.seatCounts.north! - 1);
    },
  },
  seatReassigned: {
    event: () => ({ type: 'seatReassigned', seatId: 'n1', from: 'north', to: 'east' }),
    shows: (after, before) => {
      expect(after.seats.find((s) => s.id === 'n1')?.delegation).toBe('east');
      expect([after.seatCounts.north, after.seatCounts.east]).toEqual([
        before.seatCounts.north! - 1,
        before.seatCounts.east! + 1,
      ]);
    },
  },
  joinsLocked: {
    event: (v) => ({ type: 'joinsLocked', locked: !v.joinsLocked }),
    shows: (after, before) => expect(after.joinsLocked).toBe(!before.joinsLocked),
  },
  extraTimeSet: {
    event: () => ({ type: 'extraTimeSet', seatId: 'n1', percent: 50, reflectionMs: 30_000 }),
    shows: (after) => expect(after.extraTime?.n1).toEqual({ percent: 50, reflectionMs: 30_000 }),
  },
  personalDeadlineSet: {
    event: () => ({ type: 'personalDeadlineSet', deadline: { seatId: 'n1', round: 1, until: 9_000_000 } }),
    shows: (after) => expect(after.personalDeadlines).toEqual([{ seatId: 'n1', round: 1, until: 9_000_000 }]),
  },
  phaseChanged: {
    event: () => ({ type: 'phaseChanged', phase: 'reflection', round: 1, endsAt: 5_000_000 }),
    shows: (after) => {
      expect([after.phase, after.round, after.clock]).toEqual([
        'reflection',
        1,
        { endsAt: 5_000_000, remainingMs: null, paused: false },
      ]);
      expect(after.reflectionPrompt).toBe(tinyScenario.reflectionPrompts[0]);
    },
  },
  clockPaused: {
    event: () => ({ type: 'clockPaused', remainingMs: 42_000 }),
    shows: (after) => expect(after.clock).toEqual({ endsAt: null, remainingMs: 42_000, paused: true }),
  },
  clockResumed: {
    event: () => ({ type: 'clockResumed', endsAt: 7_000_000 }),
    shows: (after) => expect(after.clock).toEqual({ endsAt: 7_000_000, remainingMs: null, paused: false }),
  },
  phaseExtended: {
    event: () => ({ type: 'phaseExtended', endsAt: 8_000_000, remainingMs: null, seconds: 60 }),
    shows: (after) => expect(after.clock.endsAt).toBe(8_000_000),
  },
  newsPublished: {
    event: () => ({
      type: 'newsPublished',
      news: { id: 'teacher-9', round: 1, headline: 'Breaking', body: 'News.', source: 'teacher' },
    }),
    shows: (after) => expect(after.news.at(-1)?.headline).toBe('Breaking'),
  },
  messageSent: {
    event: () => ({
      type: 'messageSent',
      message: {
        id: 'm50',
        round: 1,
        channel: 'public',
        seatId: 'n1',
        from: 'north',
        to: null,
        text: 'Hello all',
        commitment: null,
        at: 1,
      },
    }),
    shows: (after) => expect(after.messages.at(-1)?.text).toBe('Hello all'),
  },
  commitmentMade: {
    event: () => ({ type: 'commitmentMade', commitment }),
    shows: (after) => expect(after.commitments.at(-1)).toEqual(commitment),
  },
  commitmentSettled: {
    event: () => ({
      type: 'commitmentSettled',
      commitment: { ...commitment, status: 'broken', settledRound: 1 },
      cause: { code: 'brokenWord', mechanism: 'audience' },
    }),
    shows: (after) => expect(after.commitments.find((c) => c.id === 'm50')?.status).toBe('broken'),
  },
  moveProposed: {
    event: () => ({
      type: 'moveProposed',
      proposal: {
        id: 'p60',
        round: 1,
        delegation: 'north',
        seatId: 'n1',
        moveId: 'talk',
        target: 'south',
        rationale: 'why',
        approvals: [],
      },
    }),
    shows: (after) => expect(after.proposals.map((p) => p.id)).toContain('p60'),
  },
  approvalChanged: {
    event: () => ({ type: 'approvalChanged', proposalId: 'p60', delegation: 'north', approvals: ['n2'] }),
    shows: (after) => expect(after.proposals.find((p) => p.id === 'p60')?.approvals).toEqual(['n2']),
  },
  moveLocked: {
    event: () => ({ type: 'moveLocked', move }),
    shows: (after) => expect(after.pendingMoves).toContainEqual(move),
  },
  movesRevealed: {
    event: () => ({
      type: 'movesRevealed',
      round: 1,
      moves: [{ ...move, delegation: 'south', moveId: 'talk', target: 'north', covert: false, revealedRound: 1 }],
    }),
    shows: (after) => expect(after.moves.some((m) => m.delegation === 'south' && m.moveId === 'talk')).toBe(true),
  },
  covertRevealed: {
    event: () => ({
      type: 'covertRevealed',
      move: { ...move, revealedRound: 2 },
      cause: { code: 'detected', mechanism: 'direct' },
    }),
    shows: (after) => expect(after.moves).toContainEqual({ ...move, revealedRound: 2 }),
  },
  meterChanged: {
    event: () => ({
      type: 'meterChanged',
      meter: { kind: 'threat', from: 'north', to: 'south' },
      from: 35,
      to: 61,
      cause: { code: 'move', mechanism: 'direct', who: 'south', move: 'drills' },
    }),
    shows: (after) => expect(after.meters.threat.north?.south).toBe(61),
  },
  bandChanged: {
    event: (v) => ({ type: 'bandChanged', from: v.meters.band, to: v.meters.band + 1 }),
    shows: (after, before) => expect(after.meters.band).toBe(before.meters.band + 1),
  },
  pairsChanged: {
    event: () => ({ type: 'pairsChanged', pairs: { 'north|south': 77 } }),
    shows: (after) => expect(after.pairs['north|south']).toBe(77),
  },
  historyRecorded: {
    event: (v) => ({ type: 'historyRecorded', meters: { ...v.meters, tension: 12 } }),
    shows: (after, before) => {
      expect(after.history).toHaveLength(before.history.length + 1);
      expect(after.history.at(-1)?.tension).toBe(12);
    },
  },
  offerAnswered: {
    // The view has no offers: the debrief reads them from the transcript.
    event: () => ({
      type: 'offerAnswered',
      round: 1,
      offeredBy: 'north',
      answeredBy: 'south',
      cause: { code: 'answeredOffer', mechanism: 'audience' },
    }),
    shows: (after, before) => expect(after).toEqual(before),
  },
  crisisHoldStarted: {
    event: () => ({ type: 'crisisHoldStarted', tension: 91 }),
    shows: (after) => expect(after.crisisHold).toBe(true),
  },
  crisisHoldEnded: {
    event: () => ({ type: 'crisisHoldEnded', outcome: 'resume' }),
    shows: (after) => expect(after.crisisHold).toBe(false),
  },
  reflectionSubmitted: {
    event: () => ({
      type: 'reflectionSubmitted',
      reflection: { round: 1, seatId: 'n1', delegation: 'north', prompt: 'What happened?', text: 'I learned' },
    }),
    shows: (after) => expect(after.reflections.at(-1)?.text).toBe('I learned'),
  },
  sessionEnded: {
    event: () => ({ type: 'sessionEnded', scores: { north: 10, south: 20, east: 30 } }),
    shows: (after) => {
      expect(after.scores).toEqual({ north: 10, south: 20, east: 30 });
      expect(after.pendingMoves).toEqual([]);
    },
  },
};

/** A host's view in deliberation, primed with the state each event acts on (a proposal, a commitment, a hold). */
function hostView(): View {
  const base = viewFor(tinyScenario, deliberating(), { kind: 'host' });
  return {
    ...base,
    crisisHold: true,
    proposals: [
      ...base.proposals,
      {
        id: 'p60',
        round: 1,
        delegation: 'north',
        seatId: 'n1',
        moveId: 'talk',
        target: 'south',
        rationale: 'why',
        approvals: [],
      },
    ],
    commitments: [...base.commitments, commitment],
    pendingMoves: [move],
  };
}

describe('the client fold', () => {
  it.each(Object.keys(CASES) as GameEvent['type'][])('shows %s', (type) => {
    const c = CASES[type] as Case<typeof type>;
    const before = hostView();
    const frozen = JSON.stringify(before);
    const after = applyEventToView(tinyScenario, before, c.event(before));
    c.shows(after, before);
    expect(JSON.stringify(before), 'the fold must not mutate the view it was given').toBe(frozen);
  });

  it('ends a crisis hold on the screens (a view that stays "on hold" is the bug this guards)', () => {
    const held = applyEventToView(
      tinyScenario,
      { ...hostView(), crisisHold: false },
      { type: 'crisisHoldStarted', tension: 91 },
    );
    expect(held.crisisHold).toBe(true);
    expect(applyEventToView(tinyScenario, held, { type: 'crisisHoldEnded', outcome: 'resume' }).crisisHold).toBe(false);
  });

  it('leaves the teacher’s screen as it was on an event type it does not know (a newer server, an older page)', () => {
    // Such an event reaches the host alone (secrecy-policy.test.ts); the teacher's page must not break on it.
    const before = hostView();
    const unknown = { type: 'covertPlanDrafted', delegation: 'north', plan: 'secret' } as unknown as GameEvent;
    expect(applyEventToView(tinyScenario, before, unknown)).toBe(before);
  });
});
