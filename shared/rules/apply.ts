// The reducer: one command in, the new state and its events out, or a coded refusal.
// A refused command returns the same state object and does not advance `seq`.
import type { Command } from './commands.ts';
import type { ErrorCode } from './errors.ts';
import type { GameEvent } from './events.ts';
import type { GameState, Scenario } from './types.ts';

export type CommandResult =
  | { ok: true; state: GameState; events: GameEvent[] }
  | { ok: false; state: GameState; error: ErrorCode; detail?: string };

/** Applies one command. Never throws on player input; never mutates `state`. */
export function applyCommand(scenario: Scenario, state: GameState, command: Command): CommandResult {
  void scenario;
  void command;
  return { ok: false, state, error: 'rule/not-allowed', detail: 'TODO(rules)' };
}
