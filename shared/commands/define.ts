// What one command is, declared in one place: its payload (zod), who may send it and in which phases, whether a
// client may send it as an intent, its handler, and what the review says of it (a teacher's line, a student's
// participation). The families (people.ts, flow.ts, students.ts) declare them, with the events they emit;
// index.ts gathers them. Pure: must not import Node, DOM, Colyseus or Phaser.
import type { z } from 'zod';
import type { Actor } from '../rules/commands.ts';
import type { Outcome } from '../rules/handler.ts';
import type { GameState, Phase, SeatId } from '../rules/types.ts';
import type { Scenario } from '../scenario/types.ts';
import type { Names } from '../transcript/debrief-text.ts';
import type { Participation } from '../transcript/review-types.ts';

/** Payload schemas of a family, keyed by command type (without `type`, `at` and `by`). */
export type Payloads = Record<string, z.ZodObject>;

/** What every command carries besides its payload; the server sets both, never the client. */
export interface CommandBase {
  /** Epoch ms the server accepted it; the rules use it only for phase deadlines and stamps. */
  at: number;
  by: Actor;
}

/** A payload's fields (a strict empty object's output is an index signature of `never`: dropped). */
type Fields<T> = { [K in keyof T as string extends K ? never : K]: T[K] };

/** The commands a family's payloads describe, as a union tagged on `type`. */
export type CommandsOf<P extends Payloads> = {
  [K in keyof P & string]: { type: K } & Fields<z.output<P[K]>> & CommandBase;
}[keyof P & string];

/** One command's definition. `intent`: which client may send it as an intent (null: only the server issues it). */
export interface CommandDef<C extends { type: string }> {
  payload: z.ZodObject;
  senders: readonly Actor['kind'][];
  intent: 'host' | 'student' | null;
  /** Phases it is accepted in (students' commands; the host's are checked by their handlers). */
  phases?: readonly Phase[];
  apply: (scenario: Scenario, state: GameState, command: C) => Outcome;
  /** Whether it is still accepted once the session has ended (default: never). */
  acceptedAfterEnd?: (state: GameState, command: C) => boolean;
  /** The teacher's (or the timer's) line on the review's timeline; null: the command has none of its own. */
  teacherLine: ((names: Names, command: C) => TeacherLine | null) | null;
  /** What a student's command counts toward in the review's participation table; null: nothing. */
  counts: Counted | null;
}

/**
 * A teacher's line: words for everyone, or words about one student (an accommodation): the teacher's review names
 * the student and no release shows it.
 */
export type TeacherLine = string | { text: string; aboutSeat: SeatId };

/** A column of the review's participation table. */
export type Counted = keyof Participation['messages'] | 'proposals' | 'approvals' | 'reflections';

/** A family's definitions: one per payload, each typed with its own command. */
export type Definitions<P extends Payloads> = {
  [K in keyof P & string]: CommandDef<Extract<CommandsOf<P>, { type: K }>> & { payload: P[K] };
};
