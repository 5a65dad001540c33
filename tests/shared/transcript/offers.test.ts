// What the review says of each conciliatory offer (reviewOffers): answered, ignored or open, with the answer, the
// rules' credited cause and the scope the line may be released at. A teacher reads these lines to the class.
import { describe, expect, it } from 'vitest';
import { narrower, reviewOffers, type MoveFact } from '../../../shared/transcript/offers.ts';
import type { Scope } from '../../../shared/transcript/review-types.ts';

const move = (over: Partial<MoveFact> & Pick<MoveFact, 'round' | 'delegation' | 'target'>): MoveFact => ({
  label: `${over.delegation} r${over.round}`,
  goldstein: 3,
  scope: 'public',
  ...over,
});

describe('narrower: an offer is only as visible as its least visible move', () => {
  const order: Scope[] = ['public', 'diplomatic', 'team', 'host'];
  for (const [i, a] of order.entries())
    for (const [j, b] of order.entries())
      it(`${a} and ${b} give ${order[Math.max(i, j)]}`, () => {
        expect(narrower(a, b)).toBe(order[Math.max(i, j)]);
      });
});

describe('reviewOffers', () => {
  it('an answer on the last day of the window counts, with its round, label and the credited cause', () => {
    const moves = [
      move({ round: 1, delegation: 'usa', target: 'dprk', label: 'Food aid' }),
      move({ round: 3, delegation: 'dprk', target: 'usa', label: 'Pause tests' }),
    ];
    const [offer] = reviewOffers(moves, 6, new Map([['usa>dprk', 'GRIT: the answer built trust']]));
    expect(offer).toEqual({
      round: 1,
      offeredBy: 'usa',
      to: 'dprk',
      label: 'Food aid',
      status: 'answered',
      answeredRound: 3,
      answerLabel: 'Pause tests',
      cause: 'GRIT: the answer built trust',
      scope: 'public',
    });
  });

  it('an ignored offer has no answer and no cause, even when a cause is credited for that pair', () => {
    const moves = [move({ round: 1, delegation: 'usa', target: 'dprk', label: 'Food aid', scope: 'diplomatic' })];
    expect(reviewOffers(moves, 6, new Map([['usa>dprk', 'credited']]))).toEqual([
      {
        round: 1,
        offeredBy: 'usa',
        to: 'dprk',
        label: 'Food aid',
        status: 'ignored',
        answeredRound: null,
        answerLabel: null,
        cause: null,
        scope: 'diplomatic',
      },
    ]);
  });

  it('an answered offer without a credited cause says none; the cause is keyed by who offered to whom', () => {
    const moves = [
      move({ round: 2, delegation: 'usa', target: 'dprk' }),
      move({ round: 2, delegation: 'dprk', target: 'usa' }),
    ];
    const [offer] = reviewOffers(moves, 2, new Map([['dprk>usa', 'the other way round']]));
    expect(offer?.status).toBe('answered');
    expect(offer?.cause).toBeNull();
  });

  it('an open offer (its window outlives the session) is listed as open', () => {
    const [offer] = reviewOffers([move({ round: 5, delegation: 'rok', target: 'prc' })], 6, new Map());
    expect(offer).toMatchObject({ status: 'open', to: 'prc', answeredRound: null, answerLabel: null, cause: null });
  });

  it('an offer answered in a narrower channel is released only at that narrower scope', () => {
    const moves = [
      move({ round: 1, delegation: 'usa', target: 'dprk', scope: 'public' }),
      move({ round: 2, delegation: 'dprk', target: 'usa', scope: 'team' }),
    ];
    expect(reviewOffers(moves, 6, new Map())[0]?.scope).toBe('team');
    const secretOffer = [
      move({ round: 1, delegation: 'usa', target: 'dprk', scope: 'host' }),
      move({ round: 2, delegation: 'dprk', target: 'usa', scope: 'public' }),
    ];
    expect(reviewOffers(secretOffer, 6, new Map())[0]?.scope).toBe('host');
  });

  it('covert moves are neither offers nor answers: a secret gesture asks nothing of anyone', () => {
    const moves = [
      move({ round: 1, delegation: 'usa', target: 'dprk', covert: true }),
      move({ round: 1, delegation: 'rok', target: 'dprk' }),
      move({ round: 2, delegation: 'dprk', target: 'rok', covert: true }),
    ];
    const offers = reviewOffers(moves, 6, new Map());
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ offeredBy: 'rok', status: 'ignored', answeredRound: null });
  });
});
