// The command union (the only way a session changes; commands are imperative), who sends one, and the limits.
// Time enters only through commands (`at`, phase time-up); the rules never read the clock.
import type { FlowCommand } from '../commands/flow.ts';
import type { PeopleCommand } from '../commands/people.ts';
import type { StudentCommand } from '../commands/students.ts';
import type { SeatId } from './types.ts';

/** Who issued a command. The server decides this from the connection, never from the payload. */
export type Actor = { kind: 'host' } | { kind: 'seat'; seatId: SeatId } | { kind: 'system' };

/**
 * Every command, each declared once with its payload schema, senders, phases and handler in its family's file
 * under shared/commands/ (people.ts, flow.ts, students.ts); the types come from those schemas.
 */
export type Command = PeopleCommand | FlowCommand | StudentCommand;

export type CommandType = Command['type'];

/** Limits the rules enforce (the protocol layer enforces the same ones at the edge). */
export const LIMITS = {
  nameMin: 1,
  nameMax: 24,
  messageMax: 500,
  rationaleMax: 140,
  reflectionMax: 280,
  headlineMax: 120,
  newsBodyMax: 400,
  roundsMin: 1,
  roundsMax: 12,
  phaseSecondsMin: 5,
  phaseSecondsMax: 1800,
  extendSecondsMax: 600,
  /** Extra time for one student, in percent of a phase's set length (double time is 100). */
  extraTimePercentMax: 200,
  seatsMax: 60,
} as const;
