// The events that follow from the state rather than from one rule (applyCommand's derived events), checked on
// every command of a Korea class that escalates into the crisis hold: the board's pairs move whenever threat
// moves (also when round 1's news nudges tension, outside any resolution), each round's closing meters are
// recorded, and the clock freezes the moment a crisis hold starts. A screen that missed one would drift.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { Actor, Command } from '../../../shared/rules/commands.ts';
import type { GameEvent } from '../../../shared/rules/events.ts';
import { changedPairs, pairsOf } from '../../../shared/rules/pairs.ts';
import { createInitialState, defaultSettings } from '../../../shared/rules/setup.ts';
import type { GameState } from '../../../shared/rules/types.ts';
import { DEFAULT_SCENARIO_ID, getScenario } from '../../../shared/scenario/index.ts';
import { KOREA_ESCALATION } from '../../fixtures/korea-moves.ts';

const korea = getScenario(DEFAULT_SCENARIO_ID)!;
const HOST: Actor = { kind: 'host' };
const SYSTEM: Actor = { kind: 'system' };
const SEATS = [
  ['w1', 'washington'],
  ['s1', 'seoul'],
  ['p1', 'pyongyang'],
  ['b1', 'beijing'],
  ['m1', 'moscow'],
] as const;

interface Seen {
  threatOnly: number;
  pairs: number;
  history: number;
  holds: number;
}

/** Applies a command and checks its derived events against the states before and after. */
function send(state: GameState, command: Command, seen: Seen): GameState {
  const result = applyCommand(korea, state, command);
  if (!result.ok) throw new Error(`${command.type} refused: ${result.error}`);
  const after = result.state;
  const events: GameEvent[] = result.events;
  const label = `${command.type} at seq ${after.seq}`;

  const pairs = changedPairs(pairsOf(korea, state.meters.threat), pairsOf(korea, after.meters.threat));
  const pairEvents = events.filter((e) => e.type === 'pairsChanged');
  if (Object.keys(pairs).length > 0) {
    expect(pairEvents, label).toEqual([{ type: 'pairsChanged', pairs }]);
    seen.pairs++;
  } else expect(pairEvents, label).toEqual([]);

  const recorded = events.flatMap((e) => (e.type === 'historyRecorded' ? [e.meters] : []));
  expect(recorded, label).toEqual(after.history.slice(state.history.length));
  seen.history += recorded.length;

  if (after.meters.threat !== state.meters.threat && recorded.length === 0 && !after.crisisHold) seen.threatOnly++;

  if (!state.crisisHold && after.crisisHold) {
    seen.holds++;
    const running = state.clock.endsAt !== null && !state.clock.paused ? state.clock : null;
    expect(running, label).not.toBeNull();
    // The phase this command entered had its own deadline; the hold freezes what was left of it.
    const endsAt = result.state.clock.remainingMs;
    expect(after.clock.paused, label).toBe(true);
    expect(after.clock.endsAt, label).toBeNull();
    expect(after.holdPausedClock, label).toBe(true);
    expect(
      events.filter((e) => e.type === 'clockPaused'),
      label,
    ).toEqual([{ type: 'clockPaused', remainingMs: endsAt }]);
    expect(endsAt).toBe(defaultSettings().phaseSeconds.resolution * 1000);
  } else
    expect(
      events.filter((e) => e.type === 'clockPaused' && command.type !== 'pauseClock'),
      label,
    ).toEqual([]);
  return after;
}

describe('derived events on every command of an escalating Korea class', () => {
  it('pairs, history and the crisis freeze follow the state', () => {
    const seen: Seen = { threatOnly: 0, pairs: 0, history: 0, holds: 0 };
    let at = 1_800_000_000_000;
    let state = createInitialState({ scenario: korea, settings: { ...defaultSettings(), rounds: 4 }, seed: 7 });
    const go = (partial: Record<string, unknown> & Pick<Command, 'type' | 'by'>) => {
      at += 1000;
      state = send(state, { ...partial, at } as Command, seen);
    };
    for (const [id, delegation] of SEATS)
      go({ type: 'joinSeat', by: SYSTEM, seatId: id, name: `Student ${id}`, delegation });
    go({ type: 'startSession', by: HOST });
    for (let round = 1; round <= 4 && !state.crisisHold; round++) {
      while (state.phase !== 'deliberation') go({ type: 'skipPhase', by: HOST });
      for (const [id, delegation] of SEATS) {
        go({
          type: 'proposeMove',
          by: { kind: 'seat', seatId: id },
          moveId: KOREA_ESCALATION[delegation]!,
          target: null,
          rationale: 'Show resolve',
        });
        go({ type: 'approveProposal', by: { kind: 'seat', seatId: id }, proposalId: state.proposals.at(-1)!.id });
      }
      go({ type: 'skipPhase', by: HOST }); // → decision
      go({ type: 'skipPhase', by: HOST }); // → resolution: the moves resolve
    }
    expect(seen.holds).toBe(1);
    go({ type: 'resolveCrisisHold', by: HOST, outcome: 'resume' });
    expect(seen.history).toBeGreaterThan(0);
    expect(seen.pairs).toBeGreaterThan(seen.history);
    // Round 1's news nudges tension with no resolution and no hold: its pairs must still move on the board.
    expect(seen.threatOnly).toBeGreaterThan(0);
  });
});
