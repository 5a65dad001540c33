// Student commands and their events, each declared once: team chat, diplomacy, public statements and
// commitments, proposals, approvals, reflections; when students may send each. Handlers in
// shared/rules/students.ts. Pure: must not import Node, DOM, Colyseus or Phaser.
import { z } from 'zod';
import { ALL, oneSeat, team, type EventDefs } from '../events/define.ts';
import { LIMITS } from '../rules/commands.ts';
import type { Outcome } from '../rules/handler.ts';
import * as rules from '../rules/students.ts';
import type { Commitment, GameState, Message, Phase, Proposal, Reflection, Seat, SeatId } from '../rules/types.ts';
import type { DelegationId, Scenario } from '../scenario/types.ts';
import { commitmentCsvText, commitmentText } from '../transcript/debrief-text.ts';
import type { CommandsOf, Counted, Definitions } from './define.ts';
import { commitmentSchema, delegationId, id, text } from './fields.ts';

const payloads = {
  sendTeamMessage: z.object({ text: text(LIMITS.messageMax) }).strict(),
  sendDiplomaticMessage: z.object({ to: delegationId, text: text(LIMITS.messageMax) }).strict(),
  makeStatement: z.object({ text: text(LIMITS.messageMax), commitment: commitmentSchema.nullable() }).strict(),
  proposeMove: z.object({ moveId: id, target: delegationId.nullable(), rationale: text(LIMITS.rationaleMax) }).strict(),
  approveProposal: z.object({ proposalId: id }).strict(),
  withdrawApproval: z.object({ proposalId: id }).strict(),
  submitReflection: z.object({ text: text(LIMITS.reflectionMax) }).strict(),
};
export type StudentCommand = CommandsOf<typeof payloads>;
type Of<K extends StudentCommand['type']> = Extract<StudentCommand, { type: K }>;

/** Talk within the team all game long; deal and propose before the deadline. */
const PLAYING: readonly Phase[] = ['briefing', 'news', 'deliberation', 'decision', 'resolution', 'reflection'];
const DEALING: readonly Phase[] = ['deliberation', 'decision'];

/**
 * A student command: sent by a seat, as an intent, in `phases`; `act` runs once the seat may act now; it counts
 * toward `counts` in the review's participation table.
 */
function student<K extends keyof typeof payloads>(
  type: K,
  phases: readonly Phase[],
  counts: Counted | null,
  act: (scenario: Scenario, state: GameState, seat: Seat, cmd: Of<K>) => Outcome,
) {
  return {
    payload: payloads[type],
    senders: ['seat'],
    intent: 'student',
    phases,
    teacherLine: null,
    counts,
    apply: (scenario: Scenario, state: GameState, cmd: Of<K>): Outcome => {
      const found = rules.actingStudent(state, cmd.by, phases);
      return 'error' in found ? found : act(scenario, state, found.seat, cmd);
    },
  } as const;
}

const reflection = student('submitReflection', ['reflection'], 'reflections', (scenario, state, seat, cmd) =>
  rules.submitReflection(scenario, state, seat, cmd.text, state.round),
);

export const STUDENTS = {
  sendTeamMessage: student('sendTeamMessage', PLAYING, 'team', (_scenario, state, seat, cmd) =>
    rules.sendMessage(state, seat, cmd.at, cmd.text, 'team', null, null),
  ),
  sendDiplomaticMessage: student('sendDiplomaticMessage', DEALING, 'diplomatic', rules.sendDiplomaticMessage),
  makeStatement: student('makeStatement', DEALING, 'public', rules.makeStatement),
  proposeMove: student('proposeMove', DEALING, 'proposals', rules.proposeMove),
  approveProposal: student('approveProposal', DEALING, 'approvals', (_scenario, state, seat, cmd) =>
    rules.changeApproval(state, seat, cmd.proposalId, true),
  ),
  withdrawApproval: student('withdrawApproval', DEALING, null, (_scenario, state, seat, cmd) =>
    rules.changeApproval(state, seat, cmd.proposalId, false),
  ),
  submitReflection: {
    ...reflection,
    // On the student's own deadline (extra time) the class may have moved on, paused or ended; their time has not.
    apply: (scenario, state, cmd) =>
      rules.lateReflection(scenario, state, cmd) ?? reflection.apply(scenario, state, cmd),
    acceptedAfterEnd: rules.onPersonalDeadline,
  },
} satisfies Definitions<typeof payloads>;

export type StudentEvent =
  | { type: 'messageSent'; message: Message }
  | { type: 'commitmentMade'; commitment: Commitment }
  | { type: 'moveProposed'; proposal: Proposal }
  | { type: 'approvalChanged'; proposalId: string; delegation: DelegationId; approvals: SeatId[] }
  | { type: 'reflectionSubmitted'; reflection: Reflection };

export const STUDENT_EVENTS = {
  messageSent: {
    audience: ({ message: m }) => {
      if (m.channel === 'public') return ALL;
      if (m.channel === 'team') return team(m.from);
      return { kind: 'delegations', delegations: m.to === null ? [m.from] : [m.from, m.to] };
    },
    fields: { message: 'keep' },
    fold: (view, event) => ({ ...view, messages: [...view.messages, event.message] }),
    timeline: ({ message: m }, review) => {
      const item = review.add({
        kind: 'message',
        delegation: m.from,
        to: m.to,
        channel: m.channel,
        seatId: m.seatId,
        text: m.text,
        cause: m.commitment ? commitmentText(review.names, m.commitment) : null,
        scope: m.channel,
        ...(m.commitment ? { commitment: m.commitment } : {}),
      });
      review.messageItem(m.id, item);
    },
    csv: ({ message: m }) => ({ delegation: m.from, to: m.to ?? '', channel: m.channel, text: m.text, cause: '' }),
  },
  commitmentMade: {
    audience: () => ALL,
    fields: { commitment: 'keep' },
    fold: (view, event) => ({ ...view, commitments: [...view.commitments, event.commitment] }),
    timeline: null,
    csv: ({ commitment: c }, { names }) => ({
      delegation: c.delegation,
      to: c.terms.target ?? '',
      text: commitmentCsvText(names, c),
    }),
  },
  moveProposed: {
    audience: (e) => team(e.proposal.delegation),
    fields: { proposal: 'keep' },
    fold: (view, event) => ({ ...view, proposals: [...view.proposals, event.proposal] }),
    timeline: ({ proposal: p }, { names: n, add }) => {
      const spec = n.move(p.delegation, p.moveId);
      add({
        kind: 'proposal',
        delegation: p.delegation,
        to: p.target,
        channel: null,
        seatId: p.seatId,
        text: p.target
          ? n.say('proposedMoveToward', { move: spec.label, target: n.delegation(p.target) })
          : n.say('proposedMove', { move: spec.label }),
        cause: p.rationale,
        scope: 'team',
      });
    },
    csv: ({ proposal: p }, { names }) => ({
      delegation: p.delegation,
      to: p.target ?? '',
      text: names.move(p.delegation, p.moveId).label,
      cause: p.rationale,
    }),
  },
  approvalChanged: {
    audience: (e) => team(e.delegation),
    fields: { proposalId: 'keep', delegation: 'keep', approvals: 'keep' },
    fold: (view, event) => ({
      ...view,
      proposals: view.proposals.map((p) => (p.id === event.proposalId ? { ...p, approvals: event.approvals } : p)),
    }),
    timeline: null,
    csv: null,
  },
  reflectionSubmitted: {
    audience: (e) => oneSeat(e.reflection.seatId),
    fields: { reflection: 'keep' },
    fold: (view, event) => {
      const { seatId, round } = event.reflection;
      const personalDeadlines = (view.personalDeadlines ?? []).filter(
        (d) => !(d.seatId === seatId && d.round === round),
      );
      return { ...view, reflections: [...view.reflections, event.reflection], personalDeadlines };
    },
    // Placed in its own round's reflection: one sent later on a student's own deadline (extra time) then reads
    // like any other, so a released timeline does not tell the class who had extra time.
    timeline: ({ reflection: r }, { add }) => {
      add({
        round: r.round,
        phase: 'reflection',
        kind: 'reflection',
        delegation: r.delegation,
        to: null,
        channel: null,
        seatId: r.seatId,
        text: r.text,
        cause: r.prompt,
        scope: 'team',
      });
    },
    csv: ({ reflection: r }) => ({ delegation: r.delegation, text: r.text, cause: r.prompt }),
  },
} satisfies EventDefs<StudentEvent>;
