// Every command the rules accept, gathered from its family's definitions: the one table the reducer dispatches on,
// the server's edge validates intents with, and the client reads phases from. Adding a command: declare it in its
// family file (payload, senders, phases, handler); the compiler then names every switch that must handle it.
// Pure: must not import Node, DOM, Colyseus or Phaser.
import { z } from 'zod';
import type { Command, CommandType } from '../rules/commands.ts';
import type { Phase } from '../rules/types.ts';
import type { CommandDef } from './define.ts';
import { FLOW } from './flow.ts';
import { PEOPLE } from './people.ts';
import { STUDENTS } from './students.ts';

export const COMMANDS = { ...PEOPLE, ...FLOW, ...STUDENTS } satisfies {
  [K in CommandType]: CommandDef<Extract<Command, { type: K }>>;
};
type Defs = typeof COMMANDS;

/** The definition of a command type read at run time (a stored or hand-made command may name none). */
export function commandDef(type: unknown): CommandDef<Command> | undefined {
  return typeof type === 'string' && Object.hasOwn(COMMANDS, type)
    ? (COMMANDS[type as CommandType] as CommandDef<Command>)
    : undefined;
}

type IntentTypes<W> = { [K in keyof Defs]: Defs[K]['intent'] extends W ? K : never }[keyof Defs];
type WithoutStamp<C> = C extends Command ? Omit<C, 'at' | 'by'> : never;
/** What a student's client may ask for; the server adds `at` and `by` and makes a Command. */
export type StudentIntent = WithoutStamp<Extract<Command, { type: IntentTypes<'student'> }>>;
/** What the host's client may ask for. */
export type HostIntent = WithoutStamp<Extract<Command, { type: IntentTypes<'host'> }>>;

function intentSchema(who: 'host' | 'student') {
  const options = Object.entries(COMMANDS as Record<string, CommandDef<Command>>)
    .filter(([, def]) => def.intent === who)
    .map(([type, def]) => def.payload.extend({ type: z.literal(type) }));
  return z.discriminatedUnion('type', options as [(typeof options)[number], ...(typeof options)[number][]]);
}
/** The intents a student may send, validated at the server's edge. */
export const studentIntentSchema = intentSchema('student');
/** The intents only the host may send. */
export const hostIntentSchema = intentSchema('host');

/** When students may send each of their commands. */
export const STUDENT_PHASES = Object.fromEntries(Object.entries(STUDENTS).map(([type, def]) => [type, def.phases])) as {
  [K in keyof typeof STUDENTS]: readonly Phase[];
};
