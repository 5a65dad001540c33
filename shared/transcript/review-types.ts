// The review (debrief) model's shape: what the teacher sees after a session and what a release may show.
// Pure types only. Must not import Node, the DOM, Colyseus, Phaser or the clock.
import type { Cause } from '../rules/causes.ts';
import type { CommitmentTerms, Meters, Phase, SeatId, WorldMeter } from '../rules/types.ts';
import type { DelegationId, Scenario } from '../scenario/types.ts';
import type { Transcript } from './types.ts';

/** Bumped when the review model's shape changes (the page and the shared link read it). */
export const REVIEW_VERSION = 1 as const;

/**
 * Who may see a piece of the review once released. Levels nest: public ⊂ diplomatic ⊂ team ⊂ host.
 * `host` items never leave the teacher's view.
 */
export type Scope = 'public' | 'diplomatic' | 'team' | 'host';

/** What the teacher releases to the class; the host's own view is 'host'. */
export type ReleaseLevel = 'public' | 'diplomatic' | 'team';

export const TIMELINE_KINDS = [
  'move',
  'message',
  'news',
  'teacher',
  'meter',
  'proposal',
  'commitment',
  'offer',
  'reflection',
  'phase',
] as const;
/** Kinds of timeline item, for the filter. */
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One thing that happened, placed in time and filterable by round, delegation, channel and kind. */
export interface TimelineItem {
  /** Unique within the review: `<seq>.<index within that seq>`. */
  id: string;
  seq: number;
  round: number;
  phase: Phase;
  at: number;
  kind: TimelineKind;
  /** The delegation acting (or feeling, for a threat meter); null for world or teacher items. */
  delegation: DelegationId | null;
  /** The other delegation involved: a diplomatic recipient, a move's target. */
  to: DelegationId | null;
  /** Messages only: the channel it was sent on. Other kinds: null. */
  channel: 'team' | 'diplomatic' | 'public' | null;
  /** The student who did it, resolved to a name through `ReviewModel.people` (so pseudonyms are one swap). */
  seatId: SeatId | null;
  /** A line a student can read, without any student's name in it. */
  text: string;
  /** The meter's readable cause, for meter items; a message's commitment, for pledges and warnings. */
  cause: string | null;
  /** The model's cause as data, for meter items (so a page can word it in the reader's language). */
  why?: Cause;
  scope: Scope;
  /** Moves: the move id and whether it was covert; meters: the change. */
  move?: { moveId: string; covert: boolean; goldstein: number; revealedRound: number | null };
  meter?: { key: string; label: string; from: number; to: number };
  commitment?: CommitmentTerms;
}

export interface ReviewPerson {
  seatId: SeatId;
  /** The nickname, or a pseudonym ("Seoul delegate 2") when the release asks for one. */
  name: string;
  delegation: DelegationId;
  removed: boolean;
}

/** The meters after each resolved round: round 0 is the start. */
export interface MeterPoint {
  round: number;
  /** The seq at which this round's meters were recorded (0 for the start). */
  seq: number;
  tension: number;
  band: number;
  world: Record<WorldMeter, number>;
  talks: number;
  credibility: Record<DelegationId, number>;
  /** The undirected pairs (one per two delegations) ("a|b", the larger of both directions), as on the board. */
  pairs: Record<string, number>;
}

/** A move shown on the chart at the round it was revealed in. */
export interface MoveMarker {
  round: number;
  seq: number;
  delegation: DelegationId;
  to: DelegationId | null;
  label: string;
  goldstein: number;
  covert: boolean;
  scope: Scope;
}

export interface RoundSummary {
  round: number;
  /** Seq range of the round, for the scrubber. */
  fromSeq: number;
  toSeq: number;
  news: TimelineItem[];
  moves: TimelineItem[];
  /** Meter changes with their causes, in the order the model applied them. */
  meterChanges: TimelineItem[];
  /** Commitments judged this round. */
  settled: TimelineItem[];
  tensionBefore: number;
  tensionAfter: number;
}

export interface CommitmentReview {
  id: string;
  delegation: DelegationId;
  seatId: SeatId | null;
  terms: CommitmentTerms;
  /** The public statement that made it. */
  text: string;
  round: number;
  /** `standing` = never tested before the session ended. */
  status: 'standing' | 'kept' | 'broken';
  settledRound: number | null;
  /** Why it was judged so, from the rules; null while standing. */
  cause: string | null;
  scope: Scope;
}

/**
 * A unilateral conciliatory move (Goldstein > 0, aimed at one delegation) and what became of it:
 * answered when the target made a conciliatory move back within the next two rounds.
 */
export interface OfferReview {
  round: number;
  offeredBy: DelegationId;
  to: DelegationId;
  label: string;
  status: 'answered' | 'ignored' | 'open';
  answeredRound: number | null;
  answerLabel: string | null;
  /** The rules' own words when they credited the answer (GRIT bonus), else null. */
  cause: string | null;
  scope: Scope;
}

export interface Participation {
  seatId: SeatId;
  delegation: DelegationId;
  messages: { team: number; diplomatic: number; public: number };
  proposals: number;
  approvals: number;
  reflections: number;
}

export interface DebriefPrompt {
  stage: 'describe' | 'analyze' | 'transfer' | 'apply';
  text: string;
}

export interface ReviewDelegation {
  id: DelegationId;
  name: string;
  color: string;
  publicBrief: string;
  /** Only in the host's view and at release level 'team'. */
  privateBrief: string | null;
}

export interface ReviewModel {
  reviewVersion: typeof REVIEW_VERSION;
  code: string;
  scenario: { id: string; version: number; title: string };
  /** Who this model was made for: the host (everything) or a release level. */
  level: 'host' | ReleaseLevel;
  pseudonyms: boolean;
  createdAt: number;
  /** Rounds actually played, and whether the session reached its end. */
  roundsPlayed: number;
  ended: boolean;
  lastSeq: number;
  delegations: ReviewDelegation[];
  people: ReviewPerson[];
  timeline: TimelineItem[];
  series: MeterPoint[];
  markers: MoveMarker[];
  rounds: RoundSummary[];
  commitments: CommitmentReview[];
  offers: OfferReview[];
  /** Host only: a per-student tally is for the teacher, never for the class. */
  participation: Participation[] | null;
  /** Host and level 'team' only: students wrote them to the teacher. */
  reflections: { round: number; seatId: SeatId; delegation: DelegationId; prompt: string; text: string }[];
  prompts: DebriefPrompt[];
  scores: Record<DelegationId, number> | null;
  /** The closing meters (true values, misperception removed). */
  finalMeters: Meters;
}

/** The teacher's current release, as the host page shows it. */
export interface ReleaseInfo {
  level: ReleaseLevel;
  pseudonyms: boolean;
  /** "/shared/<token>" */
  path: string;
  url: string;
}

/** GET /api/sessions/:code/review: the host's full model plus what is released now. */
export type HostReviewReply = ReviewModel & { release: ReleaseInfo | null };

/** GET /api/sessions/:code/replay: what the host's browser needs to replay the session for the scrubber. */
export interface HostReplayReply {
  scenario: Scenario;
  transcript: Transcript;
}
