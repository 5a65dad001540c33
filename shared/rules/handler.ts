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

/**
 * Lists a replay owns: made by `append` while `withOwnedLists` runs, so referenced only by the states that replay
 * steps through and throws away. Appending to one pushes in place, which makes a long replay linear instead of
 * quadratic (every message copied the whole list before it). Null outside: every append copies, as a value must.
 */
let owned: WeakSet<readonly unknown[]> | null = null;

/** Appends without copying element by element (concat is several times faster than spread on long lists). */
export function append<T>(list: readonly T[], item: T): T[] {
  if (owned === null) return list.concat([item]);
  if (owned.has(list)) {
    (list as T[]).push(item);
    return list as T[];
  }
  const next = list.concat([item]);
  owned.add(next);
  return next;
}

/** Whether `list` was made by `append` inside the running `withOwnedLists` (and may have grown in place). */
export function isOwnedList(list: readonly unknown[]): boolean {
  return owned?.has(list) ?? false;
}

/**
 * Runs `fold` with appends in place on the lists it made. Only for a caller that keeps no state but the last one
 * `fold` returns (a replay to the end): an intermediate state would see lists grow under it.
 */
export function withOwnedLists<R>(fold: () => R): R {
  const outer = owned;
  owned = new WeakSet();
  try {
    return fold();
  } finally {
    owned = outer;
  }
}

/** Trimmed text within a limit, or the refusal a student sees. */
export function checkText(raw: unknown, max: number): { text: string } | Refusal {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text.length === 0) return { error: 'rule/text-empty' };
  if (text.length > max) return { error: 'rule/text-too-long' };
  return { text };
}
