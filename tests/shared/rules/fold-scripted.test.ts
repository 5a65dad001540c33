// One scripted class with every kind of change a screen must follow live — a late joiner, a renamed, a moved and
// a removed student, two proposals in one team with approvals given and withdrawn, covert and public moves over
// two rounds, a pledge, news, reflections, the end — and after every command each screen (two teammates, a
// student of another team, the moved student, host, projector) shows exactly what a fresh snapshot would.
// Deterministic and fast, so mutation runs use it (the random-session property checks the same invariant).
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../../shared/rules/view-types.ts';
import { lobby, tinyScenario } from './fixtures.ts';
import { HOST, SYSTEM, Screens, seat, type CommandSpec } from './screens.ts';

/** The students whose screens are watched (the others play but nobody checks their screen). */
const WATCHED = new Set(['n1', 'n2', 's1', 'e2']);
const PROJECTOR: Viewer = { kind: 'projector' };

function scriptedClass(): { screens: Screens; checked: number } {
  const screens = new Screens(tinyScenario, lobby({ rounds: 2 }), [{ kind: 'host' }, PROJECTOR]);
  let checked = 0;
  const step = (spec: CommandSpec) => {
    screens.send(spec);
    if (spec.type === 'joinSeat' && WATCHED.has(spec.seatId as string))
      screens.watch({ kind: 'seat', seatId: spec.seatId as string });
    for (const { viewer, folded, fresh } of screens.pairs())
      expect(folded, `${JSON.stringify(viewer)} after ${spec.type} (seq ${screens.state.seq})`).toEqual(fresh);
    checked++;
  };
  const propose = (by: string, moveId: string, target: string | null, rationale: string) => {
    step({ type: 'proposeMove', by: seat(by), moveId, target, rationale });
    return screens.state.proposals.at(-1)!.id;
  };
  const skipTo = (phase: string) => {
    while (screens.state.phase !== phase) step({ type: 'skipPhase', by: HOST });
  };

  for (const [id, delegation] of [
    ['n1', 'north'],
    ['n2', 'north'],
    ['s1', 'south'],
    ['s2', 'south'],
    ['e1', 'east'],
  ])
    step({ type: 'joinSeat', by: SYSTEM, seatId: id, name: `Student ${id}`, delegation });
  step({ type: 'renameSeat', by: HOST, seatId: 'n2', name: 'Nadia' });
  step({ type: 'startSession', by: HOST });
  step({ type: 'joinSeat', by: SYSTEM, seatId: 'e2', name: 'Late Eve', delegation: 'east' });
  skipTo('deliberation');

  // Round 1: a pledge, chat, two north proposals (only one approved), a covert north move, talks from south.
  step({
    type: 'makeStatement',
    by: seat('n1'),
    text: 'North will not strike.',
    commitment: { kind: 'pledge', target: null },
  });
  step({ type: 'makeStatement', by: seat('s1'), text: 'South too.', commitment: { kind: 'pledge', target: null } });
  step({ type: 'sendTeamMessage', by: seat('n2'), text: 'team only' });
  step({ type: 'sendDiplomaticMessage', by: seat('s1'), to: 'north', text: 'south to north' });
  const hack = propose('n1', 'hack', 'south', 'quietly');
  const drill = propose('n2', 'drill', null, 'loudly');
  step({ type: 'approveProposal', by: seat('n2'), proposalId: drill });
  step({ type: 'withdrawApproval', by: seat('n2'), proposalId: drill });
  step({ type: 'approveProposal', by: seat('n1'), proposalId: hack });
  step({ type: 'approveProposal', by: seat('n2'), proposalId: hack });
  const talk = propose('s1', 'talk', 'north', 'talk to them');
  step({ type: 'approveProposal', by: seat('s1'), proposalId: talk });
  step({ type: 'approveProposal', by: seat('s2'), proposalId: talk });
  const aid = propose('e1', 'aidSouth', null, 'help');
  step({ type: 'approveProposal', by: seat('e1'), proposalId: aid });
  // A student moves to another team mid-round: only their own screen needs a fresh snapshot.
  step({ type: 'reassignSeat', by: HOST, seatId: 'e2', delegation: 'south' });
  skipTo('reflection');
  step({ type: 'submitReflection', by: seat('n1'), text: 'We hid it.' });
  step({ type: 'submitReflection', by: seat('s1'), text: 'We talked.' });

  // Round 2: news, a removed student, north drills after its pledge, south talks again.
  skipTo('news');
  step({ type: 'injectNews', by: HOST, newsId: 'storm' });
  step({ type: 'injectNews', by: HOST, headline: 'Teacher says', body: 'A twist.' });
  skipTo('deliberation');
  step({ type: 'removeSeat', by: HOST, seatId: 's2' });
  const drill2 = propose('n1', 'drill', null, 'now loudly');
  step({ type: 'approveProposal', by: seat('n1'), proposalId: drill2 });
  step({ type: 'approveProposal', by: seat('n2'), proposalId: drill2 });
  const talk2 = propose('e2', 'talk', 'east', 'talk to my old team');
  step({ type: 'approveProposal', by: seat('e2'), proposalId: talk2 });
  step({ type: 'approveProposal', by: seat('s1'), proposalId: talk2 });
  step({ type: 'pauseClock', by: HOST });
  step({ type: 'extendPhase', by: HOST, seconds: 30 });
  step({ type: 'resumeClock', by: HOST });
  skipTo('ended');
  return { screens, checked };
}

describe('every screen folds a whole scripted class to what a snapshot shows', () => {
  it('after every command, for teammates, another team, a moved student, the host and the projector', () => {
    const { screens, checked } = scriptedClass();
    expect(checked).toBeGreaterThan(40);
    // The script reaches what it claims to: each of these happened and was folded.
    const types = new Set(screens.events.map((e) => e.type));
    for (const type of [
      'seatJoined',
      'seatRenamed',
      'seatRemoved',
      'seatReassigned',
      'commitmentMade',
      'commitmentSettled',
      'moveProposed',
      'approvalChanged',
      'moveLocked',
      'movesRevealed',
      'meterChanged',
      'newsPublished',
      'reflectionSubmitted',
      'phaseExtended',
      'sessionEnded',
    ] as const)
      expect(types, type).toContain(type);
    const meters = new Set(screens.events.flatMap((e) => (e.type === 'meterChanged' ? [e.meter.kind] : [])));
    expect([...meters].sort()).toEqual(['credibility', 'talks', 'tension', 'threat', 'world']);
  });

  it('the projector never lists a student, even the late joiner; the renamed student sees their new name', () => {
    const { screens } = scriptedClass();
    const projector = screens.viewOf(PROJECTOR);
    expect(projector.seats).toEqual([]);
    expect(projector.seatCounts).toEqual({ north: 2, south: 2, east: 1 });
    const nadia = screens.viewOf({ kind: 'seat', seatId: 'n2' });
    expect(nadia.you?.name).toBe('Nadia');
    expect(nadia.seats.map((s) => s.name)).toEqual(expect.arrayContaining(['Nadia', 'Student n1']));
  });
});
