// Student commands, each declared once: team chat, diplomacy, public statements and commitments, proposals,
// approvals, reflections; when students may send each. Handlers in shared/rules/students.ts.
// Pure: must not import Node, DOM, Colyseus or Phaser.
import { z } from 'zod';
import { LIMITS } from '../rules/commands.ts';
import type { Outcome } from '../rules/handler.ts';
import * as rules from '../rules/students.ts';
import type { GameState, Phase, Scenario, Seat } from '../rules/types.ts';
import type { CommandsOf, Definitions } from './define.ts';
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

/** A student command: sent by a seat, as an intent, in `phases`; `act` runs once the seat may act now. */
function student<K extends keyof typeof payloads>(
  type: K,
  phases: readonly Phase[],
  act: (scenario: Scenario, state: GameState, seat: Seat, cmd: Of<K>) => Outcome,
) {
  return {
    payload: payloads[type],
    senders: ['seat'],
    intent: 'student',
    phases,
    apply: (scenario: Scenario, state: GameState, cmd: Of<K>): Outcome => {
      const found = rules.actingStudent(state, cmd.by, phases);
      return 'error' in found ? found : act(scenario, state, found.seat, cmd);
    },
  } as const;
}

const reflection = student('submitReflection', ['reflection'], (scenario, state, seat, cmd) =>
  rules.submitReflection(scenario, state, seat, cmd.text, state.round),
);

export const STUDENTS = {
  sendTeamMessage: student('sendTeamMessage', PLAYING, (_scenario, state, seat, cmd) =>
    rules.sendMessage(state, seat, cmd.at, cmd.text, 'team', null, null),
  ),
  sendDiplomaticMessage: student('sendDiplomaticMessage', DEALING, rules.sendDiplomaticMessage),
  makeStatement: student('makeStatement', DEALING, rules.makeStatement),
  proposeMove: student('proposeMove', DEALING, rules.proposeMove),
  approveProposal: student('approveProposal', DEALING, (_scenario, state, seat, cmd) =>
    rules.changeApproval(state, seat, cmd.proposalId, true),
  ),
  withdrawApproval: student('withdrawApproval', DEALING, (_scenario, state, seat, cmd) =>
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
