// Conciliatory offers and what became of them (Osgood's GRIT): answered, ignored, or still open at the end.
// The rule itself is the model's (shared/rules/model/offers.ts), so review and scores never disagree.
// Pure; reads resolved moves only. Must not import the reducer or anything impure.
import { walkOffers } from '../rules/model/offers.ts';
import type { DelegationId } from '../scenario/types.ts';
import type { OfferReview, Scope } from './review-types.ts';

export { ANSWER_WINDOW_ROUNDS } from '../rules/model/offers.ts';

/** A resolved move as the review knows it. */
export interface MoveFact {
  round: number;
  delegation: DelegationId;
  target: DelegationId | null;
  label: string;
  goldstein: number;
  scope: Scope;
  /** Covert moves are never offers (a secret gesture asks nothing of anyone), by the model's rule too. */
  covert?: boolean;
}

const SCOPE_RANK: Record<Scope, number> = { public: 0, diplomatic: 1, team: 2, host: 3 };

/** The narrower of two scopes: an offer is only as visible as its least visible move. */
export function narrower(a: Scope, b: Scope): Scope {
  return SCOPE_RANK[a] >= SCOPE_RANK[b] ? a : b;
}

/**
 * The offers of a session by the model's rule. `credited` holds the rules' own causes for answered offers,
 * keyed "offeredBy>answeredBy" (rendered by the caller).
 */
export function reviewOffers(
  moves: readonly MoveFact[],
  lastRound: number,
  credited: ReadonlyMap<string, string>,
): OfferReview[] {
  return walkOffers(
    moves.filter((m) => !m.covert),
    lastRound,
  ).map(({ offer, answer, status }) => ({
    round: offer.round,
    offeredBy: offer.delegation,
    to: offer.target ?? '',
    label: offer.label,
    status,
    answeredRound: answer?.round ?? null,
    answerLabel: answer?.label ?? null,
    cause: answer ? (credited.get(`${offer.delegation}>${offer.target}`) ?? null) : null,
    scope: answer ? narrower(offer.scope, answer.scope) : offer.scope,
  }));
}
