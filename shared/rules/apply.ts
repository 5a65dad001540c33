// The reducer: one command in, the new state and its events out, or a coded refusal.
// A refused command returns the same state object and does not advance `seq`. Must not import anything impure.
import { commandDef } from '../commands/index.ts';
import type { Command } from './commands.ts';
import type { ErrorCode } from './errors.ts';
import type { GameEvent } from './events.ts';
import type { Refusal } from './handler.ts';
import { changedPairs, pairsOf } from './pairs.ts';
import type { Step } from './phases.ts';
import type { GameState } from './types.ts';
import type { Scenario } from '../scenario/types.ts';

export type CommandResult =
  | { ok: true; state: GameState; events: GameEvent[] }
  | { ok: false; state: GameState; error: ErrorCode; detail?: string };

/** Applies one command. Never throws on player input; never mutates `state`. */
export function applyCommand(scenario: Scenario, state: GameState, command: Command): CommandResult {
  // The edge validates shapes; this keeps a bad stored or hand-made command from throwing here.
  const def = commandDef(command?.type);
  if (!def || typeof command.by?.kind !== 'string') return refuse(state, { error: 'protocol/invalid' });
  if (!def.senders.includes(command.by.kind)) return refuse(state, { error: 'rule/not-allowed' });
  if (state.phase === 'ended' && !def.acceptedAfterEnd?.(state, command))
    return refuse(state, { error: 'rule/session-ended' });
  const next: GameState = { ...state, seq: state.seq + 1 };
  const outcome = def.apply(scenario, next, command);
  if ('error' in outcome) return refuse(state, outcome);
  return { ok: true, ...withDerivedEvents(scenario, state, outcome, command.at) };
}

function refuse(state: GameState, refusal: Refusal): CommandResult {
  return refusal.detail === undefined
    ? { ok: false, state, error: refusal.error }
    : { ok: false, state, error: refusal.error, detail: refusal.detail };
}

/**
 * Events the views need that follow from the state rather than from one rule: the clock freezes when a
 * crisis hold starts (whoever started it), the board's pairs, and each round's closing meters.
 */
function withDerivedEvents(scenario: Scenario, before: GameState, step: Step, at: number): Step {
  const crisisStarted =
    !before.crisisHold && step.state.crisisHold && !step.state.clock.paused && step.state.clock.endsAt !== null;
  const threatChanged = step.state.meters.threat !== before.meters.threat;
  const historyGrew = step.state.history.length > before.history.length;
  // Most commands (chat, proposals, approvals) touch none of these: keep them allocation-free.
  if (!crisisStarted && !threatChanged && !historyGrew) return step;
  let { state } = step;
  const events = step.events.slice();
  if (crisisStarted && state.clock.endsAt !== null) {
    const remainingMs = Math.max(0, state.clock.endsAt - at);
    state = { ...state, clock: { endsAt: null, remainingMs, paused: true }, holdPausedClock: true };
    events.push({ type: 'clockPaused', remainingMs });
  }
  if (threatChanged) {
    const pairs = changedPairs(pairsOf(scenario, before.meters.threat), pairsOf(scenario, state.meters.threat));
    if (Object.keys(pairs).length > 0) events.push({ type: 'pairsChanged', pairs });
  }
  if (historyGrew)
    for (const meters of state.history.slice(before.history.length)) events.push({ type: 'historyRecorded', meters });
  return { state, events };
}
