// The one shape every language's catalogue must have: every key of every section, checked at compile time.
// Pure: no DOM, no Node. Adding a key means adding it here and in each language file (the compiler lists the gaps).
import type { ErrorCode } from '../rules/errors.ts';
import type { Band, MoveCategory, Phase, TalksRung, WorldMeter } from '../rules/types.ts';

/** Client-side failures that are not rule or protocol codes. */
export type ClientErrorCode = 'net/offline' | 'net/reconnecting' | 'net/lost' | 'net/timeout' | 'form/code' | 'form/name';

/** Plain UI strings, one per key. `{name}` marks a value filled in by fill(). */
export interface UiText {
  appTitle: string;
  tagline: string;
  language: string;
  joinHeading: string;
  codeLabel: string;
  codeHint: string;
  nameLabel: string;
  nameHint: string;
  nameGenerate: string;
  joinButton: string;
  joining: string;
  loadingGame: string;
  statusOnline: string;
  statusConnecting: string;
  statusReconnecting: string;
  statusOffline: string;
  statusRemoved: string;
  you: string;
  delegation: string;
  round: string;
  phase: string;
  timeLeft: string;
  paused: string;
  noClock: string;
  crisisHold: string;
  briefing: string;
  publicBrief: string;
  privateBrief: string;
  objectives: string;
  points: string;
  redLines: string;
  board: string;
  boardAlt: string;
  metersHeading: string;
  causesHeading: string;
  news: string;
  noNews: string;
  teamChat: string;
  teamChatHint: string;
  diplomacy: string;
  diplomacyHint: string;
  diplomacyTo: string;
  statements: string;
  statementsHint: string;
  commitment: string;
  commitmentNone: string;
  pledge: string;
  warning: string;
  commitmentTarget: string;
  anyone: string;
  message: string;
  send: string;
  proposals: string;
  proposalsHint: string;
  move: string;
  target: string;
  rationale: string;
  propose: string;
  approve: string;
  withdraw: string;
  approvals: string;
  leading: string;
  noProposals: string;
  proposedBy: string;
  moves: string;
  category: string;
  lockedMove: string;
  revealedMoves: string;
  noMovesYet: string;
  covert: string;
  byBot: string;
  reflection: string;
  reflectionSubmit: string;
  reflectionDone: string;
  sent: string;
  empty: string;
  tension: string;
  pairs: string;
  threatRow: string;
  world: string;
  talksLadder: string;
  credibility: string;
  rising: string;
  falling: string;
  steady: string;
  feelsThreatenedBy: string;
  scores: string;
  ended: string;
  hold: string;
  holdWhy: string;
  hostHeading: string;
  createSession: string;
  scenario: string;
  rounds: string;
  phaseSeconds: string;
  reflectionToggle: string;
  create: string;
  yourSessions: string;
  open: string;
  forget: string;
  joinAt: string;
  qrAlt: string;
  roster: string;
  connected: string;
  disconnected: string;
  noStudents: string;
  controls: string;
  start: string;
  pause: string;
  resume: string;
  extend: string;
  skip: string;
  end: string;
  lock: string;
  unlock: string;
  resumeCrisis: string;
  endCrisis: string;
  injectNews: string;
  headline: string;
  orHeadline: string;
  inject: string;
  rename: string;
  remove: string;
  reassign: string;
  newName: string;
  channels: string;
  confirmEnd: string;
  confirmRemove: string;
  hostKeyMissing: string;
  projectorLink: string;
  reviewLink: string;
  projectorHeading: string;
  headlines: string;
  studentsPerDelegation: string;
}
export type MessageKey = keyof UiText;

/** Words for the ids the rules use: one name per phase, band, category, meter and rung, everywhere. */
export interface Terms {
  phase: Record<Phase, string>;
  band: Record<Band, string>;
  category: Record<MoveCategory, string>;
  world: Record<WorldMeter, string>;
  talks: Record<TalksRung, string>;
}

/**
 * Cause text: one entry per cause code the model emits, each a function of the cause's parameters (names
 * already in this language). Owned by the rules' cause codes; add an entry here and in every language file.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CauseText {}

export interface Catalogue {
  /** The language's own name, for the picker ("English", "한국어"). */
  name: string;
  /** BCP 47 tag for `lang` attributes. */
  tag: string;
  text: UiText;
  errors: Record<ErrorCode | ClientErrorCode, string>;
  terms: Terms;
  causes: CauseText;
}
