// The shape of a game: scenario data, the whole session state and its meters.
// Pure types only. Must not import Node, the DOM, Colyseus, Phaser or the clock.

/** Bumped whenever a rule change would make an old transcript replay differently. */
export const RULES_VERSION = 4 as const;

/** A delegation id as written in the scenario file ("washington", "pyongyang", ...). */
export type DelegationId = string;
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
// Scenario (data file, validated by shared/scenario)
// ---------------------------------------------------------------------------------------------

export interface DelegationSpec {
  id: DelegationId;
  name: string; // "Washington"
  /** Who they are, in a sentence ("The United States government"). */
  actor: string;
  /** Colour for the board; never the only signal. CSS hex. */
  color: string;
  publicBrief: string;
  /** Seen only by this delegation's own team (and the teacher). */
  privateBrief: string;
  objectives: ObjectiveSpec[];
  redLines: string[];
}

/** A scored objective: a meter condition checked at the end. Points add up to the delegation's score. */
export interface ObjectiveSpec {
  id: string;
  text: string;
  points: number;
  /** The meter the objective reads. */
  meter:
    | { kind: 'tension' }
    | { kind: 'world'; meter: WorldMeter }
    | { kind: 'talks' }
    | { kind: 'credibility' } // the delegation's own credibility
    | { kind: 'threat'; from: DelegationId; to: DelegationId };
  /** Met when the meter's final value is at most / at least the threshold. */
  op: 'atMost' | 'atLeast';
  threshold: number;
}

export type MoveTarget =
  | { kind: 'none' } // affects the world, not one delegation in particular
  | { kind: 'fixed'; delegation: DelegationId }
  | { kind: 'choose' }; // the team picks a target when proposing

export interface MoveSpec {
  id: string; // unique within the delegation, e.g. "jointDrills"
  label: string;
  category: MoveCategory;
  /** Covert moves are revealed later by an event, or at the debrief. */
  visibility: 'public' | 'covert';
  target: MoveTarget;
  /** Goldstein conflict–cooperation weight, −10 (hostile) … +10 (cooperative). */
  goldstein: number;
  /** Deltas applied to world meters and the talks ladder when the move resolves. */
  effects: Partial<Record<WorldMeter, number>> & { talks?: number };
  /**
   * The move only takes effect when the listed delegation chooses the listed move in the same round
   * (e.g. a first-phase agreement). Otherwise it resolves as an offer with no ladder effect.
   */
  requires?: { delegation: DelegationId; moveId: string };
  /**
   * Direct changes to how threatened one delegation feels by another when the move takes effect (a broker
   * calming a pair, an ally reassured, arms sent to an adversary alarming its rivals once known).
   */
  pairs?: { from: DelegationId; to: DelegationId; delta: number }[];
  /** One or two sentences a student can read: what it is and what it tends to do. */
  why: string;
}

export type NewsTrigger =
  | { kind: 'scheduled'; round: number }
  | { kind: 'threshold'; meter: 'tension' | WorldMeter; op: 'atLeast' | 'atMost'; value: number }
  | { kind: 'injectable' }; // only when the teacher injects it

export interface NewsSpec {
  id: string;
  headline: string;
  body: string;
  trigger: NewsTrigger;
  /**
   * Optional immediate meter nudges when the news breaks. A `tension` nudge raises the threat rivals feel toward
   * each other (never between allies, as `params.allies` names them), so that tension moves by about the nudge.
   */
  effects?: Partial<Record<WorldMeter | 'tension', number>>;
  /** Reveals every covert move made so far by these delegations (e.g. "a leaked cable"). */
  revealsCovertOf?: DelegationId[];
}

export interface ModelParams {
  /** Reaction k[i][j]: how much i's threat follows j's threat toward i, around H0. */
  reaction: Record<DelegationId, Record<DelegationId, number>>;
  /** Restraint a[i]: pull back toward baseline per round. */
  restraint: Record<DelegationId, number>;
  /** Baseline grievance B[i][j]. */
  baseline: Record<DelegationId, Record<DelegationId, number>>;
  /** Rules version 1's neutral level H0 in the reaction term; since version 2 the reaction reads the other's baseline instead. */
  neutral: number;
  /** β: scale of a move's Goldstein impulse. */
  impulse: number;
  /** γ: spillover from a move toward i's ally, by ordered pair [i][ally]. Missing means 0. */
  allies: Record<DelegationId, Record<DelegationId, number>>;
  /** ρ: reciprocity relief when both sides made cooperative moves toward each other within 2 rounds. */
  reciprocity: number;
  /** Weights of each directed pair in global tension (normalised when used). Missing means 1. */
  tensionWeights: Record<DelegationId, Record<DelegationId, number>>;
  /** Band lower thresholds for posturing, crisis, intenseCrisis, brink (calm starts at 0). */
  bandThresholds: [number, number, number, number];
  /** To drop a band, tension must fall this far below that band's threshold. */
  hysteresis: number;
  credibility: {
    /** Credibility lost for breaking a commitment, plus `perRound` for each round it stood. */
    brokenBase: number;
    perRound: number;
    /** Lost for de-escalating right after being targeted, without reciprocation (ceding ground). */
    cedingGround: number;
    /** Gained when a unilateral conciliatory move is answered in kind (GRIT). */
    answeredBonus: number;
    /** Gained at home for answering a hostile move in kind the next round (standing firm). Missing means 0. */
    firmness?: number;
  };
  /** Chance per round that each still-hidden covert move is found out (drawn from the seeded generator). Missing means 0. */
  covertDetection?: number;
  /** The arms race feeds fear: every pair's threat rises by feed·(armsRace − neutral)/50·baseline/50 each round. */
  armsRace?: { feed: number; neutral: number };
  /**
   * Near the brink, accidents happen: at the end of a round in the two top bands an incident fires with this
   * chance (seeded), raising every peninsula pair's threat and costing every delegation credibility.
   */
  incidents?: { intenseCrisis: number; brink: number; threat: number; credibility: number };
  /** A conciliatory move repeated toward the same target weighs this factor less each earlier time (1 = no decay). */
  repeatDecay?: number;
  /** A signed agreement: relief on both directions of the pair each round it stands; a hostile act collapses it. */
  agreement?: { relief: number; collapseRungs: number };
  /** Misperception: bias and noise when a delegation reads others' hostility. */
  misperception: { enabled: boolean; noise: number; bias: Record<DelegationId, number> };
  /** Per-round drift of each world meter with nobody acting (e.g. sanctions slowly eroding). Missing means 0. */
  drift?: Partial<Record<WorldMeter, number>>;
}

export interface InitialMeters {
  threat: Record<DelegationId, Record<DelegationId, number>>;
  world: Record<WorldMeter, number>;
  talks: number;
  credibility: Record<DelegationId, number>;
}

export interface Scenario {
  /** Format version of the scenario file itself. */
  formatVersion: 1;
  id: string;
  version: number;
  title: string;
  summary: string;
  /** Where the content comes from, for the teacher. */
  source: string;
  delegations: DelegationSpec[];
  /** Moves per delegation; "hold" is always added by the rules and need not be listed. */
  moves: Record<DelegationId, MoveSpec[]>;
  news: NewsSpec[];
  params: ModelParams;
  initial: InitialMeters;
  /** One-line prompts, one per reflection phase in turn (cycled). */
  reflectionPrompts: string[];
  /** Debrief prompts in Describe, Analyze, Transfer, Apply order. */
  debriefPrompts: { stage: 'describe' | 'analyze' | 'transfer' | 'apply'; text: string }[];
  /** What a bot-played delegation does: tit-for-tat toward whoever targeted it, else this move. */
  botDefaultMove: Record<DelegationId, string>;
  /**
   * The languages the file is written in, the language of its own text fields first (missing: English only).
   * Every other listed language needs a complete entry in `translations` (the loader names any missing text).
   */
  languages?: string[];
  /** Every text a person reads, per language other than the first. */
  translations?: Record<string, ScenarioText>;
}

/** A scenario's readable text in one language, keyed by the ids of the base file. */
export interface ScenarioText {
  title: string;
  summary: string;
  delegations: Record<
    DelegationId,
    {
      name: string;
      actor: string;
      publicBrief: string;
      privateBrief: string;
      objectives: Record<string, string>;
      redLines: string[];
    }
  >;
  moves: Record<DelegationId, Record<string, { label: string; why: string }>>;
  news: Record<string, { headline: string; body: string }>;
  reflectionPrompts: string[];
  /** In the order of the base file's debrief prompts. */
  debriefPrompts: string[];
}

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
