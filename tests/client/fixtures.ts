// Literal Views and ScenarioViews for the client's view-model tests (no server, no Phaser).
// Test helper only: imports shared types and nothing from client/ that touches the DOM.
import { HOLD_MOVE } from '../../shared/rules/moves.ts';
import type { View } from '../../shared/rules/view-types.ts';
import type { ScenarioView } from '../../shared/rules/view-types.ts';

export const IDS = ['washington', 'seoul', 'pyongyang', 'beijing', 'moscow'] as const;
const NAMES: Record<string, string> = {
  washington: 'Washington',
  seoul: 'Seoul',
  pyongyang: 'Pyongyang',
  beijing: 'Beijing',
  moscow: 'Moscow',
};

export function makeScenarioView(): ScenarioView {
  return {
    id: 'test',
    version: 1,
    title: 'Test',
    summary: 'Five delegations',
    delegations: IDS.map((id) => ({
      id,
      name: NAMES[id] ?? id,
      actor: `${id} government`,
      color: '#336699',
      publicBrief: `${id} public`,
      privateBrief: id === 'seoul' ? 'seoul private' : null,
      objectives: id === 'seoul' ? [] : null,
      redLines: [],
    })),
    moves: Object.fromEntries(
      IDS.map((id) => [
        id,
        [
          {
            id: 'drill',
            label: 'Joint drills',
            category: 'deterrent',
            visibility: 'public',
            target: { kind: 'none' },
            goldstein: -7.2,
            effects: {},
            why: 'Shows force.',
          },
          // The rules list Hold with every delegation's moves (movesOf), and so does the server's ScenarioView.
          HOLD_MOVE,
        ],
      ]),
    ),
    injectableNews: [],
    reflectionPrompts: ['What changed?'],
  };
}

/** A seat's view (Seoul) with the ten pairs and Seoul's threat row. */
export function makeView(overrides: Partial<View> = {}): View {
  const pairs: Record<string, number> = {};
  IDS.forEach((a, i) => IDS.slice(i + 1).forEach((b) => (pairs[`${a}|${b}`] = 30)));
  pairs['seoul|pyongyang'] = 72;
  return {
    viewer: { kind: 'seat', seatId: 's1' },
    scenarioId: 'test',
    scenarioVersion: 1,
    seq: 10,
    phase: 'deliberation',
    round: 2,
    rounds: null,
    clock: { endsAt: 1_000_000, remainingMs: null, paused: false },
    joinsLocked: false,
    crisisHold: false,
    seats: [
      { id: 's1', name: 'Calm Heron', delegation: 'seoul' },
      { id: 's2', name: 'Bold Fox', delegation: 'seoul' },
      { id: 's3', name: 'Quiet Owl', delegation: 'pyongyang' },
    ],
    seatCounts: { seoul: 2, pyongyang: 1 },
    you: { seatId: 's1', name: 'Calm Heron', delegation: 'seoul' },
    privateOf: ['seoul'],
    meters: {
      tension: 64,
      band: 3,
      threat: { seoul: { washington: 10, pyongyang: 72, beijing: 30, moscow: 35 } },
      world: { armsRace: 50, humanitarian: 30, sanctions: 60, polarization: 45 },
      talks: 1,
      credibility: { seoul: 60 },
    },
    pairs,
    history: [],
    proposals: [],
    pendingMoves: [],
    moves: [],
    messages: [],
    commitments: [],
    news: [],
    reflections: [],
    reflectionPrompt: null,
    scores: null,
    ...overrides,
  };
}
