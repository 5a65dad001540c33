// What each viewer may know of a session: the types of the per-viewer projections.
// Pure types only. The projection itself lives in views.ts.
import type {
  Clock,
  Commitment,
  Message,
  Meters,
  NewsItem,
  PersonalDeadline,
  Phase,
  Proposal,
  Reflection,
  ResolvedMove,
  SeatId,
} from './types.ts';
import type { DelegationId, DelegationSpec, MoveSpec } from '../scenario/types.ts';

/** Who is looking. The projector and the review's shared link see public things only. */
export type Viewer = { kind: 'host' } | { kind: 'projector' } | { kind: 'seat'; seatId: SeatId };

export interface PublicSeat {
  id: SeatId;
  name: string;
  delegation: DelegationId;
}

/**
 * One viewer's whole picture. Fields a viewer may not see are absent or filtered:
 * - projector: public messages, public/revealed moves, public meters and every pair value; no directed rows
 * - seat: plus own team's chat, proposals, locked move, diplomatic messages it is party to, own private brief,
 *   own reflections; the threat row of its own delegation (as perceived, when misperception is on)
 * - host: everything, every directed value (true ones)
 */
export interface View {
  viewer: Viewer;
  scenarioId: string;
  scenarioVersion: number;
  /** The host's alone: the transcript's count of accepted commands (it would let others count hidden actions). */
  seq?: number;
  phase: Phase;
  round: number;
  /** Only the host sees the number of rounds (students must not know the last round). */
  rounds: number | null;
  clock: Clock;
  joinsLocked: boolean;
  crisisHold: boolean;
  /** Students and host see the roster; the projector sees only counts per delegation. */
  seats: PublicSeat[];
  seatCounts: Record<DelegationId, number>;
  /** The viewing seat's own delegation, if a seat. */
  you: { seatId: SeatId; name: string; delegation: DelegationId } | null;
  /** Delegations whose private brief/objectives this viewer may read (own, or all for host). */
  privateOf: DelegationId[];
  /** `meters.threat` holds only the rows this viewer may see (own row for a seat, none for the projector). */
  meters: Meters;
  /** The undirected pairs (one per two delegations) for the board, keyed "a|b" in scenario order: the larger of the two directions. */
  pairs: Record<string, number>;
  /** Meters at the end of each resolved round, history[0] the start. */
  history: Meters[];
  proposals: Proposal[];
  /** Locked-in moves of the current round this viewer may see (own delegation; host all). */
  pendingMoves: ResolvedMove[];
  /** Resolved moves visible to this viewer (covert ones of others only once revealed). */
  moves: ResolvedMove[];
  messages: Message[];
  commitments: Commitment[];
  news: NewsItem[];
  reflections: Reflection[];
  /** The current reflection prompt, during the reflection phase. */
  reflectionPrompt: string | null;
  scores: Record<DelegationId, number> | null;
  /**
   * Extra time (an accommodation) by seat: the host sees every student's, a seat only its own, anyone else none.
   * Absent from views made by engines older than the accommodation.
   */
  extraTime?: Record<SeatId, ExtraTimeView>;
  /** Reflections still open on a student's own deadline, filtered like `extraTime`. */
  personalDeadlines?: PersonalDeadline[];
}

/** One student's extra time: the percentage, and what it adds to their reflection in ms. */
export interface ExtraTimeView {
  percent: number;
  reflectionMs: number;
}

/**
 * The scenario as one viewer may read it (scenarioFor in views.ts): other delegations' private brief and objectives
 * removed, every delegation's moves as the rules list them (Hold included).
 */
export interface ScenarioView {
  id: string;
  version: number;
  title: string;
  summary: string;
  delegations: (Omit<DelegationSpec, 'privateBrief' | 'objectives'> & {
    privateBrief: string | null;
    objectives: DelegationSpec['objectives'] | null;
  })[];
  moves: Record<string, MoveSpec[]>;
  /** The scenario's band thresholds, so pair and threat meters are named with the same words as tension. */
  bandThresholds?: number[];
  /** Injectable news for the host's menu (empty for others). */
  injectableNews: { id: string; headline: string }[];
  /** The reflection prompts (public): the client's event fold needs them to show a round's prompt. */
  reflectionPrompts?: string[];
}
