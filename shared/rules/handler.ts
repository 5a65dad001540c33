// The shapes every command handler shares: a step forward or a coded refusal, and small helpers.
// Must not import anything impure.
import type { Command, CommandType } from './commands.ts';
import type { ErrorCode } from './errors.ts';
import type { Step } from './phases.ts';
import type { GameState } from './types.ts';
import type { Scenario } from '../scenario/types.ts';

/** A player mistake as a value. */
export interface Refusal {
  error: ErrorCode;
  detail?: string;
}
/** What a handler returns: the next state and its events, or a refusal. */
export type Outcome = Step | Refusal;
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
/** A handler gets the state with `seq` already advanced (ids never come from it: see ids.ts). */
export type Handler<T extends CommandType> = (scenario: Scenario, state: GameState, command: CommandOf<T>) => Outcome;

/** Appends without copying element by element (concat is several times faster than spread on long lists). */
export function append<T>(list: readonly T[], item: T): T[] {
  return list.concat([item]);
}

/** Trimmed text within a limit, or the refusal a student sees. */
export function checkText(raw: unknown, max: number): { text: string } | Refusal {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text.length === 0) return { error: 'rule/text-empty' };
  if (text.length > max) return { error: 'rule/text-too-long' };
  return { text };
}
