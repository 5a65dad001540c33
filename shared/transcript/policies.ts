// Move policies for whole sessions, named against each scenario's own move ids in this one place: the reference
// curves on the review's tension chart use them, and so does the model's balance report (shared/, so both can).
// Pure data and lookups; must not import the reducer or anything impure.
import type { DelegationId, MoveSpec, Scenario } from '../scenario/types.ts';
import type { MovePick } from './fork.ts';

export type PolicyId = 'allHold' | 'powerForPower' | 'wayForward';

export const POLICY_IDS: readonly PolicyId[] = ['allHold', 'powerForPower', 'wayForward'];

/** A policy: each delegation's move in each round (1-based). */
export type Policy = (round: number, delegation: DelegationId) => MovePick;

/** Per-scenario moves by delegation; an array gives round 1, 2, … and its last entry repeats. */
type Script = Record<DelegationId, readonly (string | [string, DelegationId])[]>;

/**
 * The Korean Peninsula scenario. Power-for-power: each side answers pressure with its own show of force, every
 * round. The way forward (the scenario's source text: Sibert, after Town): a freeze for a freeze first (no
 * large drills against no tests, talks hosted by Beijing), then a first-phase agreement with relief and aid.
 */
const SCRIPTS: Record<string, Partial<Record<PolicyId, Script>>> = {
  korea: {
    powerForPower: {
      washington: ['jointDrills'],
      seoul: ['jointDrills'],
      pyongyang: ['missileTest'],
      beijing: ['navalDrills'],
      moscow: ['bomberPatrol'],
    },
    wayForward: {
      washington: ['refrainFromDrills', 'specialRepresentative', 'proposeFirstPhase'],
      seoul: ['refrainFromDrills', 'interKoreanTalks', 'humanitarianAid'],
      pyongyang: ['testingFreeze', 'acceptTalks', 'firstPhaseAgreement'],
      beijing: [['hostTalks', 'pyongyang'], 'brokerRelief', 'foodAid'],
      moscow: ['joinTalks', 'wheatShipments'],
    },
  },
};

const HOLD: MovePick = { moveId: 'hold', target: null };

/** A delegation's move as a pick with its target: fixed targets are the move's own, `choose` needs one. */
function pickOf(
  scenario: Scenario,
  delegation: DelegationId,
  entry: string | [string, DelegationId] | undefined,
): MovePick {
  if (entry === undefined) return HOLD;
  const [moveId, chosen] = typeof entry === 'string' ? [entry, null] : entry;
  const spec = scenario.moves[delegation]?.find((m) => m.id === moveId);
  if (!spec) return HOLD;
  const target = spec.target.kind === 'fixed' ? spec.target.delegation : spec.target.kind === 'choose' ? chosen : null;
  return { moveId, target };
}

/** The most hostile public move a delegation has (no conditions): the generic power-for-power. */
function mostHostile(scenario: Scenario, delegation: DelegationId): MovePick {
  let best: MoveSpec | null = null;
  for (const m of scenario.moves[delegation] ?? []) {
    if (m.visibility !== 'public' || m.requires || m.target.kind === 'choose') continue;
    if (m.goldstein < 0 && (!best || m.goldstein < best.goldstein)) best = m;
  }
  return best ? pickOf(scenario, delegation, best.id) : HOLD;
}

/** The policy for a scenario, or null when the scenario defines none of that kind (the way forward needs a text). */
export function policyFor(scenario: Scenario, id: PolicyId): Policy | null {
  const script = SCRIPTS[scenario.id]?.[id];
  if (script) {
    return (round, delegation) => {
      const list = script[delegation] ?? [];
      return pickOf(scenario, delegation, list[Math.min(round, list.length) - 1]);
    };
  }
  if (id === 'allHold') return () => HOLD;
  if (id === 'powerForPower') return (_round, delegation) => mostHostile(scenario, delegation);
  return null;
}
