// The balance report's measurements and the verdict on each numbered requirement of issue #9, computed from
// classes played through the real reducer. Shared by `npm run balance` (prints) and balance.test.ts (asserts).
import type { GameEvent } from '../../shared/rules/events.ts';
import { movesOf } from '../../shared/rules/moves.ts';
import { BANDS } from '../../shared/rules/types.ts';
import type { DelegationId, Scenario } from '../../shared/scenario/types.ts';
import { objectiveMet } from '../../shared/rules/model/index.ts';
import { reviewOffers } from '../../shared/transcript/offers.ts';
import { findMove } from '../../shared/rules/moves.ts';
import type { PlayedClass, Policy } from './driver.ts';
import { always, playClass, script } from './driver.ts';
import type { NamedClass } from './policies.ts';
import { CLASSES, profiles, randomPolicy, repeated } from './policies.ts';

export interface Verdict {
  requirement: number;
  text: string;
  pass: boolean;
  detail: string;
}

export interface BalanceReport {
  classes: { named: NamedClass; played: PlayedClass }[];
  random: PlayedClass[];
  search: {
    delegation: DelegationId;
    profile: string;
    best: string[];
    bestScore: number;
    scores: Record<string, number>;
  }[];
  verdicts: Verdict[];
}

const BAND = (name: (typeof BANDS)[number]) => BANDS.indexOf(name);
const ROUNDS = 6;

function find(report: { classes: { named: NamedClass; played: PlayedClass }[] }, name: string): PlayedClass {
  const c = report.classes.find((x) => x.named.name === name);
  if (!c) throw new Error(`no class ${name}`);
  return c.played;
}

const allEvents = (c: PlayedClass): GameEvent[] => [...c.rounds.flat(), ...c.ending];

/** Tension change in round 1 when one delegation plays a move and everyone else holds. */
function soloEffect(scenario: Scenario, me: DelegationId, moveId: string): number {
  const c = playClass(scenario, { [me]: repeated(scenario, me, moveId) }, { rounds: 1 });
  const quiet = playClass(scenario, {}, { rounds: 1 });
  return (c.history[1]?.tension ?? 0) - (quiet.history[1]?.tension ?? 0);
}

/** Plays everything and judges every requirement. */
export function balance(scenario: Scenario): BalanceReport {
  const ids = scenario.delegations.map((d) => d.id);
  const classes = CLASSES.map((named) => ({
    named,
    played: playClass(scenario, named.policies, {
      rounds: named.rounds ?? ROUNDS,
      ...(named.inject ? { inject: named.inject } : {}),
    }),
  }));
  const random = Array.from({ length: 50 }, (_, k) =>
    playClass(scenario, Object.fromEntries(ids.map((d, n) => [d, randomPolicy(scenario, d, 1000 * k + n + 1)])), {
      seed: k + 1,
    }),
  );
  const report = { classes };
  const verdicts: Verdict[] = [];
  const v = (requirement: number, text: string, pass: boolean, detail: string) =>
    verdicts.push({ requirement, text, pass, detail });

  // 1. A real dilemma -------------------------------------------------------------------------
  const hitter = { pyongyang: always('reciprocalDrills') };
  const firm = playClass(
    scenario,
    { ...hitter, washington: always('jointDrills'), seoul: always('jointDrills') },
    { rounds: 2 },
  );
  const soft = playClass(
    scenario,
    {
      ...hitter,
      washington: script(['jointDrills', 'refrainFromDrills']),
      seoul: script(['jointDrills', 'refrainFromDrills']),
    },
    { rounds: 2 },
  );
  const shortRun = (['washington', 'seoul'] as const).every(
    (d) =>
      (firm.scores[d] ?? 0) > (soft.scores[d] ?? 0) &&
      (firm.state.meters.credibility[d] ?? 0) > (soft.state.meters.credibility[d] ?? 0),
  );
  v(
    1,
    'short run: against a Pyongyang that keeps drilling, standing down alone costs Washington and Seoul score and credibility',
    shortRun,
    `2 rounds, firm vs stand down: W ${firm.scores.washington}/${soft.scores.washington} (cred ${firm.state.meters.credibility.washington}/${soft.state.meters.credibility.washington}), S ${firm.scores.seoul}/${soft.scores.seoul}`,
  );
  const pFirm = playClass(
    scenario,
    { washington: always('jointDrills'), seoul: always('jointDrills'), pyongyang: always('reciprocalDrills') },
    { rounds: 2 },
  );
  const pSoft = playClass(
    scenario,
    {
      washington: always('jointDrills'),
      seoul: always('jointDrills'),
      pyongyang: script(['reciprocalDrills', 'testingFreeze']),
    },
    { rounds: 2 },
  );
  v(
    1,
    'short run: against allies who keep drilling, standing down alone costs Pyongyang score or credibility',
    (pFirm.scores.pyongyang ?? 0) > (pSoft.scores.pyongyang ?? 0) ||
      (pFirm.state.meters.credibility.pyongyang ?? 0) > (pSoft.state.meters.credibility.pyongyang ?? 0),
    `2 rounds, firm vs stand down: P ${pFirm.scores.pyongyang}/${pSoft.scores.pyongyang} (cred ${pFirm.state.meters.credibility.pyongyang}/${pSoft.state.meters.credibility.pyongyang})`,
  );
  const p4p = find(report, 'power-for-power');
  const restraint = find(report, 'mutual restraint');
  const grit = find(report, 'GRIT');
  const pair = ['washington', 'seoul', 'pyongyang'];
  v(
    1,
    'long run: mutual restraint leaves Washington, Seoul and Pyongyang better off than mutual escalation',
    pair.every((d) => (restraint.scores[d] ?? 0) > (p4p.scores[d] ?? 0)),
    pair.map((d) => `${d} ${restraint.scores[d]} vs ${p4p.scores[d]}`).join(', '),
  );
  v(
    1,
    'long run: a reciprocated unilateral gesture (GRIT) beats sustained escalation for each side',
    pair.every((d) => (grit.scores[d] ?? 0) > (p4p.scores[d] ?? 0)),
    pair.map((d) => `${d} ${grit.scores[d]} vs ${p4p.scores[d]}`).join(', '),
  );
  const hold = find(report, 'all hold');
  const start = hold.history[0]!.tension;
  const end = hold.history.at(-1)!.tension;
  v(
    1,
    'the status quo is not calm: with everyone holding, tension does not fall (routine drills and tests go on; standing down is a move)',
    end >= start,
    `all hold: ${start} → ${end}`,
  );
  const deterrent = scenario.delegations
    .find((d) => d.id === 'pyongyang')
    ?.objectives.some((o) => o.meter.kind === 'world' && o.meter.meter === 'armsRace' && o.op === 'atLeast');
  v(
    1,
    'Pyongyang has an objective that values its deterrent',
    deterrent === true,
    'p-deterrent: nuclear and missile momentum at least a threshold',
  );

  // 2. Stakes -------------------------------------------------------------------------------
  const bandAt = (c: PlayedClass, round: number) => c.history[round]?.band ?? 0;
  v(
    2,
    'power-for-power reaches intense crisis by round 3 and the brink by round 5; the crisis hold triggers',
    bandAt(p4p, 3) >= BAND('intenseCrisis') && bandAt(p4p, 5) >= BAND('brink') && p4p.crisisHolds > 0,
    `bands ${p4p.history
      .slice(1)
      .map((m) => BANDS[m.band])
      .join(', ')}; holds ${p4p.crisisHolds}`,
  );
  const maxBand = Math.max(...hold.history.map((m) => m.band));
  v(
    2,
    'an all-hold class does not drift up a band',
    maxBand <= hold.history[0]!.band,
    `start ${BANDS[hold.history[0]!.band]}, highest ${BANDS[maxBand]}`,
  );
  const incidents = [...classes.map((c) => c.played), ...random]
    .flatMap(allEvents)
    .filter((e) => e.type === 'meterChanged' && e.cause.code === 'incident' && e.meter.kind === 'credibility');
  const incidentBands = [...classes.map((c) => c.played), ...random].filter((c) =>
    allEvents(c).some((e) => e.type === 'meterChanged' && e.cause.code === 'incident'),
  ).length;
  v(
    2,
    'in the two top bands, seeded incidents fire with a cost every delegation shares',
    incidents.length > 0 && incidents.length % ids.length === 0,
    `${incidents.length / ids.length} incidents in ${incidentBands} classes, each costing all ${ids.length} delegations credibility`,
  );

  // 3. Every team matters ---------------------------------------------------------------------
  const movers: Record<DelegationId, string[]> = {};
  for (const d of ids) {
    movers[d] = movesOf(scenario, d)
      .filter((m) => m.visibility === 'public' && !m.requires && Math.abs(soloEffect(scenario, d, m.id)) >= 2)
      .map((m) => m.id);
  }
  v(
    3,
    'each delegation has at least three moves that change tension by 2 or more in a round when the others hold',
    ids.every((d) => (movers[d]?.length ?? 0) >= 3),
    ids.map((d) => `${d} ${movers[d]?.length}`).join(', '),
  );
  const joint = (scenario.moves.beijing ?? []).some((m) => m.requires?.delegation === 'washington');
  v(
    3,
    'Beijing has a joint move with Washington (meeting halfway on relief)',
    joint,
    'reliefWithWashington requires reliefWithBeijing',
  );

  // 4. Best responses -----------------------------------------------------------------------
  const search: BalanceReport['search'] = [];
  for (const d of ids) {
    for (const p of profiles(scenario)) {
      const scores: Record<string, number> = {};
      for (const m of movesOf(scenario, d)) {
        const policies: Record<DelegationId, Policy> = { ...p.of(d), [d]: repeated(scenario, d, m.id) };
        scores[m.id] = playClass(scenario, policies, { seed: 11 }).scores[d] ?? 0;
      }
      const bestScore = Math.max(...Object.values(scores));
      search.push({
        delegation: d,
        profile: p.name,
        best: Object.keys(scores).filter((k) => scores[k] === bestScore),
        bestScore,
        scores,
      });
    }
  }
  const dominant = ids.map((d) => {
    const rows = search.filter((s) => s.delegation === d);
    return {
      d,
      moves: movesOf(scenario, d)
        .map((m) => m.id)
        .filter((m) => rows.every((r) => r.best.includes(m))),
    };
  });
  v(
    4,
    'no move, repeated every round, is a best response to every opponent profile',
    dominant.every((x) => x.moves.length === 0),
    dominant.map((x) => `${x.d}: ${x.moves.length === 0 ? 'none' : x.moves.join('/')}`).join(', '),
  );
  const forward = find(report, 'way forward');
  const idle = scenario.delegations.map((d) => ({
    d: d.id,
    score: hold.scores[d.id] ?? 0,
    max: d.objectives.reduce((sum, o) => sum + o.points, 0),
    engaged: forward.scores[d.id] ?? 0,
  }));
  v(
    4,
    'doing nothing does not win: with everyone holding, no delegation scores half its points, and each scores more on the way forward',
    idle.every((x) => x.score * 2 < x.max && x.score < x.engaged),
    idle.map((x) => `${x.d} ${x.score}/${x.max} (way forward ${x.engaged})`).join(', '),
  );
  const first = playClass(scenario, { washington: always('exportRelief') }, { rounds: 3 });
  const gains = first.rounds.map((evs) =>
    evs
      .filter(
        (e) =>
          e.type === 'meterChanged' &&
          e.cause.code === 'move' &&
          e.cause.who === 'washington' &&
          e.meter.kind === 'threat',
      )
      .reduce((s, e) => s + Math.abs(e.type === 'meterChanged' ? e.to - e.from : 0), 0),
  );
  v(
    4,
    'a gesture repeated toward the same target pays less each time',
    gains.every((g, k) => k === 0 || g < (gains[k - 1] ?? 0)),
    `export relief, effect on threat by round: ${gains.map((g) => g.toFixed(1)).join(', ')}`,
  );
  const detected = random
    .flatMap(allEvents)
    .filter((e) => e.type === 'covertRevealed' && e.cause.code === 'detected').length;
  const covertEnd = find(report, 'Russia arms Pyongyang, never leaked');
  v(
    4,
    'covert moves are found out by a seeded chance each round, and their effects count in the final score',
    detected > 0 && covertEnd.state.meters.world.armsRace > hold.state.meters.world.armsRace,
    `${detected} covert moves detected in 50 random classes; never leaked, Russian arms still end the arms race at ${covertEnd.state.meters.world.armsRace} (all hold: ${hold.state.meters.world.armsRace})`,
  );

  // 5. Fidelity -----------------------------------------------------------------------------
  const leak = find(report, 'Russia arms Pyongyang, then the leak');
  v(
    5,
    "arming Pyongyang raises tension once known: Russia's help leaks in round 4",
    (leak.history[4]?.tension ?? 0) > (covertEnd.history[4]?.tension ?? 0),
    `round 4 tension with leak ${leak.history[4]?.tension} vs without ${covertEnd.history[4]?.tension}`,
  );
  const armsFeed = allEvents(find(report, 'everyone escalates')).filter(
    (e) => e.type === 'meterChanged' && e.cause.code === 'armsRace',
  ).length;
  v(
    5,
    'the arms race feeds threat',
    armsFeed > 0,
    `${armsFeed} threat changes caused by the arms race when everyone escalates`,
  );
  const has = (d: DelegationId, id: string) => (scenario.moves[d] ?? []).some((m) => m.id === id);
  v(
    5,
    'Pyongyang can embrace the new Cold War; clash moves and a walk-out exist; Washington and Seoul can consult',
    has('pyongyang', 'embraceNewColdWar') &&
      has('pyongyang', 'borderClash') &&
      has('seoul', 'returnFire') &&
      has('pyongyang', 'walkOut') &&
      has('washington', 'consultSeoul') &&
      has('seoul', 'consultWashington'),
    'embraceNewColdWar, borderClash, returnFire, walkOut, consultSeoul, consultWashington',
  );
  const everyClass = [...classes.map((c) => c.played), ...random];
  const maxClimb = Math.max(
    ...everyClass.flatMap((c) => c.history.slice(1).map((m, k) => m.talks - (c.history[k]?.talks ?? 0))),
  );
  v(5, 'the talks ladder climbs at most one rung per round', maxClimb <= 1, `largest climb in one round: ${maxClimb}`);
  const broken = find(report, 'agreement signed, then broken');
  const collapse = allEvents(broken).filter((e) => e.type === 'meterChanged' && e.cause.code === 'agreementCollapsed');
  const fall = collapse.reduce((s, e) => s + (e.type === 'meterChanged' ? e.from - e.to : 0), 0);
  const lostCred = allEvents(broken).some(
    (e) =>
      e.type === 'commitmentSettled' && e.commitment.terms.kind === 'agreement' && e.commitment.status === 'broken',
  );
  v(
    5,
    'a signed first-phase agreement stands until a hostile act collapses it: two rungs down, a named collapse, credibility lost',
    broken.history.some((m) => m.talks >= 3) && fall === 2 && lostCred,
    `talks ${broken.history.map((m) => m.talks).join('→')}, collapse −${fall} rungs`,
  );

  // 6. Secrets ------------------------------------------------------------------------------
  const pledge = find(report, 'pledge broken');
  const pledgeBroken = pledge.state.commitments.some((c) => c.terms.kind === 'pledge' && c.status === 'broken');
  const covertPledge = playClass(
    scenario,
    {
      pyongyang: {
        move: ({ round }) => (round === 2 ? 'cyberTheft' : 'hold'),
        statement: ({ round }) => (round === 1 ? { kind: 'pledge', target: null } : null),
      },
    },
    { rounds: 3, seed: 3 },
  );
  const covertBroken = covertPledge.state.commitments.every((c) => c.status === 'broken');
  v(
    6,
    'a pledge broken in the open, or by a covert move revealed later (at the end too), counts as broken',
    pledgeBroken && covertBroken,
    `open: ${pledgeBroken}, covert: ${covertBroken}`,
  );
  const offersClass = find(report, 'GRIT');
  const facts = offersClass.state.moves.map((m) => ({
    round: m.round,
    delegation: m.delegation,
    target: m.target,
    label: m.moveId,
    goldstein: findMove(scenario, m.delegation, m.moveId)?.goldstein ?? 0,
    scope: 'public' as const,
    covert: m.covert,
  }));
  const review = {
    answered: reviewOffers(facts, offersClass.state.round, new Map()).filter((o) => o.status === 'answered').length,
  };
  const credited = allEvents(offersClass).filter((e) => e.type === 'offerAnswered').length;
  v(
    6,
    'one rule for an answered offer: the model credits exactly the offers the review shows answered',
    credited === review.answered,
    `model ${credited}, review ${review.answered}`,
  );

  // Reachability (3) needs the whole search.
  const reached = new Set<string>();
  const allPlayed = [...classes.map((c) => c.played), ...random];
  for (const c of allPlayed)
    for (const d of scenario.delegations)
      for (const o of d.objectives) if (objectiveMet(o, c.state.meters, d.id)) reached.add(o.id);
  const unreached = scenario.delegations.flatMap((d) => d.objectives.map((o) => o.id)).filter((id) => !reached.has(id));
  v(
    3,
    'every scored objective of every delegation is reached in some class played here',
    unreached.length === 0,
    unreached.length === 0 ? 'all reached' : `never reached: ${unreached.join(', ')}`,
  );
  verdicts.sort((a, b) => a.requirement - b.requirement);
  return { classes, random, search, verdicts };
}
