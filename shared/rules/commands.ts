// Every command the rules accept: the only way a session changes. Commands are imperative.
// Time enters only here (`at`, phase time-up); the rules never read the clock.
import type { CommitmentTerms, DelegationId, Phase, SeatId } from './types.ts';

/** Who issued a command. The server decides this from the connection, never from the payload. */
export type Actor = { kind: 'host' } | { kind: 'seat'; seatId: SeatId } | { kind: 'system' };

interface Base {
  /** Epoch ms the server accepted it; the rules use it only for phase deadlines and stamps. */
  at: number;
  by: Actor;
}

// --- people -------------------------------------------------------------------------------------
/** A student takes a new seat; the rules pick the delegation (balanced) unless the host names one. */
export interface JoinSeat extends Base {
  type: 'joinSeat';
  seatId: SeatId;
  name: string;
  delegation?: DelegationId;
}
export interface RenameSeat extends Base {
  type: 'renameSeat';
  seatId: SeatId;
  name: string;
}
export interface RemoveSeat extends Base {
  type: 'removeSeat';
  seatId: SeatId;
}
export interface ReassignSeat extends Base {
  type: 'reassignSeat';
  seatId: SeatId;
  delegation: DelegationId;
}
/**
 * An accommodation: this student gets `percent` more time than the class for their individual work (their
 * reflection). 0 takes it away. Seen only by that student and the teacher.
 */
export interface SetExtraTime extends Base {
  type: 'setExtraTime';
  seatId: SeatId;
  percent: number;
}
export interface LockJoins extends Base {
  type: 'lockJoins';
  locked: boolean;
}

// --- flow (host, or system for time) ------------------------------------------------------------
export interface StartSession extends Base {
  type: 'startSession';
}
/** Sent by the server's timer; ignored (refused) unless phase and round still match. */
export interface PhaseTimeUp extends Base {
  type: 'phaseTimeUp';
  phase: Phase;
  round: number;
}
export interface SkipPhase extends Base {
  type: 'skipPhase';
}
export interface PauseClock extends Base {
  type: 'pauseClock';
}
export interface ResumeClock extends Base {
  type: 'resumeClock';
}
export interface ExtendPhase extends Base {
  type: 'extendPhase';
  seconds: number;
}
/** Either a scenario news id (injectable or any) or a free headline from the teacher. */
export interface InjectNews extends Base {
  type: 'injectNews';
  newsId?: string;
  headline?: string;
  body?: string;
}
/** After the top-band discussion: go on playing, or declare the crisis over (ends the session). */
export interface ResolveCrisisHold extends Base {
  type: 'resolveCrisisHold';
  outcome: 'resume' | 'end';
}
export interface EndSession extends Base {
  type: 'endSession';
}

// --- students -----------------------------------------------------------------------------------
export interface SendTeamMessage extends Base {
  type: 'sendTeamMessage';
  text: string;
}
export interface SendDiplomaticMessage extends Base {
  type: 'sendDiplomaticMessage';
  to: DelegationId;
  text: string;
}
export interface MakeStatement extends Base {
  type: 'makeStatement';
  text: string;
  commitment: CommitmentTerms | null;
}
export interface ProposeMove extends Base {
  type: 'proposeMove';
  moveId: string;
  target: DelegationId | null;
  rationale: string;
}
export interface ApproveProposal extends Base {
  type: 'approveProposal';
  proposalId: string;
}
export interface WithdrawApproval extends Base {
  type: 'withdrawApproval';
  proposalId: string;
}
export interface SubmitReflection extends Base {
  type: 'submitReflection';
  text: string;
}

export type Command =
  | JoinSeat
  | RenameSeat
  | RemoveSeat
  | ReassignSeat
  | SetExtraTime
  | LockJoins
  | StartSession
  | PhaseTimeUp
  | SkipPhase
  | PauseClock
  | ResumeClock
  | ExtendPhase
  | InjectNews
  | ResolveCrisisHold
  | EndSession
  | SendTeamMessage
  | SendDiplomaticMessage
  | MakeStatement
  | ProposeMove
  | ApproveProposal
  | WithdrawApproval
  | SubmitReflection;

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
