// Seat commands and their events, each declared once: students joining, the teacher renaming, removing,
// reassigning, giving one student extra time, locking joins.
// Handlers in shared/rules/people.ts. Pure: must not import Node, DOM, Colyseus or Phaser.
import { z } from 'zod';
import { ALL, oneSeat, STUDENTS, type EventDefs } from '../events/define.ts';
import { bump } from '../events/fold.ts';
import { LIMITS } from '../rules/commands.ts';
import { setExtraTime } from '../rules/extra-time.ts';
import * as people from '../rules/people.ts';
import { sortSeats } from '../rules/scope.ts';
import type { PersonalDeadline, Seat, SeatId } from '../rules/types.ts';
import type { DelegationId } from '../scenario/types.ts';
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

const host = { senders: ['host'], intent: 'host', counts: null } as const;
export const PEOPLE = {
  // The server issues it for a student's join (the seat id is the server's).
  joinSeat: {
    payload: payloads.joinSeat,
    senders: ['system', 'host'],
    intent: null,
    apply: people.joinSeat,
    teacherLine: (n, c) => (c.by.kind === 'host' ? n.say('teacherSeat') : null),
    counts: null,
  },
  renameSeat: {
    ...host,
    payload: payloads.renameSeat,
    apply: people.renameSeat,
    teacherLine: (n) => n.say('teacherRename'),
  },
  // The server releases a seat whose join never completed (its token never reached anyone).
  removeSeat: {
    ...host,
    senders: ['host', 'system'],
    payload: payloads.removeSeat,
    apply: people.removeSeat,
    teacherLine: (n) => n.say('teacherRemove'),
  },
  reassignSeat: {
    ...host,
    payload: payloads.reassignSeat,
    apply: people.reassignSeat,
    teacherLine: (n, c) => n.say('teacherReassign', { delegation: n.delegation(c.delegation) }),
  },
  // An accommodation: the teacher's review names the student, no release shows it.
  setExtraTime: {
    ...host,
    payload: payloads.setExtraTime,
    apply: setExtraTime,
    teacherLine: (n, c) => ({
      text: c.percent > 0 ? n.say('teacherExtraTime', { percent: c.percent }) : n.say('teacherExtraTimeOff'),
      aboutSeat: c.seatId,
    }),
  },
  lockJoins: {
    ...host,
    payload: payloads.lockJoins,
    apply: people.lockJoins,
    teacherLine: (n, c) => n.say(c.locked ? 'teacherLock' : 'teacherUnlock'),
  },
} satisfies Definitions<typeof payloads>;

export type PeopleEvent =
  | { type: 'seatJoined'; seat: Seat }
  | { type: 'seatRenamed'; seatId: SeatId; name: string }
  /** `delegation` is the one the seat left, so viewers without the roster can keep counts. */
  | { type: 'seatRemoved'; seatId: SeatId; delegation: DelegationId }
  | { type: 'seatReassigned'; seatId: SeatId; from: DelegationId; to: DelegationId }
  | { type: 'joinsLocked'; locked: boolean }
  /** A student's extra time (an accommodation) changed; `reflectionMs` is what it adds to their reflection. */
  | { type: 'extraTimeSet'; seatId: SeatId; percent: number; reflectionMs: number }
  /** The class's reflection closed; this accommodated student's stays open until their own deadline. */
  | { type: 'personalDeadlineSet'; deadline: PersonalDeadline };

export const PEOPLE_EVENTS = {
  // Roster changes go to all so the projector can count; it gets no names.
  seatJoined: {
    audience: () => ALL,
    fields: { seat: (seat, reader) => (reader.kind === 'public' ? { ...seat, name: '' } : seat) },
    fold: (view, { seat }) => {
      const seatCounts = bump(view.seatCounts, seat.delegation, 1);
      if (view.viewer.kind === 'projector') return { ...view, seatCounts };
      const seats = sortSeats([...view.seats, { id: seat.id, name: seat.name, delegation: seat.delegation }]);
      return { ...view, seats, seatCounts };
    },
    timeline: null,
    csv: ({ seat }) => ({ delegation: seat.delegation, text: seat.name }),
  },
  seatRenamed: {
    audience: () => STUDENTS,
    fields: { seatId: 'keep', name: 'keep' },
    fold: (view, event) => {
      const you = view.you?.seatId === event.seatId ? { ...view.you, name: event.name } : view.you;
      return { ...view, you, seats: view.seats.map((s) => (s.id === event.seatId ? { ...s, name: event.name } : s)) };
    },
    timeline: null,
    csv: null,
  },
  seatRemoved: {
    audience: () => ALL,
    fields: { seatId: 'keep', delegation: 'keep' },
    fold: (view, event) => ({
      ...view,
      seats: view.seats.filter((s) => s.id !== event.seatId),
      seatCounts: bump(view.seatCounts, event.delegation, -1),
    }),
    timeline: null,
    csv: null,
  },
  seatReassigned: {
    audience: () => ALL,
    fields: { seatId: 'keep', from: 'keep', to: 'keep' },
    fold: (view, event) => {
      const seatCounts = bump(bump(view.seatCounts, event.from, -1), event.to, 1);
      const seats = view.seats.map((s) => (s.id === event.seatId ? { ...s, delegation: event.to } : s));
      return { ...view, seats, seatCounts };
    },
    timeline: null,
    csv: null,
  },
  joinsLocked: {
    audience: () => ALL,
    fields: { locked: 'keep' },
    fold: (view, event) => ({ ...view, joinsLocked: event.locked }),
    timeline: null,
    csv: null,
  },
  // Accommodations are the student's and the teacher's business only: never teammates, never the projector.
  extraTimeSet: {
    audience: (e) => oneSeat(e.seatId),
    fields: { seatId: 'keep', percent: 'keep', reflectionMs: 'keep' },
    fold: (view, event) => {
      const extraTime = { ...view.extraTime };
      if (event.percent === 0) delete extraTime[event.seatId];
      else extraTime[event.seatId] = { percent: event.percent, reflectionMs: event.reflectionMs };
      return { ...view, extraTime };
    },
    timeline: null,
    csv: null,
  },
  personalDeadlineSet: {
    audience: (e) => oneSeat(e.deadline.seatId),
    fields: { deadline: 'keep' },
    fold: (view, event) => {
      const kept = (view.personalDeadlines ?? []).filter((d) => d.seatId !== event.deadline.seatId);
      return { ...view, personalDeadlines: [...kept, event.deadline] };
    },
    timeline: null,
    csv: null,
  },
} satisfies EventDefs<PeopleEvent>;
