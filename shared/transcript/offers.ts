// Conciliatory offers and what became of them (Osgood's GRIT): answered, ignored, or still open at the end.
// Pure; reads resolved moves only. Must not import the reducer or anything impure.
import type { DelegationId } from '../rules/types.ts';
import type { OfferReview, Scope } from './review-types.ts';

/** A resolved move as the review knows it. */
export interface MoveFact {
  round: number;
  delegation: DelegationId;
  target: DelegationId | null;
  label: string;
  goldstein: number;
  scope: Scope;
}

/** The answer window: the target may answer in the offer's round or the two after (the model's reciprocity window). */
export const ANSWER_WINDOW_ROUNDS = 2;

const SCOPE_RANK: Record<Scope, number> = { public: 0, diplomatic: 1, team: 2, host: 3 };

/** The narrower of two scopes: an offer is only as visible as its least visible move. */
export function narrower(a: Scope, b: Scope): Scope {
  return SCOPE_RANK[a] >= SCOPE_RANK[b] ? a : b;
}

/**
 * Walks the rounds in order. A conciliatory move (Goldstein > 0) aimed at B is an answer when B has an open
 * offer toward its author from this round or the two before; otherwise it is a new offer. Offers whose window
 * passed unanswered are ignored; those whose window outlived the session stay open.
 * `credited` holds the rules' own causes for answered offers, keyed "offeredBy>answeredBy".
 */
export function reviewOffers(moves: readonly MoveFact[], lastRound: number, credited: ReadonlyMap<string, string>): OfferReview[] {
  const offers: OfferReview[] = [];
  const sorted = [...moves].sort((a, b) => a.round - b.round);
  for (const move of sorted) {
    if (move.goldstein <= 0 || move.target === null) continue;
    const answered = offers.find(
      (o) =>
        o.status === 'open' &&
        o.offeredBy === move.target &&
        o.to === move.delegation &&
        move.round - o.round <= ANSWER_WINDOW_ROUNDS,
    );
    if (answered) {
      answered.status = 'answered';
      answered.answeredRound = move.round;
      answered.answerLabel = move.label;
      answered.cause = credited.get(`${answered.offeredBy}>${answered.to}`) ?? null;
      answered.scope = narrower(answered.scope, move.scope);
      continue;
    }
    offers.push({
      round: move.round,
      offeredBy: move.delegation,
      to: move.target,
      label: move.label,
      status: 'open',
      answeredRound: null,
      answerLabel: null,
      cause: null,
      scope: move.scope,
    });
  }
  for (const offer of offers) {
    if (offer.status === 'open' && lastRound - offer.round >= ANSWER_WINDOW_ROUNDS) offer.status = 'ignored';
  }
  return offers;
}
