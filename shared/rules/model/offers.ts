// The one rule for a conciliatory offer and its answer, used by the model (credibility for an answered offer)
// and by the review (offers answered and ignored). Pure; must not import the reducer or anything impure.
import type { DelegationId } from '../../scenario/types.ts';

/** The answer window: the target may answer in the offer's round or the two after (the model's reciprocity window). */
export const ANSWER_WINDOW_ROUNDS = 2;

/** What the rule reads of a move: a visible move, in round order (within a round, in delegation order). */
export interface OfferMove {
  round: number;
  delegation: DelegationId;
  target: DelegationId | null;
  goldstein: number;
}

export interface Offer<M extends OfferMove> {
  offer: M;
  answer: M | null;
  status: 'open' | 'answered' | 'ignored';
}

/**
 * Walks the moves in order. A conciliatory move (Goldstein > 0) aimed at B is an answer when B has an open
 * offer toward its author from this round or the two before; otherwise it is a new offer. Offers whose window
 * passed unanswered by `lastRound` are ignored; those whose window outlives it stay open.
 */
export function walkOffers<M extends OfferMove>(moves: readonly M[], lastRound: number): Offer<M>[] {
  const offers: Offer<M>[] = [];
  const sorted = [...moves].sort((a, b) => a.round - b.round);
  for (const move of sorted) {
    if (move.goldstein <= 0 || move.target === null) continue;
    const open = offers.find(
      (o) =>
        o.status === 'open' &&
        o.offer.delegation === move.target &&
        o.offer.target === move.delegation &&
        move.round - o.offer.round <= ANSWER_WINDOW_ROUNDS,
    );
    if (open) {
      open.status = 'answered';
      open.answer = move;
      continue;
    }
    offers.push({ offer: move, answer: null, status: 'open' });
  }
  for (const o of offers)
    if (o.status === 'open' && lastRound - o.offer.round >= ANSWER_WINDOW_ROUNDS) o.status = 'ignored';
  return offers;
}
