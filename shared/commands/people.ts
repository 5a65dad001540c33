// Seat commands, each declared once: students joining, the teacher renaming, removing, reassigning, giving one
// student extra time, locking joins.
// Handlers in shared/rules/people.ts. Pure: must not import Node, DOM, Colyseus or Phaser.
import { z } from 'zod';
import { LIMITS } from '../rules/commands.ts';
import { setExtraTime } from '../rules/extra-time.ts';
import * as people from '../rules/people.ts';
import type { CommandsOf, Definitions } from './define.ts';
import { delegationId, id, nameSchema } from './fields.ts';

const payloads = {
  /** A student takes a new seat; the rules pick the delegation (balanced) unless the host names one. */
  joinSeat: z.object({ seatId: id, name: z.string(), delegation: delegationId.optional() }).strict(),
  renameSeat: z.object({ seatId: id, name: nameSchema }).strict(),
  removeSeat: z.object({ seatId: id }).strict(),
  reassignSeat: z.object({ seatId: id, delegation: delegationId }).strict(),
  /**
   * An accommodation: this student gets `percent` more time than the class for their individual work (their
   * reflection). 0 takes it away. Seen only by that student and the teacher.
   */
  setExtraTime: z.object({ seatId: id, percent: z.number().int().min(0).max(LIMITS.extraTimePercentMax) }).strict(),
  lockJoins: z.object({ locked: z.boolean() }).strict(),
};
export type PeopleCommand = CommandsOf<typeof payloads>;

export const PEOPLE = {
  // The server issues it for a student's join (the seat id is the server's).
  joinSeat: { payload: payloads.joinSeat, senders: ['system', 'host'], intent: null, apply: people.joinSeat },
  renameSeat: { payload: payloads.renameSeat, senders: ['host'], intent: 'host', apply: people.renameSeat },
  // The server releases a seat whose join never completed (its token never reached anyone).
  removeSeat: { payload: payloads.removeSeat, senders: ['host', 'system'], intent: 'host', apply: people.removeSeat },
  reassignSeat: { payload: payloads.reassignSeat, senders: ['host'], intent: 'host', apply: people.reassignSeat },
  setExtraTime: { payload: payloads.setExtraTime, senders: ['host'], intent: 'host', apply: setExtraTime },
  lockJoins: { payload: payloads.lockJoins, senders: ['host'], intent: 'host', apply: people.lockJoins },
} satisfies Definitions<typeof payloads>;
