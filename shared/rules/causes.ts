// Why a meter moved, as data: a code with parameters (who, which move, toward whom), never prose. Text is
// made from a cause by one catalogue per language (shared/causes/). Pure types and keys only.
import type { DelegationId } from '../scenario/types.ts';

/**
 * The mechanism behind a change, so a chart can split a round's tension change by kind:
 * - news: a news item; direct: a move's own effect on its target (and its stated effects);
 * - spillover: a move toward someone's ally; reciprocity: conciliatory moves both ways, or an agreement holding;
 * - answering: answering the other side's hostility (the spiral); cooling: tempers cooling with time;
 * - grievance: old grievances returning (threat climbing back up to its usual level);
 * - armsRace: the arms race feeding fear; incident: an accident near the brink;
 * - audience: credibility at home (words kept or broken, ceding ground, standing firm, offers answered);
 * - drift: slow background change of a world meter; sum: the tension total, split into parts.
 */
export const MECHANISMS = [
  'news',
  'direct',
  'spillover',
  'reciprocity',
  'answering',
  'cooling',
  'grievance',
  'armsRace',
  'incident',
  'audience',
  'drift',
  'sum',
] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/** Every kind of cause the model emits; each has one template per language in shared/causes/. */
export const CAUSE_CODES = [
  'move', // who made move (toward) → direct effect
  'spill', // who made move toward `toward`, the ally of the one who feels it (`other`)
  'offerOnly', // who made a conditional move that `other` did not match: no effect beyond the gesture
  'revealed', // who's covert move of `round` came to light; its effects land now
  'news', // a news item (`news` = scenario id, or `text` for the teacher's own headline)
  'reciprocity', // who and other made conciliatory moves toward each other
  'agreementHolds', // who and other's signed agreement keeps calming them
  'agreementCollapsed', // who's move against other collapsed their agreement
  'answering', // who answers other's hostility toward it
  'cooling', // who's temper toward other cools with time
  'grievance', // who's old grievance against other returns
  'armsRace', // the arms race feeds who's fear of other
  'incident', // an accident near the brink (`incident` = which)
  'background', // slow drift of a world meter
  'brokenWord', // who broke its public `kind` of `round` (stood `count` rounds): by its own move, or leaving other's move unanswered
  'keptWord', // who kept its public `kind` of `round` to the end
  'cededGround', // who made move right after other's otherMove, with nothing in return
  'stoodFirm', // who answered other's otherMove with move
  'answeredOffer', // who's move of `round` was answered by other's otherMove
  'revealedByNews', // a covert move came to light through news `news`
  'detected', // a covert move was found out by the others' intelligence services
  'revealedAtEnd', // a covert move shown at the end of the session
  'tension', // peninsula tension: the weighted mean of all threat values; `parts` says what moved it
] as const;
export type CauseCode = (typeof CAUSE_CODES)[number];

export const INCIDENTS = ['borderClash', 'nearMiss'] as const;
export type Incident = (typeof INCIDENTS)[number];

/** One cause. Fields other than `code` and `mechanism` are present only where the code uses them. */
export interface Cause {
  code: CauseCode;
  mechanism: Mechanism;
  /** The delegation that acted, or the one who feels (answering, cooling, grievance, armsRace). */
  who?: DelegationId;
  /** Its move id (scenario move, or "hold"). */
  move?: string;
  /** Whom its move was aimed at. */
  toward?: DelegationId;
  /** The second delegation: partner, answerer, the one whose hostility is answered, the ally. */
  other?: DelegationId;
  /** The second delegation's move. */
  otherMove?: string;
  /** A scenario news id. */
  news?: string;
  /** The teacher's own headline (free news has no scenario id). */
  text?: string;
  /** The round a past move or commitment was made in. */
  round?: number;
  /** How many rounds a commitment stood; how many times a gesture was made before. */
  count?: number;
  kind?: 'pledge' | 'warning' | 'agreement';
  incident?: Incident;
  /** For `tension`: what moved it, largest first, each with its share of the change in points. */
  parts?: { cause: Cause; amount: number }[];
}

/**
 * The driver a cause belongs to, for grouping: the same move (direct and spillover alike), the same news, or
 * the same model term. Two causes with the same key read as one reason.
 */
export function driverKey(c: Cause): string {
  switch (c.code) {
    case 'move':
    case 'spill':
    case 'offerOnly':
    case 'revealed':
    case 'agreementCollapsed':
    case 'stoodFirm':
    case 'cededGround':
      return `move|${c.who ?? ''}|${c.move ?? ''}`;
    case 'news':
      return `news|${c.news ?? c.text ?? ''}`;
    case 'reciprocity':
    case 'agreementHolds':
      return `${c.code}|${[c.who, c.other].sort().join('|')}`;
    case 'answering':
    case 'cooling':
    case 'grievance':
    case 'armsRace':
      return `${c.code}|${c.other ?? ''}`;
    default:
      return c.code;
  }
}
