// Tension bands: entered at once, left only well below the line (hysteresis), and a pause at the brink.
import { describe, expect, it } from 'vitest';
import { nextBand, resolveRound } from '../../../shared/rules/model/index.ts';
import { BANDS } from '../../../shared/rules/types.ts';
import { fresh, korea, movesFor, playRounds } from './helpers.ts';
import { KOREA_ESCALATION } from '../../fixtures/korea-moves.ts';

const thresholds = [20, 40, 55, 70];

describe('bands with hysteresis', () => {
  const cases: [string, number, number, number][] = [
    ['rises as soon as a threshold is reached', 1, 40, 2],
    ['rises several bands in one step', 0, 71, 4],
    ['stays in Crisis just below its line', 2, 39.9, 2],
    ['stays in Crisis down to 10 below its line', 2, 30, 2],
    ['drops once more than 10 below', 2, 29.9, 1],
    ['drops several bands when far below each', 3, 9, 0],
    ['drops only as far as the hysteresis allows', 3, 35, 2],
  ];
  it.each(cases)('%s', (_name, band, tension, expected) => {
    expect(nextBand(thresholds, 10, band, tension)).toBe(expected);
  });
});

describe('the top band', () => {
  const escalate = KOREA_ESCALATION;

  it('starts a crisis hold once, when sustained escalation by everyone reaches the brink', () => {
    const { state, rounds } = playRounds(
      korea,
      fresh(korea, { rounds: 12 }),
      Array.from({ length: 10 }, () => escalate),
    );
    expect(state.meters.band).toBe(BANDS.indexOf('brink'));
    expect(state.crisisHold).toBe(true);
    const holds = rounds.flat().filter((e) => e.type === 'crisisHoldStarted');
    expect(holds).toHaveLength(1);
  });

  it('does not start another hold while one is running', () => {
    const top = fresh();
    const brink = {
      ...top,
      round: 1,
      phase: 'resolution' as const,
      crisisHold: true,
      meters: { ...top.meters, band: 3 },
    };
    const hot = {
      ...brink,
      meters: {
        ...brink.meters,
        threat: Object.fromEntries(
          Object.entries(brink.meters.threat).map(([i, row]) => [
            i,
            Object.fromEntries(Object.keys(row).map((j) => [j, 100])),
          ]),
        ),
      },
    };
    const step = resolveRound(korea, { ...hot, pendingMoves: movesFor(korea, 1, {}) });
    expect(step.state.meters.band).toBe(4);
    expect(step.events.some((e) => e.type === 'crisisHoldStarted')).toBe(false);
  });
});
