// The shape of a session: its vocabulary (phases, meters, bands), the whole session state and its meters. The
// scenario's types are inferred from its schema (shared/scenario/types.ts). Pure types only. Must not import Node,
// the DOM, Colyseus, Phaser or the clock.
import type { DelegationId } from '../scenario/types.ts';

/** Bumped whenever a rule change would make an old transcript replay differently. */
export const RULES_VERSION = 4 as const;

/** A seat: one student's place in a session, stable across reloads (minted by the server). */
export type SeatId = string;

export const PHASES = [
  'lobby',
  'briefing',
  'news',
  'deliberation',
  'decision',
  'resolution',
  'reflection',
  'ended',
] as const;
export type Phase = (typeof PHASES)[number];
/** Phases that run on a clock during a round (briefing runs on one too, once). */
export const TIMED_PHASES = ['briefing', 'news', 'deliberation', 'decision', 'resolution', 'reflection'] as const;
export type TimedPhase = (typeof TIMED_PHASES)[number];

export const MOVE_CATEGORIES = ['diplomatic', 'deterrent', 'economic', 'humanitarian', 'information'] as const;
export type MoveCategory = (typeof MOVE_CATEGORIES)[number];

export const WORLD_METERS = ['armsRace', 'humanitarian', 'sanctions', 'polarization'] as const;
export type WorldMeter = (typeof WORLD_METERS)[number];

/** Talks ladder rungs, lowest first; `Meters.talks` is an index into this list. */
export const TALKS_LADDER = ['frozen', 'contacts', 'talks', 'firstPhaseAgreement', 'roadmap'] as const;
export type TalksRung = (typeof TALKS_LADDER)[number];

/** Peninsula tension bands, lowest first; `Meters.band` is an index into this list. */
export const BANDS = ['calm', 'posturing', 'crisis', 'intenseCrisis', 'brink'] as const;
export type Band = (typeof BANDS)[number];

// ---------------------------------------------------------------------------------------------
// Session state
// ---------------------------------------------------------------------------------------------

export interface SessionSettings {
  /** Number of rounds; never shown to students (a known last round collapses reciprocity). */
  rounds: number;
  /** Seconds per timed phase. */
  phaseSeconds: Record<TimedPhase, number>;
  /** Whether each round ends with a reflection prompt. */
  reflection: boolean;
  misperception: boolean;
}

export interface Meters {
  tension: number; // 0..100
  band: number; // index into BANDS
  /** threat[i][j]: how threatened i feels by j, 0..100, for every ordered pair i != j. */
  threat: Record<DelegationId, Record<DelegationId, number>>;
  world: Record<WorldMeter, number>; // each 0..100
  talks: number; // index into TALKS_LADDER
  credibility: Record<DelegationId, number>; // 0..100
}

export interface Seat {
  id: SeatId;
  name: string;
  delegation: DelegationId;
  removed: boolean;
}

export interface Proposal {
  id: string; // "p_<team>_<n>": numbered within its team (ids.ts)
  round: number;
  delegation: DelegationId;
  seatId: SeatId;
  moveId: string;
  target: DelegationId | null;
  rationale: string;
  approvals: SeatId[];
}

export type Channel = 'team' | 'diplomatic' | 'public';

export interface Message {
  id: string; // numbered within its channel (ids.ts)
  round: number;
  channel: Channel;
  seatId: SeatId;
  from: DelegationId;
  /** Diplomatic messages: the other delegation. */
  to: DelegationId | null;
  text: string;
  /** Public statements flagged as a commitment. */
  commitment: CommitmentTerms | null;
  at: number;
}

/**
 * What a public pledge or warning commits to, so the rules can judge it later.
 * - pledge: "we will make no hostile move (Goldstein < 0) [toward target]".
 * - warning: "a hostile move by target toward us will be answered with a hostile move next round".
 */
export type CommitmentTerms =
  | { kind: 'pledge'; target: DelegationId | null }
  | { kind: 'warning'; target: DelegationId }
  /** A signed agreement (a matched conditional move): a mutual commitment that a hostile act toward the partner collapses. */
  | { kind: 'agreement'; target: DelegationId };

export interface Commitment {
  id: string; // the message id that made it
  delegation: DelegationId;
  terms: CommitmentTerms;
  round: number;
  status: 'standing' | 'kept' | 'broken';
  /** Round it was judged, if judged. */
  settledRound: number | null;
}

export interface ResolvedMove {
  round: number;
  delegation: DelegationId;
  moveId: string;
  target: DelegationId | null;
  /** The proposal that won, or null for Hold by default or a bot move. */
  proposalId: string | null;
  byBot: boolean;
  covert: boolean;
  /** Round it became visible to everyone; null while a covert move is still hidden. */
  revealedRound: number | null;
}

export interface NewsItem {
  id: string; // spec id, or "teacher-<n>" for news the teacher wrote
  round: number;
  headline: string;
  body: string;
  source: 'scheduled' | 'threshold' | 'teacher';
}

export interface Reflection {
  round: number;
  seatId: SeatId;
  delegation: DelegationId;
  prompt: string;
  text: string;
}

/**
 * An accommodated student's own deadline for their reflection of a round, opened when the class's reflection
 * phase closed before they answered: the class moves on, their reflection stays open until `until` (epoch ms).
 */
export interface PersonalDeadline {
  seatId: SeatId;
  round: number;
  until: number;
}

export interface Clock {
  /** Epoch ms when the current phase times out; null when untimed (lobby, ended) or paused. */
  endsAt: number | null;
  /** While paused: the ms that were left. */
  remainingMs: number | null;
  paused: boolean;
}

export interface GameState {
  rulesVersion: typeof RULES_VERSION;
  scenarioId: string;
  scenarioVersion: number;
  /** Accepted commands so far; a refused command does not advance it. */
  seq: number;
  /** Seeded generator state (misperception noise, tie-free bot choices). */
  rng: number;
  settings: SessionSettings;
  phase: Phase;
  round: number; // 0 before the first round
  clock: Clock;
  joinsLocked: boolean;
  /** Tension reached the top band: play waits for the teacher's discussion. */
  crisisHold: boolean;
  /** The hold froze a running clock (so leaving it restarts the clock); false when the teacher had paused it. */
  holdPausedClock: boolean;
  seats: Record<SeatId, Seat>;
  proposals: Proposal[]; // all rounds
  /** Moves locked in at the decision deadline of the current round; secret until resolution. */
  pendingMoves: ResolvedMove[];
  moves: ResolvedMove[]; // resolved, all rounds
  messages: Message[];
  commitments: Commitment[];
  news: NewsItem[];
  firedNews: string[]; // ids of threshold/scheduled news already published
  reflections: Reflection[];
  /**
   * Extra time per seat for the student's individual work, in percent of the phase's set length (an
   * accommodation): only that student and the teacher ever learn of it. Seats without extra time are absent.
   */
  extraTime: Record<SeatId, number>;
  /** Reflections still open for accommodated students after the class moved on (at most one per seat). */
  personalDeadlines: PersonalDeadline[];
  meters: Meters;
  /** Meters at the end of each round's resolution: history[0] is the start. */
  history: Meters[];
  /** Final scores per delegation once ended. */
  scores: Record<DelegationId, number> | null;
}
