// The named classes the balance report plays, and the opponent profiles of the best-response search.
// Balance tooling only: pure rules and the Korean scenario, no server, no client.
import { botMove } from '../../shared/rules/model/index.ts';
import { nextRandom } from '../../shared/rules/rng.ts';
import { movesOf } from '../../shared/rules/moves.ts';
import type { DelegationId, Scenario } from '../../shared/scenario/types.ts';
import type { Choice, Policy } from './driver.ts';
import { always, script } from './driver.ts';

export type Profile = Record<DelegationId, Policy>;

/** A scripted class: its name, what it shows, and its policies (missing delegations hold). */
export interface NamedClass {
  name: string;
  policies: Profile;
  inject?: Record<number, string>;
  rounds?: number;
}

const hawks = {
  washington: always('jointDrills'),
  seoul: always('jointDrills'),
  pyongyang: always('reciprocalDrills'),
};

export const CLASSES: NamedClass[] = [
  { name: 'all hold', policies: {} },
  { name: 'power-for-power', policies: hawks },
  {
    name: 'everyone escalates',
    policies: {
      washington: always('jointDrills'),
      seoul: always('jointDrills'),
      pyongyang: always('missileTest'),
      beijing: always('navalDrills'),
      moscow: always('bomberPatrol'),
    },
  },
  {
    name: 'mutual restraint',
    policies: {
      washington: always('refrainFromDrills'),
      seoul: always('refrainFromDrills'),
      pyongyang: always('testingFreeze'),
    },
  },
  {
    name: 'GRIT',
    policies: {
      washington: script([
        'refrainFromDrills',
        'specialRepresentative',
        'exportRelief',
        'humanitarianAid',
        'liftTravelBan',
        'calmDeterrence',
      ]),
      seoul: script([
        'hold',
        'refrainFromDrills',
        'informalEngagement',
        'interKoreanTalks',
        'humanitarianAid',
        'refrainFromDrills',
      ]),
      pyongyang: script(['hold', 'testingFreeze', 'acceptTalks', 'allowAidMonitors', 'testingFreeze', 'acceptTalks']),
    },
  },
  {
    name: 'way forward',
    policies: {
      washington: script([
        'specialRepresentative',
        'reliefWithBeijing',
        'exportRelief',
        'proposeFirstPhase',
        'humanitarianAid',
        'liftTravelBan',
      ]),
      seoul: script([
        'informalEngagement',
        'interKoreanTalks',
        'humanitarianAid',
        'refrainFromDrills',
        'informalEngagement',
        'interKoreanTalks',
      ]),
      pyongyang: script([
        'acceptTalks',
        'testingFreeze',
        'allowAidMonitors',
        'firstPhaseAgreement',
        'acceptTalks',
        'testingFreeze',
      ]),
      beijing: script([
        ['hostTalks', 'pyongyang'],
        'reliefWithWashington',
        'brokerRelief',
        ['hostTalks', 'washington'],
        'foodAid',
        'commonGroundWashington',
      ]),
      moscow: script(['joinTalks', 'brokerRelief', 'wheatShipments', 'joinTalks', 'armsControlOffer', 'brokerRelief']),
    },
  },
  {
    name: 'Russia arms Pyongyang, then the leak',
    policies: { moscow: script(['techTransfer', 'militaryCooperation', 'techTransfer', 'hold']) },
    inject: { 4: 'leakedCable' },
  },
  {
    name: 'Russia arms Pyongyang, never leaked',
    policies: { moscow: script(['techTransfer', 'militaryCooperation', 'techTransfer', 'hold']) },
  },
  {
    name: 'pledge broken',
    policies: {
      washington: {
        move: ({ round }) => (round < 4 ? 'specialRepresentative' : 'jointDrills'),
        statement: ({ round }) => (round === 1 ? { kind: 'pledge', target: 'pyongyang' } : null),
      },
      pyongyang: script(['hold', 'acceptTalks', 'testingFreeze', 'hold']),
    },
  },
  {
    name: 'agreement signed, then broken',
    policies: {
      washington: script([
        'specialRepresentative',
        'specialRepresentative',
        'proposeFirstPhase',
        'hold',
        'jointDrills',
        'hold',
      ]),
      pyongyang: script(['acceptTalks', 'acceptTalks', 'firstPhaseAgreement', 'hold', 'hold', 'hold']),
      beijing: script([['hostTalks', 'pyongyang'], 'hold']),
    },
  },
];

/** A seeded policy that picks any move (a fifth of the time Hold), for random classes. */
export function randomPolicy(scenario: Scenario, delegation: DelegationId, seed: number): Policy {
  let rng = seed >>> 0;
  const ids = scenario.delegations.map((d) => d.id).filter((d) => d !== delegation);
  const draw = (): number => {
    const r = nextRandom(rng);
    rng = r.rng;
    return r.value;
  };
  const moves = movesOf(scenario, delegation);
  return {
    move: () => {
      if (draw() < 0.2) return 'hold';
      const m = moves[Math.floor(draw() * moves.length)] ?? moves[0]!;
      return m.target.kind === 'choose' ? [m.id, ids[Math.floor(draw() * ids.length)] ?? ids[0]!] : m.id;
    },
  };
}

/** The scenario's own bot (tit-for-tat toward whoever targeted it, else its default move). */
export function botPolicy(): Policy {
  return {
    move: ({ scenario, state, me }) => {
      const b = botMove(scenario, state, me);
      return b.target ? [b.moveId, b.target] : b.moveId;
    },
  };
}

/** Opponent profiles for the best-response search: every delegation but the one searched plays its part. */
export function profiles(scenario: Scenario): { name: string; of: (me: DelegationId) => Profile }[] {
  const each = (pick: (d: DelegationId) => Policy) => (me: DelegationId) =>
    Object.fromEntries(scenario.delegations.filter((d) => d.id !== me).map((d) => [d.id, pick(d.id)]));
  const hawkish: Record<DelegationId, Choice> = {
    washington: 'jointDrills',
    seoul: 'jointDrills',
    pyongyang: 'reciprocalDrills',
    beijing: 'navalDrills',
    moscow: 'bomberPatrol',
  };
  const dovish: Record<DelegationId, Choice> = {
    washington: 'specialRepresentative',
    seoul: 'interKoreanTalks',
    pyongyang: 'acceptTalks',
    beijing: ['hostTalks', 'pyongyang'],
    moscow: 'joinTalks',
  };
  return [
    { name: 'all hold', of: each(() => always('hold')) },
    { name: 'hawks', of: each((d) => always(hawkish[d] ?? 'hold')) },
    { name: 'doves', of: each((d) => always(dovish[d] ?? 'hold')) },
    { name: 'tit-for-tat bots', of: each(() => botPolicy()) },
    { name: 'random', of: each((d) => randomPolicy(scenario, d, 97 + d.length)) },
  ];
}

/** One move repeated every round, aimed at the usual target for a move that needs one. */
export function repeated(scenario: Scenario, me: DelegationId, moveId: string): Policy {
  const spec = movesOf(scenario, me).find((m) => m.id === moveId);
  const target = me === 'pyongyang' ? 'washington' : 'pyongyang';
  return always(spec?.target.kind === 'choose' ? [moveId, target] : moveId);
}
