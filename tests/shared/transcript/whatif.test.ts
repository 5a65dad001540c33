// The what-if lab through the rules: a fork changes only what follows its round, keeps the others' recorded moves,
// never touches the transcript, runs under the session's own engine; reference curves and the mechanism split.
import { describe, expect, it } from 'vitest';
import { loadEngine, loadFrozenEngine } from '../../../shared/engines/registry.ts';
import { forkRun, recordedRun } from '../../../shared/transcript/fork.ts';
import { MECHANISMS, mechanismByRound, mechanismOf } from '../../../shared/transcript/mechanism.ts';
import { policyFor } from '../../../shared/transcript/policies.ts';
import { checkChoices, compareFork, labInfo, releaseFork } from '../../../shared/transcript/whatif.ts';
import { fixtureScenario, readFixture } from '../../fixtures/session-fixtures.ts';

const { transcript, scenario: own } = readFixture('rules-v1-finished');
const engine = (await loadEngine(transcript.header.rulesVersion))!;
const scenario = fixtureScenario(engine, transcript, own);
const recorded = recordedRun(engine, scenario, transcript);
const answerTheFreeze = { round: 3, delegation: 'washington', moveId: 'refrainFromDrills', target: 'pyongyang' };

describe('a fork of a recorded session', () => {
  it('the recorded run is the session as reviewed: same closing tension every round', () => {
    expect(recorded.tension).toEqual(engine.replay(scenario, transcript).state.history.map((m) => m.tension));
    expect(recorded.tension).toHaveLength(transcript.header.settings.rounds + 1);
  });

  it('"what if Washington had answered the freeze in round 3": same curve before round 3, another after', () => {
    const before = JSON.stringify(transcript);
    const fork = forkRun(engine, scenario, transcript, [answerTheFreeze], recorded);
    expect(JSON.stringify(transcript)).toBe(before); // forks are never written into the transcript
    expect(fork.tension.slice(0, 3)).toEqual(recorded.tension.slice(0, 3));
    expect(fork.tension.slice(3)).not.toEqual(recorded.tension.slice(3));
    const w3 = fork.moves.find((m) => m.round === 3 && m.delegation === 'washington');
    expect(w3).toMatchObject({ moveId: 'refrainFromDrills', source: 'chosen' });
    // Everyone else keeps the recorded move of every later round (all legal here).
    for (const m of fork.moves.filter((x) => x.round >= 3 && !(x.round === 3 && x.delegation === 'washington'))) {
      const was = recorded.moves.find((r) => r.round === m.round && r.delegation === m.delegation)!;
      expect({ round: m.round, delegation: m.delegation, moveId: m.moveId }).toEqual({
        round: was.round,
        delegation: was.delegation,
        moveId: was.moveId,
      });
    }
  });

  it('choosing the recorded move gives back the recorded session exactly', () => {
    const was = recorded.moves.find((m) => m.round === 2 && m.delegation === 'seoul')!;
    const fork = forkRun(
      engine,
      scenario,
      transcript,
      [{ round: 2, delegation: 'seoul', moveId: was.moveId, target: was.target }],
      recorded,
    );
    expect(fork.tension).toEqual(recorded.tension);
    expect(fork.final.meters).toEqual(recorded.final.meters);
  });

  it('gives the same fork whether it starts from the recorded checkpoint or replays from the start', () => {
    expect(forkRun(engine, scenario, transcript, [answerTheFreeze]).tension).toEqual(
      forkRun(engine, scenario, transcript, [answerTheFreeze], recorded).tension,
    );
  });

  it('a move the rules refuse for that delegation is played by the scripted bot', () => {
    const fork = forkRun(
      engine,
      scenario,
      transcript,
      [{ round: 2, delegation: 'seoul', moveId: 'hostTalks', target: 'pyongyang' }],
      recorded,
    );
    expect(fork.moves.find((m) => m.round === 2 && m.delegation === 'seoul')?.source).toBe('bot');
  });

  it("runs under the frozen engine of the session's version with the same result", async () => {
    const frozen = (await loadFrozenEngine(transcript.header.rulesVersion))!;
    expect(forkRun(frozen, scenario, transcript, [answerTheFreeze]).tension).toEqual(
      forkRun(engine, scenario, transcript, [answerTheFreeze]).tension,
    );
  });

  it('compares side by side: both curves, the moves, and only the causes that differ', () => {
    const c = compareFork(engine, scenario, transcript, [answerTheFreeze], recorded);
    expect(c.recorded).toEqual(recorded.tension);
    expect(c.rounds.map((r) => r.round)).toEqual([3, 4]);
    const r3 = c.rounds[0]!;
    expect(r3.fork.causes.some((x) => x.cause.startsWith('Washington: '))).toBe(true);
    expect(r3.recorded.causes.some((x) => x.cause.startsWith('Washington: Humanitarian aid'))).toBe(true);
    const shared = new Set(r3.recorded.causes.map((x) => `${x.cause}|${x.delta}`));
    expect(r3.fork.causes.every((x) => !shared.has(`${x.cause}|${x.delta}`))).toBe(true);
  });

  it('checks a request: known delegation and move, a played round, one move per delegation and round', () => {
    expect(checkChoices(scenario, 4, [answerTheFreeze])).toBeNull();
    expect(checkChoices(scenario, 4, [{ ...answerTheFreeze, round: 9 }])).toMatch(/round 9/);
    expect(checkChoices(scenario, 4, [{ ...answerTheFreeze, moveId: 'nope' }])).toMatch(/no move/);
    expect(checkChoices(scenario, 4, [answerTheFreeze, answerTheFreeze])).toMatch(/two moves/);
    expect(checkChoices(scenario, 4, [])).not.toBeNull();
  });

  it('hides covert moves the class never saw, and the causes naming them, below release level team', () => {
    const c = compareFork(
      engine,
      scenario,
      transcript,
      [{ round: 1, delegation: 'washington', moveId: 'hold', target: null }],
      recorded,
    );
    const r = c.rounds[0]!;
    const secret = {
      delegation: 'moscow',
      moveId: 'techTransfer',
      label: 'Transfer military technology',
      target: 'pyongyang',
      source: 'recorded' as const,
      hidden: true,
    };
    const planted = {
      ...c,
      rounds: [
        {
          ...r,
          recorded: {
            ...r.recorded,
            moves: [...r.recorded.moves, secret],
            causes: [
              ...r.recorded.causes,
              { cause: 'Moscow: Transfer military technology → arms race +2.0', delta: 2 },
            ],
          },
        },
      ],
    };
    const text = JSON.stringify(releaseFork(planted, 'diplomatic'));
    expect(text).not.toContain('Transfer military technology');
    expect(text).not.toContain('techTransfer');
    expect(JSON.stringify(releaseFork(planted, 'team'))).toContain('Transfer military technology');
  });
});

describe('reference curves and the mechanism per round', () => {
  it("all-hold, power-for-power and the way forward from the session's own start, through the rules", () => {
    const info = labInfo(engine, scenario, transcript, recorded);
    const curve = (id: string) => info.references.find((r) => r.id === id)!.tension;
    for (const id of ['allHold', 'powerForPower', 'wayForward']) {
      expect(curve(id)[0]).toBe(recorded.tension[0]);
      expect(curve(id)).toHaveLength(transcript.header.settings.rounds + 1);
    }
    const end = (id: string) => curve(id)[curve(id).length - 1]!;
    expect(end('powerForPower')).toBeGreaterThan(end('allHold'));
    expect(end('wayForward')).toBeLessThan(end('allHold'));
  });

  it('policies name real moves of the scenario for every delegation', () => {
    for (const id of ['allHold', 'powerForPower', 'wayForward'] as const) {
      const policy = policyFor(scenario, id)!;
      for (let round = 1; round <= 6; round++) {
        for (const d of scenario.delegations) {
          const { moveId } = policy(round, d.id);
          expect(
            moveId === 'hold' || scenario.moves[d.id]!.some((m) => m.id === moveId),
            `${id} ${d.id} ${moveId}`,
          ).toBe(true);
        }
      }
    }
  });

  it("splits each round's tension change into mechanisms that add up to it", () => {
    const rows = mechanismByRound(scenario, recorded);
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const sum = MECHANISMS.reduce((n, m) => n + row.parts[m], 0);
      expect(Math.abs(sum - row.change)).toBeLessThan(0.02);
      expect(Math.abs(row.parts.other)).toBeLessThan(Math.max(0.5, Math.abs(row.change) / 2));
    }
    expect(rows.some((r) => r.parts.moves !== 0)).toBe(true);
    expect(rows.some((r) => r.parts.cooling !== 0)).toBe(true);
  });

  it("reads the model's causes into mechanisms", () => {
    const names = ['Washington', 'Seoul'];
    const at = {
      round: 1,
      phase: 'resolution' as const,
      meter: { kind: 'tension' as const },
      from: 0,
      to: 1,
      command: 'skipPhase' as const,
    };
    expect(
      mechanismOf(
        { ...at, cause: 'Reciprocity: Washington and Seoul made conciliatory moves toward each other → x' },
        names,
      ),
    ).toBe('reciprocity');
    expect(
      mechanismOf({ ...at, cause: "Spiral: Seoul's hostility toward Washington breeds hostility → x" }, names),
    ).toBe('hostility');
    expect(
      mechanismOf({ ...at, cause: 'Restraint: Washington cools toward its usual wariness of Seoul (5) → x' }, names),
    ).toBe('cooling');
    expect(mechanismOf({ ...at, cause: "Washington: Joint drills toward Seoul, Washington's ally → x" }, names)).toBe(
      'spillover',
    );
    expect(mechanismOf({ ...at, cause: 'Washington: Joint drills → x' }, names)).toBe('moves');
    expect(mechanismOf({ ...at, phase: 'news', cause: 'Satellite launch → x' }, names)).toBe('news');
    expect(mechanismOf({ ...at, cause: 'anything', mechanism: 'reciprocity' }, names)).toBe('reciprocity');
  });
});
