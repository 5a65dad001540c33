// Scripted classroom situations on the shipped Korea scenario, seen through what each screen receives.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../../shared/rules/events.ts';
import type { GameState } from '../../../shared/rules/types.ts';
import type { Viewer } from '../../../shared/rules/view-types.ts';
import { applyEventsToView } from '../../../shared/rules/view-fold.ts';
import { needsSnapshot, redactEvents, viewFor } from '../../../shared/rules/views.ts';
import { DEFAULT_SCENARIO_ID, getScenario } from '../../../shared/scenario/index.ts';
import { cmd, HOST, join, lobby, play, seat, skip, start } from './fixtures.ts';

const korea = getScenario(DEFAULT_SCENARIO_ID)!;
const washington: Viewer = { kind: 'seat', seatId: 'w1' };
const moscow: Viewer = { kind: 'seat', seatId: 'm1' };
const projector: Viewer = { kind: 'projector' };

const mentionsTransfer = (x: unknown) => JSON.stringify(x).includes('techTransfer');

/** A class where Moscow's team votes a covert technology transfer to Pyongyang in round 1. */
function covertTransfer(): { state: GameState; events: GameEvent[] } {
  return play(
    lobby({ rounds: 3 }, korea),
    [
      join('w1', 'Wendy', 'washington'),
      join('p1', 'Pak', 'pyongyang'),
      join('m1', 'Misha', 'moscow'),
      join('m2', 'Masha', 'moscow'),
      start(),
      skip(), // briefing → news
      skip(), // news → deliberation
      cmd({
        type: 'proposeMove',
        by: seat('m1'),
        moveId: 'techTransfer',
        target: null,
        rationale: 'Quietly strengthen our partner',
      }),
      cmd({ type: 'approveProposal', by: seat('m2'), proposalId: 'p_moscow_1' }),
      skip(), // deliberation → decision
      skip(), // decision → resolution
    ],
    korea,
  );
}

describe('Moscow’s covert transfer stays hidden from other delegations until it is revealed', () => {
  it('Washington and the projector neither see it nor receive it; Moscow does', () => {
    const { state, events } = covertTransfer();
    expect(state.moves.find((m) => m.delegation === 'moscow')).toMatchObject({
      moveId: 'techTransfer',
      covert: true,
      revealedRound: null,
    });
    for (const viewer of [washington, projector]) {
      expect(mentionsTransfer(viewFor(korea, state, viewer))).toBe(false);
      expect(mentionsTransfer(redactEvents(state, viewer, events))).toBe(false);
    }
    expect(viewFor(korea, state, moscow).moves.find((m) => m.delegation === 'moscow')?.moveId).toBe('techTransfer');
  });

  it('a leaked cable reveals it to everyone', () => {
    const hidden = covertTransfer().state;
    const leak = play(hidden, [cmd({ type: 'injectNews', by: HOST, newsId: 'leakedCable' })], korea);
    expect(leak.events.some((e) => e.type === 'covertRevealed' && e.move.moveId === 'techTransfer')).toBe(true);
    const folded = applyEventsToView(
      korea,
      viewFor(korea, hidden, washington),
      redactEvents(leak.state, washington, leak.events),
    );
    expect(folded.moves.find((m) => m.delegation === 'moscow')).toMatchObject({
      moveId: 'techTransfer',
      revealedRound: 1,
    });
    expect(mentionsTransfer(viewFor(korea, leak.state, projector))).toBe(true);
  });

  it('the end of the session reveals it at the latest', () => {
    const ended = play(covertTransfer().state, [cmd({ type: 'endSession', by: HOST })], korea).state;
    expect(viewFor(korea, ended, washington).moves.find((m) => m.delegation === 'moscow')?.moveId).toBe('techTransfer');
  });
});

describe('needsSnapshot', () => {
  it('is true only for the seat that joined or changed delegation', () => {
    const events: GameEvent[] = [
      { type: 'seatJoined', seat: { id: 'a', name: 'A', delegation: 'seoul', removed: false } },
      { type: 'seatReassigned', seatId: 'b', from: 'seoul', to: 'moscow' },
    ];
    expect(needsSnapshot({ kind: 'seat', seatId: 'a' }, events)).toBe(true);
    expect(needsSnapshot({ kind: 'seat', seatId: 'b' }, events)).toBe(true);
    expect(needsSnapshot({ kind: 'seat', seatId: 'c' }, events)).toBe(false);
    expect(needsSnapshot({ kind: 'host' }, events)).toBe(false);
  });
});

describe('tension reaching the brink at a resolution', () => {
  /** A Korea class on the edge: every delegation already feels close to maximally threatened. */
  function onTheBrink(): GameState {
    const base = play(
      lobby({ rounds: 3 }, korea),
      [join('w1', 'Wendy', 'washington'), start(), skip(), skip(), skip()],
      korea,
    ).state;
    const threat = Object.fromEntries(
      Object.entries(base.meters.threat).map(([i, row]) => [
        i,
        Object.fromEntries(Object.keys(row).map((j) => [j, 99])),
      ]),
    );
    return { ...base, meters: { ...base.meters, threat, tension: 99, band: 3 } };
  }

  it('starts a crisis hold with the clock frozen; timers wait until the teacher resumes', () => {
    const brink = onTheBrink();
    expect(brink.phase).toBe('decision');
    const resolved = play(
      brink,
      [cmd({ type: 'phaseTimeUp', by: { kind: 'system' }, phase: 'decision', round: 1, at: 5_000_000 })],
      korea,
    );
    const types = resolved.events.map((e) => e.type);
    expect(types).toContain('crisisHoldStarted');
    expect(types).toContain('clockPaused');
    expect(resolved.state).toMatchObject({
      phase: 'resolution',
      crisisHold: true,
      clock: { endsAt: null, paused: true, remainingMs: 45_000 },
    });
    const timer = cmd({ type: 'phaseTimeUp', by: { kind: 'system' }, phase: 'resolution', round: 1 });
    expect(() => play(resolved.state, [timer], korea)).toThrow(/rule\/crisis-hold/);
    const resumed = play(
      resolved.state,
      [cmd({ type: 'resolveCrisisHold', by: HOST, outcome: 'resume', at: 6_000_000 })],
      korea,
    ).state;
    expect(resumed.clock).toEqual({ endsAt: 6_045_000, remainingMs: null, paused: false });
    expect(play(resumed, [timer], korea).state.phase).toBe('reflection');
  });
});
