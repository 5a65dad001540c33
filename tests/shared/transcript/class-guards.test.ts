// What a teacher reads back after class must say what happened: a broken pledge reads broken (also when
// the teacher ends early), an offer answered on the last day of its window counts, reflections stay private.
import { describe, expect, it } from 'vitest';
import type { Actor, Command } from '../../../shared/rules/commands.ts';
import type { GameState } from '../../../shared/rules/types.ts';
import type { GameEvent } from '../../../shared/rules/events.ts';
import { redactEvents, viewFor } from '../../../shared/rules/views.ts';
import { buildReview } from '../../../shared/transcript/debrief.ts';
import { ANSWER_WINDOW_ROUNDS, reviewOffers, type MoveFact } from '../../../shared/transcript/offers.ts';
import { RELEASE_LEVELS, releaseReview } from '../../../shared/transcript/release.ts';
import { replay } from '../../../shared/transcript/replay.ts';
import { scripted, tinyScenario } from './review-helpers.ts';

const HOST: Actor = { kind: 'host' };
const SYSTEM: Actor = { kind: 'system' };
const by = (seatId: string): Actor => ({ kind: 'seat', seatId });
type Play = (command: Omit<Command, 'at'>) => GameState;
const c = (command: object) => command as Omit<Command, 'at'>;

/** Two students each in north and south, one in east; the session started and in round 1's deliberation. */
function seatAndStart(play: Play): void {
  for (const [seatId, delegation] of [
    ['n1', 'north'],
    ['n2', 'north'],
    ['s1', 'south'],
    ['s2', 'south'],
    ['e1', 'east'],
  ] as const) {
    play(c({ type: 'joinSeat', seatId, name: `Student ${seatId}`, delegation, by: SYSTEM }));
  }
  play(c({ type: 'startSession', by: HOST }));
  play(c({ type: 'skipPhase', by: HOST })); // → news
  play(c({ type: 'skipPhase', by: HOST })); // → deliberation
}

/** A delegation's whole team proposes and approves one move (a move needs its team's approval to lock). */
function teamChooses(play: Play, seats: readonly string[], moveId: string, target: string | null): void {
  const state = play(c({ type: 'proposeMove', moveId, target, rationale: `why ${moveId}`, by: by(seats[0]!) }));
  for (const seatId of seats.slice(1))
    play(c({ type: 'approveProposal', proposalId: state.proposals.at(-1)!.id, by: by(seatId) }));
}

/** Deliberation → decision → resolution (→ reflection) → next round's news → deliberation. */
function finishRound(play: Play, reflection: boolean): void {
  play(c({ type: 'skipPhase', by: HOST })); // → decision
  play(c({ type: 'skipPhase', by: HOST })); // → resolution
  if (reflection) play(c({ type: 'skipPhase', by: HOST })); // → reflection
}

describe('the debrief of pledges', () => {
  // North pledges peace and then drills (hostile) in the same round; south pledges and never acts against it;
  // the teacher ends the class in round 2 of 3, before the last round could settle anything.
  const transcript = () =>
    scripted(
      tinyScenario,
      (play) => {
        seatAndStart(play);
        play(
          c({
            type: 'makeStatement',
            text: 'North will not escalate',
            commitment: { kind: 'pledge', target: null },
            by: by('n1'),
          }),
        );
        play(
          c({
            type: 'makeStatement',
            text: 'South keeps the peace',
            commitment: { kind: 'pledge', target: 'north' },
            by: by('s1'),
          }),
        );
        teamChooses(play, ['n1', 'n2'], 'drill', null);
        finishRound(play, false);
        play(c({ type: 'skipPhase', by: HOST })); // → round 2 news
        play(c({ type: 'endSession', by: HOST }));
      },
      3,
    );
  // Built inside each test, not at collection time, so mutation testing can tell which tests cover what.
  const built = () => {
    const review = buildReview(tinyScenario, transcript());
    return {
      review,
      north: review.commitments.find((x) => x.delegation === 'north'),
      south: review.commitments.find((x) => x.delegation === 'south'),
    };
  };

  it('marks the pledge broken by a hostile move broken, with a cause naming the move, and keeps it broken when the class ends early', () => {
    const { review, north } = built();
    expect(north).toMatchObject({ status: 'broken', settledRound: 1 });
    expect(north?.cause).toContain('Drills');
    const settled = review.timeline.filter((i) => i.kind === 'commitment' && i.delegation === 'north');
    expect(settled).toHaveLength(1);
    expect(settled[0]?.text).toMatch(/^North broke its /);
  });

  it('marks the pledge still standing when the teacher ends early kept, in the words "kept its"', () => {
    const { review, south } = built();
    expect(south).toMatchObject({ status: 'kept' });
    const settled = review.timeline.filter((i) => i.kind === 'commitment' && i.delegation === 'south');
    expect(settled).toHaveLength(1);
    expect(settled[0]?.text).toMatch(/^South kept its /);
    expect(settled[0]?.cause).toContain('to the end');
  });
});

describe('offers and their answer window', () => {
  const fact = (round: number, delegation: string, target: string, goldstein: number): MoveFact => ({
    round,
    delegation,
    target,
    label: `move ${round}`,
    goldstein,
    scope: 'public',
  });

  it(`counts an answer on the last round of the window (${ANSWER_WINDOW_ROUNDS} rounds later) as answered`, () => {
    const last = 1 + ANSWER_WINDOW_ROUNDS;
    const offers = reviewOffers([fact(1, 'a', 'b', 7), fact(last, 'b', 'a', 5)], last + 1, new Map());
    expect(offers).toEqual([
      expect.objectContaining({ offeredBy: 'a', to: 'b', status: 'answered', answeredRound: last }),
    ]);
  });

  it('keeps an offer open (not ignored) while its window is still running at the end of the session', () => {
    const offers = reviewOffers([fact(2, 'a', 'b', 7)], 2 + ANSWER_WINDOW_ROUNDS - 1, new Map());
    expect(offers.map((o) => o.status)).toEqual(['open']);
    expect(reviewOffers([fact(2, 'a', 'b', 7)], 2 + ANSWER_WINDOW_ROUNDS, new Map()).map((o) => o.status)).toEqual([
      'ignored',
    ]);
  });

  it('an offer is only as visible as its least visible move, whichever of the two it is', () => {
    const covertAnswer: MoveFact = { ...fact(2, 'b', 'a', 5), scope: 'team' };
    const [offer] = reviewOffers([fact(1, 'a', 'b', 7), covertAnswer], 3, new Map());
    expect(offer?.scope).toBe('team');
    const covertOffer: MoveFact = { ...fact(1, 'a', 'b', 7), scope: 'team' };
    const [other] = reviewOffers([covertOffer, fact(2, 'b', 'a', 5)], 3, new Map());
    expect(other?.scope).toBe('team');
  });
});

describe('reflections stay with their author', () => {
  const transcript = () =>
    scripted(
      tinyScenario,
      (play) => {
        seatAndStart(play);
        finishRound(play, true);
        play(c({ type: 'submitReflection', text: 'REFLECT-n1 only mine', by: by('n1') }));
        play(c({ type: 'submitReflection', text: 'REFLECT-s1 only mine', by: by('s1') }));
      },
      2,
    );
  const final = () => replay(tinyScenario, transcript()).state;

  it('in views: the author and the host see it; a teammate, other students and the projector do not', () => {
    const state = final();
    const texts = (viewer: Parameters<typeof viewFor>[2]) =>
      viewFor(tinyScenario, state, viewer).reflections.map((r) => r.text);
    expect(texts({ kind: 'seat', seatId: 'n1' })).toEqual(['REFLECT-n1 only mine']);
    expect(texts({ kind: 'seat', seatId: 'n2' })).toEqual([]);
    expect(texts({ kind: 'seat', seatId: 's2' })).toEqual([]);
    expect(texts({ kind: 'projector' })).toEqual([]);
    expect(texts({ kind: 'host' }).sort()).toEqual(['REFLECT-n1 only mine', 'REFLECT-s1 only mine']);
    for (const viewer of [
      { kind: 'seat', seatId: 'n2' },
      { kind: 'seat', seatId: 'e1' },
      { kind: 'projector' },
    ] as const) {
      expect(JSON.stringify(viewFor(tinyScenario, state, viewer))).not.toContain('REFLECT-');
    }
  });

  it('in events: only the author (and the host) hears that a reflection was submitted', () => {
    const state = final();
    const events: GameEvent[] = state.reflections.map((reflection) => ({ type: 'reflectionSubmitted', reflection }));
    const heard = (viewer: Parameters<typeof viewFor>[2]) => JSON.stringify(redactEvents(state, viewer, events));
    expect(heard({ kind: 'seat', seatId: 'n1' })).toContain('REFLECT-n1');
    expect(heard({ kind: 'seat', seatId: 'n1' })).not.toContain('REFLECT-s1');
    for (const viewer of [
      { kind: 'seat', seatId: 'n2' },
      { kind: 'seat', seatId: 'e1' },
      { kind: 'projector' },
    ] as const) {
      expect(heard(viewer)).not.toContain('REFLECT-');
    }
    expect(heard({ kind: 'host' })).toContain('REFLECT-s1');
  });

  it('in every release below the team level none is shown; at the team level only when the teacher opts in', () => {
    const review = buildReview(tinyScenario, transcript());
    for (const level of RELEASE_LEVELS) {
      const release = releaseReview(review, { level, pseudonyms: false, reflections: true });
      const optedIn = JSON.stringify(release);
      if (level === 'team') {
        expect(optedIn).toContain('REFLECT-n1');
        // The released reflections themselves, not just any text (the timeline also holds the words).
        expect(release.reflections.map((r) => r.text).sort()).toEqual(['REFLECT-n1 only mine', 'REFLECT-s1 only mine']);
      } else {
        expect(optedIn, level).not.toContain('REFLECT-');
        expect(release.reflections, level).toEqual([]);
      }
      const without = releaseReview(review, { level, pseudonyms: false });
      expect(JSON.stringify(without), level).not.toContain('REFLECT-');
      expect(without.reflections, level).toEqual([]);
    }
  });
});
