// Every event the rules emit: what happened, in the past tense, with who may see it.
// Each meter change names its cause as data (a code with parameters); shared/causes/ makes the words.
import type { Cause } from './causes.ts';
import type {
  Commitment,
  DelegationId,
  Message,
  Meters,
  NewsItem,
  PersonalDeadline,
  Phase,
  Proposal,
  Reflection,
  ResolvedMove,
  Seat,
  SeatId,
  WorldMeter,
} from './types.ts';

/**
 * Who may receive an event. `host` is always included implicitly.
 * - all: every viewer, projector included
 * - students: every seat, not the projector (e.g. roster names)
 * - delegations: only seats of these delegations
 * - seat: one seat only
 * - host: the teacher only
 */
export type Audience =
  | { kind: 'all' }
  | { kind: 'students' }
  | { kind: 'delegations'; delegations: DelegationId[] }
  | { kind: 'seat'; seatId: SeatId }
  | { kind: 'host' };

/** Which meter changed. */
export type MeterRef =
  | { kind: 'tension' }
  | { kind: 'threat'; from: DelegationId; to: DelegationId }
  | { kind: 'world'; meter: WorldMeter }
  | { kind: 'talks' }
  | { kind: 'credibility'; delegation: DelegationId };

export type GameEvent =
  | { type: 'seatJoined'; seat: Seat }
  | { type: 'seatRenamed'; seatId: SeatId; name: string }
  /** `delegation` is the one the seat left, so viewers without the roster can keep counts. */
  | { type: 'seatRemoved'; seatId: SeatId; delegation: DelegationId }
  | { type: 'seatReassigned'; seatId: SeatId; from: DelegationId; to: DelegationId }
  | { type: 'joinsLocked'; locked: boolean }
  /** A student's extra time (an accommodation) changed; `reflectionMs` is what it adds to their reflection. */
  | { type: 'extraTimeSet'; seatId: SeatId; percent: number; reflectionMs: number }
  /** The class's reflection closed; this accommodated student's stays open until their own deadline. */
  | { type: 'personalDeadlineSet'; deadline: PersonalDeadline }
  | { type: 'phaseChanged'; phase: Phase; round: number; endsAt: number | null }
  | { type: 'clockPaused'; remainingMs: number }
  | { type: 'clockResumed'; endsAt: number }
  | { type: 'phaseExtended'; endsAt: number | null; remainingMs: number | null; seconds: number }
  | { type: 'newsPublished'; news: NewsItem }
  | { type: 'messageSent'; message: Message }
  | { type: 'commitmentMade'; commitment: Commitment }
  | { type: 'commitmentSettled'; commitment: Commitment; cause: Cause }
  | { type: 'moveProposed'; proposal: Proposal }
  | { type: 'approvalChanged'; proposalId: string; delegation: DelegationId; approvals: SeatId[] }
  /** The delegation's move is locked in (only its own team and the host learn which). */
  | { type: 'moveLocked'; move: ResolvedMove }
  /** All public moves of the round, revealed at once. */
  | { type: 'movesRevealed'; round: number; moves: ResolvedMove[] }
  /** A covert move the delegation made, now revealed (by news or at the end). */
  | { type: 'covertRevealed'; move: ResolvedMove; cause: Cause }
  | { type: 'meterChanged'; meter: MeterRef; from: number; to: number; cause: Cause }
  | { type: 'bandChanged'; from: number; to: number }
  /** The board's undirected pair values that changed ("a|b" → max of both directions); added by the reducer. */
  | { type: 'pairsChanged'; pairs: Record<string, number> }
  /** A round's closing meters were appended to history; added by the reducer (rows trimmed per viewer). */
  | { type: 'historyRecorded'; meters: Meters }
  /** A unilateral conciliatory move answered in kind (GRIT): both named. */
  | { type: 'offerAnswered'; round: number; offeredBy: DelegationId; answeredBy: DelegationId; cause: Cause }
  | { type: 'crisisHoldStarted'; tension: number }
  | { type: 'crisisHoldEnded'; outcome: 'resume' | 'end' }
  | { type: 'reflectionSubmitted'; reflection: Reflection }
  | { type: 'sessionEnded'; scores: Record<DelegationId, number> };

export type GameEventType = GameEvent['type'];
