// The one shape every language's catalogue must have: every key of every section, checked at compile time.
// Pure: no DOM, no Node. A UI or review string's key is declared by writing it in en.ts (UiText and ReviewText
// are its keys); any other section's key is declared here. The compiler then lists every language that lacks it.
import type { ErrorCode } from '../rules/errors.ts';
import type { CauseCode, Incident } from '../rules/causes.ts';
import type { Band, MoveCategory, Phase, TalksRung, WorldMeter } from '../rules/types.ts';
import type { TimelineKind } from '../transcript/review-types.ts';
import type { en } from './en.ts';
import type { LabText } from './lab-types.ts';

/** Client-side failures that are not rule or protocol codes. */
export type ClientErrorCode =
  'net/offline' | 'net/reconnecting' | 'net/lost' | 'net/timeout' | 'form/code' | 'form/name';

/** Plain UI strings, one per key: the keys are English's (`en.text`), and every language must have each. */
export type UiText = Record<keyof (typeof en)['text'], string>;
export type MessageKey = keyof UiText;

/** The review page's and the review model's words: the keys are English's (`en.review`). */
export type ReviewText = Record<keyof (typeof en)['review'], string>;
export type ReviewKey = keyof ReviewText;

/** Words for the ids the rules use: one name per phase, band, category, meter and rung, everywhere. */
export interface Terms {
  phase: Record<Phase, string>;
  band: Record<Band, string>;
  category: Record<MoveCategory, string>;
  world: Record<WorldMeter, string>;
  talks: Record<TalksRung, string>;
  stage: Record<'describe' | 'analyze' | 'transfer' | 'apply', string>;
  timeline: Record<TimelineKind, string>;
  channel: Record<'public' | 'diplomatic' | 'team', string>;
  commitment: Record<'pledge' | 'warning', string>;
  commitmentStatus: Record<'standing' | 'kept' | 'broken', string>;
}

/** A cause's parameters as words in the catalogue's language (names and labels already looked up). */
export interface CauseWords {
  who: string;
  move: string;
  toward: string;
  other: string;
  otherMove: string;
  news: string;
  round: number;
  /** Rounds a commitment stood. */
  count: number;
  /** pledge / warning / agreement, in words. */
  kind: string;
  incident: string;
}

/**
 * Cause text: one template per cause code the model emits (shared/rules/causes.ts), each a function of the
 * cause's words; `up` says whether the change it explains went up (answering hostility reads differently when
 * the other side is calm). Written at a Flesch–Kincaid grade of 8 or below in English (tested).
 */
export interface CauseText {
  code: Record<CauseCode, (w: CauseWords, up: boolean) => string>;
  /** "Washington feels 3.1 more threatened by Pyongyang". */
  threat: (who: string, by: string, amount: string, up: boolean) => string;
  /** "peninsula tension +2.0", "arms race −1.0". */
  meter: (name: string, signed: string) => string;
  /** "Seoul's credibility −6.0". */
  credibility: (who: string, signed: string) => string;
  /** "talks ladder: frozen → contacts". */
  talks: (from: string, to: string) => string;
  /** What joins a cause to its change: " → ". */
  arrow: string;
  tension: string;
  kinds: Record<'pledge' | 'warning' | 'agreement', string>;
  incidents: Record<Incident, string>;
  /** "3 other small changes". */
  others: (count: number) => string;
  /** Used when a name is unknown (a teacher's own headline stands in for news). */
  someone: string;
}

export interface Catalogue {
  /** The language's own name, for the picker ("English", "한국어"). */
  name: string;
  /** BCP 47 tag for `lang` attributes. */
  tag: string;
  text: UiText;
  errors: Record<ErrorCode | ClientErrorCode, string>;
  terms: Terms;
  review: ReviewText;
  causes: CauseText;
  /** The what-if lab (lab-types.ts). */
  lab: LabText;
}
