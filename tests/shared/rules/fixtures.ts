// A small three-delegation scenario and command builders for the rules tests.
// Test helper only: imports the rules, never the server or the client.
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { Actor, Command } from '../../../shared/rules/commands.ts';
import type { GameEvent } from '../../../shared/rules/events.ts';
import { createInitialState, defaultSettings } from '../../../shared/rules/setup.ts';
import type { GameState, SessionSettings } from '../../../shared/rules/types.ts';
import type { Scenario } from '../../../shared/scenario/types.ts';

/** A generic scenario over any delegation ids (the first two are each other's aid target). */
export function makeScenario(id: string, ids: readonly string[]): Scenario {
  const matrix = (value: number) =>
    Object.fromEntries(ids.map((i) => [i, Object.fromEntries(ids.filter((j) => j !== i).map((j) => [j, value]))]));
  return {
    formatVersion: 1,
    id,
    version: 1,
    title: 'Tiny test scenario',
    summary: 'Three delegations and a handful of moves.',
    source: 'tests',
    delegations: ids.map((id) => ({
      id,
      name: id[0]!.toUpperCase() + id.slice(1),
      actor: `The ${id} government`,
      color: '#336699',
      publicBrief: `${id} public brief`,
      privateBrief: `${id} PRIVATE-BRIEF-SECRET`,
      objectives: [
        { id: `${id}-calm`, text: 'Keep it calm', points: 10, meter: { kind: 'tension' }, op: 'atMost', threshold: 40 },
      ],
      redLines: ['none'],
    })),
    moves: Object.fromEntries(
      ids.map((id) => [
        id,
        [
          {
            id: 'talk',
            label: 'Offer talks',
            category: 'diplomatic',
            visibility: 'public',
            target: { kind: 'choose' },
            goldstein: 7,
            effects: { talks: 1 },
            why: 'Talk.',
          },
          {
            id: 'drill',
            label: 'Drills',
            category: 'deterrent',
            visibility: 'public',
            target: { kind: 'none' },
            goldstein: -7.2,
            effects: { armsRace: 5 },
            why: 'Show force.',
          },
          {
            id: 'aidSouth',
            label: 'Aid to the second',
            category: 'humanitarian',
            visibility: 'public',
            target: { kind: 'fixed', delegation: id === ids[1] ? ids[0]! : ids[1]! },
            goldstein: 7,
            effects: { humanitarian: 3 },
            why: 'Help.',
          },
          {
            id: 'hack',
            label: 'Cyber theft',
            category: 'economic',
            visibility: 'covert',
            target: { kind: 'choose' },
            goldstein: -4,
            effects: { sanctions: -2 },
            why: 'Steal.',
          },
        ],
      ]),
    ),
    news: [
      { id: 'storm', headline: 'Storm', body: 'A storm.', trigger: { kind: 'injectable' } },
      { id: 'r2', headline: 'Round two news', body: 'Scheduled.', trigger: { kind: 'scheduled', round: 2 } },
    ],
    params: {
      reaction: matrix(0.1),
      restraint: Object.fromEntries(ids.map((i) => [i, 0.3])),
      baseline: matrix(30),
      neutral: 30,
      impulse: 1,
      allies: {},
      reciprocity: 3,
      tensionWeights: {},
      bandThresholds: [20, 40, 60, 80],
      hysteresis: 10,
      credibility: { brokenBase: 5, perRound: 2, cedingGround: 3, answeredBonus: 4 },
      misperception: { enabled: false, noise: 0, bias: {} },
    },
    initial: {
      threat: matrix(35),
      world: { armsRace: 40, humanitarian: 30, sanctions: 50, polarization: 45 },
      talks: 0,
      credibility: Object.fromEntries(ids.map((i) => [i, 60])),
    },
    reflectionPrompts: ['What happened?', 'Why?'],
    debriefPrompts: [{ stage: 'describe', text: 'Describe.' }],
    botDefaultMove: Object.fromEntries(ids.map((i) => [i, 'hold'])),
  };
}

/** Three delegations: enough for diplomacy between two while a third watches, and for a bot. */
export const tinyScenario: Scenario = makeScenario('tiny', ['north', 'south', 'east']);

export const HOST: Actor = { kind: 'host' };
export const SYSTEM: Actor = { kind: 'system' };
export const seat = (seatId: string): Actor => ({ kind: 'seat', seatId });

/** A fresh lobby for the tiny scenario. */
export function lobby(settings: Partial<SessionSettings> = {}, scenario: Scenario = tinyScenario): GameState {
  return createInitialState({ scenario, settings: { ...defaultSettings(), ...settings }, seed: 42 });
}

/** Any command, with `at` optional. */
export type CommandInput = Command extends infer C
  ? C extends Command
    ? Omit<C, 'at'> & { at?: number }
    : never
  : never;

/** A command with a fixed clock value so runs are reproducible. */
export function cmd(command: CommandInput): Command {
  return { at: 1_000_000, ...command } as Command;
}

/** Applies commands that must all be accepted; returns the final state and every event. */
export function play(
  state: GameState,
  commands: Command[],
  scenario: Scenario = tinyScenario,
): { state: GameState; events: GameEvent[] } {
  const events: GameEvent[] = [];
  let current = state;
  for (const command of commands) {
    const result = applyCommand(scenario, current, command);
    if (!result.ok)
      throw new Error(`${command.type} refused: ${result.error} ${result.detail ?? ''} at seq ${current.seq}`);
    current = result.state;
    events.push(...result.events);
  }
  return { state: current, events };
}

export const join = (seatId: string, name: string, delegation?: string): Command =>
  cmd({ type: 'joinSeat', by: SYSTEM, seatId, name, ...(delegation ? { delegation } : {}) });
export const skip = (): Command => cmd({ type: 'skipPhase', by: HOST });
export const start = (): Command => cmd({ type: 'startSession', by: HOST });

/** Two students per delegation (n1,n2 north; s1,s2 south; e1,e2 east), session started and in deliberation of round 1. */
export function deliberating(settings: Partial<SessionSettings> = {}): GameState {
  const seats = ['n1', 'n2', 's1', 's2', 'e1', 'e2'];
  const delegations = ['north', 'north', 'south', 'south', 'east', 'east'];
  return play(lobby(settings), [
    ...seats.map((id, i) => join(id, `Student ${id}`, delegations[i])),
    start(),
    skip(), // briefing → news
    skip(), // news → deliberation
  ]).state;
}
