// Invariants under any moves (fast-check): meters stay in range, every change is an event that agrees with
// the state, and the same inputs always give the same outputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../../shared/rules/events.ts';
import { movesOf } from '../../../shared/rules/moves.ts';
import { publishNews, resolveRound } from '../../../shared/rules/model/index.ts';
import type { CommitmentTerms, GameState, Meters, ResolvedMove } from '../../../shared/rules/types.ts';
import type { Scenario } from '../../../shared/scenario/types.ts';
import { BANDS, TALKS_LADDER, WORLD_METERS } from '../../../shared/rules/types.ts';
import { fresh, korea, river, withCommitment, secretive } from './helpers.ts';

interface RoundInput {
  picks: number[];
  targets: number[];
  pledge: { who: number; kind: 'pledge' | 'warning'; target: number } | null;
  news: number | null;
}

const roundInput = fc.record({
  picks: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
  targets: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
  pledge: fc.option(
    fc.record({ who: fc.nat(), kind: fc.constantFrom('pledge' as const, 'warning' as const), target: fc.nat() }),
  ),
  news: fc.option(fc.nat()),
});

/** Any legal round: each delegation picks any of its moves with a legal target; maybe a commitment; maybe news. */
function playRandom(
  scenario: Scenario,
  inputs: RoundInput[],
  misperception: boolean,
  seed: number,
): { state: GameState; events: GameEvent[] } {
  const ids = scenario.delegations.map((d) => d.id);
  let state = fresh(scenario, { rounds: inputs.length, misperception }, seed);
  const events: GameEvent[] = [];
  inputs.forEach((input, r) => {
    const round = r + 1;
    if (input.pledge) {
      const who = ids[input.pledge.who % ids.length]!;
      const others = ids.filter((id) => id !== who);
      const target = others[input.pledge.target % others.length]!;
      const terms: CommitmentTerms =
        input.pledge.kind === 'pledge'
          ? { kind: 'pledge', target: input.pledge.target % 2 ? target : null }
          : { kind: 'warning', target };
      state = withCommitment(state, who, terms, round, `m${round}`);
    }
    if (input.news !== null && scenario.news.length > 0) {
      const step = publishNews(
        scenario,
        { ...state, round, phase: 'news' },
        scenario.news[input.news % scenario.news.length]!.id,
        'teacher',
      );
      state = step.state;
      events.push(...step.events);
    }
    const pending: ResolvedMove[] = ids.map((id, k) => {
      const moves = movesOf(scenario, id);
      const spec = moves[(input.picks[k] ?? 0) % moves.length]!;
      const others = ids.filter((o) => o !== id);
      const target =
        spec.target.kind === 'fixed'
          ? spec.target.delegation
          : spec.target.kind === 'choose'
            ? others[(input.targets[k] ?? 0) % others.length]!
            : null;
      return {
        round,
        delegation: id,
        moveId: spec.id,
        target,
        proposalId: null,
        byBot: false,
        covert: spec.visibility === 'covert',
        revealedRound: null,
      };
    });
    const step = resolveRound(scenario, { ...state, round, phase: 'resolution', pendingMoves: pending });
    state = step.state;
    events.push(...step.events);
  });
  return { state, events };
}

function inRange(meters: Meters): boolean {
  const values = [
    meters.tension,
    ...WORLD_METERS.map((m) => meters.world[m]),
    ...Object.values(meters.credibility),
    ...Object.values(meters.threat).flatMap((row) => Object.values(row)),
  ];
  return (
    values.every((v) => Number.isFinite(v) && v >= 0 && v <= 100 && Math.round(v * 10) / 10 === v) &&
    Number.isInteger(meters.band) &&
    meters.band >= 0 &&
    meters.band < BANDS.length &&
    Number.isInteger(meters.talks) &&
    meters.talks >= 0 &&
    meters.talks < TALKS_LADDER.length
  );
}

/** Applies meterChanged events to a copy of the meters, checking each starts where the last left off. */
function foldChanges(start: Meters, events: readonly GameEvent[]): Meters {
  const m: Meters = structuredClone(start);
  for (const e of events) {
    if (e.type === 'bandChanged') {
      expect(e.from).toBe(m.band);
      m.band = e.to;
    }
    if (e.type !== 'meterChanged') continue;
    const ref = e.meter;
    const get = (): number =>
      ref.kind === 'tension'
        ? m.tension
        : ref.kind === 'talks'
          ? m.talks
          : ref.kind === 'world'
            ? m.world[ref.meter]
            : ref.kind === 'credibility'
              ? m.credibility[ref.delegation]!
              : m.threat[ref.from]![ref.to]!;
    expect(e.from).toBe(get());
    expect(e.cause.code.length).toBeGreaterThan(2);
    if (ref.kind === 'tension') m.tension = e.to;
    else if (ref.kind === 'talks') m.talks = e.to;
    else if (ref.kind === 'world') m.world[ref.meter] = e.to;
    else if (ref.kind === 'credibility') m.credibility[ref.delegation] = e.to;
    else m.threat[ref.from]![ref.to] = e.to;
  }
  return m;
}

describe.each([
  ['korea', korea],
  ['river', river],
] as const)('any sequence of moves in %s', (_id, scenario) => {
  it('keeps every meter in range, and every change is an event that chains to the final state', () => {
    fc.assert(
      fc.property(
        fc.array(roundInput, { minLength: 1, maxLength: 10 }),
        fc.boolean(),
        fc.nat(),
        (inputs, misperception, seed) => {
          const start = fresh(scenario, {}, seed);
          const { state, events } = playRandom(scenario, inputs, misperception, seed);
          expect(state.history.every(inRange)).toBe(true);
          expect(state.history).toHaveLength(inputs.length + 1);
          expect(foldChanges(start.meters, events)).toEqual(state.meters);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same moves and seed give the same state and events', () => {
    fc.assert(
      fc.property(fc.array(roundInput, { minLength: 1, maxLength: 6 }), fc.nat(), (inputs, seed) => {
        expect(playRandom(scenario, inputs, true, seed)).toEqual(playRandom(scenario, inputs, true, seed));
      }),
      { numRuns: 50 },
    );
  });
});

describe('misperception', () => {
  it('uses the seeded generator, so seeds differ but each replays exactly, and true values stay in state', () => {
    // No chance detection here, so the generator moves only for misperception.
    const hidden = secretive(korea);
    const plan: RoundInput[] = [{ picks: [0, 0, 0, 0, 0], targets: [0, 0, 0, 0, 0], pledge: null, news: null }];
    const a = playRandom(hidden, plan, true, 1);
    const b = playRandom(hidden, plan, true, 2);
    expect(a.state.rng).not.toBe(fresh(hidden, {}, 1).rng);
    expect(a.state.meters.threat).not.toEqual(b.state.meters.threat);
    expect(a.events.some((e) => e.type === 'meterChanged' && e.cause.code === 'answering')).toBe(true);
    const off = playRandom(hidden, plan, false, 1);
    expect(off.state.rng).toBe(fresh(hidden, {}, 1).rng);
  });
});
