// The review model a teacher debriefs with: timeline, series, commitments, offers, participation, prompts.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/rules/commands.ts';
import type { GameState, ResolvedMove } from '../../../shared/rules/types.ts';
import type { Scenario } from '../../../shared/scenario/types.ts';
import { buildReview, collectReview } from '../../../shared/transcript/debrief.ts';
import { orderedPrompts } from '../../../shared/transcript/prompts.ts';
import { reviewOffers, type MoveFact } from '../../../shared/transcript/offers.ts';
import { replay, replaySteps, type ReplayStep } from '../../../shared/transcript/replay.ts';
import { TIMELINE_KINDS } from '../../../shared/transcript/review-types.ts';
import { FIXTURE_PLAN, makeSession } from '../../fixtures/make-session.ts';
import { MARK, markedSession, scripted, tinyScenario } from './review-helpers.ts';

describe('timeline of a scripted class session', () => {
  // Built inside each test, so mutation testing can trace which tests read which part of the review.
  const built = () => buildReview(tinyScenario, markedSession());

  it('holds every message with its channel, sender and round, in seq order', () => {
    const review = built();
    const messages = review.timeline.filter((i) => i.kind === 'message');
    expect(messages.map((m) => m.channel)).toEqual([
      'team',
      'diplomatic',
      'public',
      'team',
      'diplomatic',
      'public',
      'team',
      'diplomatic',
      'public',
    ]);
    expect(messages.every((m) => m.round === 1 && m.phase === 'deliberation' && m.seatId !== null)).toBe(true);
    const diplomatic = messages.find((m) => m.channel === 'diplomatic' && m.delegation === 'north');
    expect(diplomatic).toMatchObject({ to: 'south', text: `${MARK.diplomatic} north to south`, scope: 'diplomatic' });
    const seqs = review.timeline.map((i) => i.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('records teacher actions, proposals with rationale and reflections with their prompt', () => {
    const review = built();
    expect(review.timeline.filter((i) => i.kind === 'teacher').map((i) => i.text)).toContain(
      'The teacher ended the session.',
    );
    const proposal = review.timeline.find((i) => i.kind === 'proposal' && i.delegation === 'east');
    expect(proposal).toMatchObject({
      text: 'Proposed Offer talks toward North',
      cause: `${MARK.plan} east`,
      scope: 'team',
    });
    const reflections = review.timeline.filter((i) => i.kind === 'reflection');
    expect(reflections).toHaveLength(3);
    expect(reflections[0]?.cause).toBe(tinyScenario.reflectionPrompts[0]);
    // A reflection is its writer's team's business, under its round's reflection phase.
    expect(reflections[0]).toMatchObject({ round: 1, phase: 'reflection', scope: 'team', delegation: 'north' });
  });

  it('names the move a team proposed without a target', () => {
    const transcript = scripted(tinyScenario, (play) => {
      play({ type: 'joinSeat', seatId: 'a', name: 'Ana', delegation: 'north', by: { kind: 'system' } } as never);
      play({ type: 'startSession', by: { kind: 'host' } });
      play({ type: 'skipPhase', by: { kind: 'host' } });
      play({ type: 'skipPhase', by: { kind: 'host' } });
      play({
        type: 'proposeMove',
        moveId: 'drill',
        target: null,
        rationale: 'Show strength',
        by: { kind: 'seat', seatId: 'a' },
      } as never);
    });
    const proposal = buildReview(tinyScenario, transcript).timeline.find((i) => i.kind === 'proposal');
    expect(proposal).toMatchObject({ text: 'Proposed Drills', to: null, cause: 'Show strength', scope: 'team' });
  });

  it('names no student in any sentence (names resolve through people, so pseudonyms are one swap)', () => {
    const review = built();
    const sentences = review.timeline.map((i) => `${i.text} ${i.cause ?? ''}`).join('\n');
    expect(sentences).not.toContain(MARK.nickname);
    expect(JSON.stringify(review)).not.toContain(MARK.oldName);
    expect(review.people.find((p) => p.seatId === 'north2')?.name).toBe(`${MARK.nickname}0c`);
  });

  it('every item has a kind the filter knows and ids are unique', () => {
    const review = built();
    expect(review.timeline.every((i) => (TIMELINE_KINDS as readonly string[]).includes(i.kind))).toBe(true);
    expect(new Set(review.timeline.map((i) => i.id)).size).toBe(review.timeline.length);
  });

  it('says whose meter moved, toward whom, from and to, after the moves that moved it; offers and kept pledges are public', () => {
    const review = built();
    const line = (text: string) => review.timeline.find((i) => i.text === text);
    expect(line('South feels threatened by North: 35 → 27.3')).toMatchObject({
      kind: 'meter',
      delegation: 'south',
      to: 'north',
      scope: 'public',
      meter: { key: 'threat:south:north', label: 'South feels threatened by North', from: 35, to: 27.3 },
    });
    expect(line('North credibility: 60 → 64')).toMatchObject({ kind: 'meter', delegation: 'north', to: null });
    expect(line('Talks ladder: 0 → 1')).toMatchObject({ kind: 'meter', delegation: null, to: null });
    expect(line('South answered North’s offer')).toMatchObject({
      kind: 'offer',
      delegation: 'south',
      to: 'north',
      scope: 'public',
    });
    expect(review.timeline.filter((i) => i.kind === 'commitment').map((i) => [i.text, i.to, i.scope])).toEqual([
      ['North kept its pledge: no hostile move toward South', 'south', 'public'],
      ['South kept its pledge: no hostile move toward North', 'north', 'public'],
      ['East kept its pledge: no hostile move toward North', 'north', 'public'],
    ]);
    // The round's three moves are read first, then what they did to the meters.
    const kinds = review.timeline.filter((i) => i.kind === 'move' || i.kind === 'meter').map((i) => i.kind);
    expect(kinds.slice(0, 4)).toEqual(['move', 'move', 'move', 'meter']);
  });

  it('ties each pledge to the statement that made it', () => {
    const review = built();
    expect(review.commitments).toHaveLength(3);
    expect(review.commitments[0]).toMatchObject({
      delegation: 'north',
      seatId: 'north1',
      text: `${MARK.public} of north`,
      round: 1,
    });
    expect(['standing', 'kept', 'broken']).toContain(review.commitments[0]?.status);
    const statement = review.timeline.find((i) => i.kind === 'message' && i.text === `${MARK.public} of north`);
    expect(statement?.commitment).toEqual({ kind: 'pledge', target: 'south' });
  });

  it('tallies each student: messages by channel, proposals, approvals, reflections', () => {
    const review = built();
    const north1 = review.participation?.find((p) => p.seatId === 'north1');
    const north2 = review.participation?.find((p) => p.seatId === 'north2');
    expect(north1).toMatchObject({
      messages: { team: 1, diplomatic: 0, public: 1 },
      proposals: 1,
      approvals: 0,
      reflections: 1,
    });
    expect(north2).toMatchObject({
      messages: { team: 0, diplomatic: 1, public: 0 },
      proposals: 0,
      approvals: 1,
      reflections: 0,
    });
    expect(review.participation).toHaveLength(6);
  });

  it('gives every student a row of exactly these counts, the teacher’s own commands counted for nobody', () => {
    const review = built();
    const speaker = { messages: { team: 1, diplomatic: 0, public: 1 }, proposals: 1, approvals: 0, reflections: 1 };
    const seconder = { messages: { team: 0, diplomatic: 1, public: 0 }, proposals: 0, approvals: 1, reflections: 0 };
    expect(review.participation).toEqual(
      ['north', 'south', 'east'].flatMap((delegation) => [
        { seatId: `${delegation}1`, delegation, ...speaker },
        { seatId: `${delegation}2`, delegation, ...seconder },
      ]),
    );
  });

  it('keeps a row of zeros for a student who never sent anything, and counts a withdrawn approval as nothing more', () => {
    const c = (command: Record<string, unknown>) => command as unknown as Omit<Command, 'at'>;
    const seat = (seatId: string) => ({ kind: 'seat', seatId });
    const transcript = scripted(tinyScenario, (play) => {
      for (const seatId of ['talker', 'waverer', 'silent'])
        play(c({ type: 'joinSeat', seatId, name: seatId, delegation: 'north', by: { kind: 'system' } }));
      play(c({ type: 'startSession', by: { kind: 'host' } }));
      play(c({ type: 'skipPhase', by: { kind: 'host' } })); // → news
      play(c({ type: 'skipPhase', by: { kind: 'host' } })); // → deliberation
      play(c({ type: 'sendTeamMessage', text: 'hello', by: seat('talker') }));
      const proposed = play(
        c({ type: 'proposeMove', moveId: 'talk', target: 'south', rationale: 'talks first', by: seat('talker') }),
      );
      const proposalId = proposed.proposals.at(-1)!.id;
      play(c({ type: 'approveProposal', proposalId, by: seat('waverer') }));
      play(c({ type: 'withdrawApproval', proposalId, by: seat('waverer') }));
      play(c({ type: 'endSession', by: { kind: 'host' } }));
    });
    const row = (seatId: string, team: number, proposals: number, approvals: number) => ({
      seatId,
      delegation: 'north',
      messages: { team, diplomatic: 0, public: 0 },
      proposals,
      approvals,
      reflections: 0,
    });
    expect(buildReview(tinyScenario, transcript).participation).toEqual([
      row('talker', 1, 1, 0),
      row('waverer', 0, 0, 1),
      row('silent', 0, 0, 0),
    ]);
  });

  it('knows the session ended and how many rounds were played', () => {
    const review = built();
    expect(review.ended).toBe(true);
    expect(review.roundsPlayed).toBe(1);
    expect(review.rounds.map((r) => r.round)).toEqual([1]);
  });
  it('heads the debrief with the scenario, its delegations and who played, as the host’s own full view', () => {
    const review = built();
    expect(review).toMatchObject({
      scenario: { id: tinyScenario.id, version: tinyScenario.version, title: tinyScenario.title },
      level: 'host',
      pseudonyms: false,
    });
    expect(review.delegations.map((d) => [d.id, d.name, d.color, d.publicBrief, d.privateBrief])).toEqual(
      tinyScenario.delegations.map((d) => [d.id, d.name, d.color, d.publicBrief, d.privateBrief]),
    );
    expect(review.people.map((p) => [p.seatId, p.delegation, p.removed])).toEqual(
      ['north', 'south', 'east'].flatMap((d) => [
        [`${d}1`, d, false],
        [`${d}2`, d, false],
      ]),
    );
  });

  it('finds the session’s conciliatory offers: North’s talks answered by South in the rules’ words, East’s still open', () => {
    const review = built();
    expect(review.offers.map((o) => [o.offeredBy, o.to, o.status, o.answeredRound, o.cause])).toEqual([
      [
        'north',
        'south',
        'answered',
        1,
        "Offer answered: North's Offer talks (round 1) got South's Offer talks in return",
      ],
      ['east', 'north', 'open', null, null],
    ]);
  });

  it('gives the scrubber each round’s span, from the command that opened it to the last one in it', () => {
    const review = built();
    const opened = review.timeline.find((i) => i.kind === 'phase' && i.phase === 'news')?.seq;
    expect(review.rounds[0]).toMatchObject({ round: 1, fromSeq: opened, toSeq: review.lastSeq });
    expect(opened).toBeGreaterThan(0);
  });
});

describe('debrief prompts', () => {
  it('come in Describe, Analyze, Transfer, Apply order whatever order the scenario lists them in', () => {
    const scenario: Scenario = {
      ...tinyScenario,
      debriefPrompts: [
        { stage: 'apply', text: 'A1' },
        { stage: 'describe', text: 'D1' },
        { stage: 'transfer', text: 'T1' },
        { stage: 'analyze', text: 'N1' },
        { stage: 'describe', text: 'D2' },
      ],
    };
    expect(orderedPrompts(scenario).map((p) => p.text)).toEqual(['D1', 'D2', 'N1', 'T1', 'A1']);
  });
});

describe('conciliatory offers (GRIT)', () => {
  const fact = (
    round: number,
    delegation: string,
    target: string | null,
    goldstein: number,
    label = 'move',
  ): MoveFact => ({
    round,
    delegation,
    target,
    goldstein,
    label,
    scope: 'public',
  });
  const cases: {
    name: string;
    moves: MoveFact[];
    last: number;
    expected: { by: string; status: string; answered: number | null }[];
  }[] = [
    {
      name: 'answered the next round',
      moves: [fact(1, 'a', 'b', 7), fact(2, 'b', 'a', 5)],
      last: 3,
      expected: [{ by: 'a', status: 'answered', answered: 2 }],
    },
    {
      name: 'answered in the same round (mutual)',
      moves: [fact(1, 'a', 'b', 7), fact(1, 'b', 'a', 7)],
      last: 1,
      expected: [{ by: 'a', status: 'answered', answered: 1 }],
    },
    {
      name: 'ignored when two rounds pass',
      moves: [fact(1, 'a', 'b', 7), fact(2, 'b', 'a', -7)],
      last: 3,
      expected: [{ by: 'a', status: 'ignored', answered: null }],
    },
    {
      name: 'too late counts as a new offer',
      moves: [fact(1, 'a', 'b', 7), fact(4, 'b', 'a', 7)],
      last: 4,
      expected: [
        { by: 'a', status: 'ignored', answered: null },
        { by: 'b', status: 'open', answered: null },
      ],
    },
    {
      name: 'still open when the session ends first',
      moves: [fact(5, 'a', 'b', 7)],
      last: 6,
      expected: [{ by: 'a', status: 'open', answered: null }],
    },
    {
      name: 'an untargeted or hostile move is no offer',
      moves: [fact(1, 'a', null, 9), fact(1, 'b', 'a', -3), fact(1, 'c', 'a', 0)],
      last: 3,
      expected: [],
    },
    {
      name: 'a third party does not answer for the target',
      moves: [fact(1, 'a', 'b', 7), fact(2, 'c', 'a', 7)],
      last: 3,
      expected: [
        { by: 'a', status: 'ignored', answered: null },
        { by: 'c', status: 'open', answered: null },
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const offers = reviewOffers(c.moves, c.last, new Map());
      expect(offers.map((o) => ({ by: o.offeredBy, status: o.status, answered: o.answeredRound }))).toEqual(c.expected);
    });
  }

  it('carries the rules’ own words when they credited the answer, and the narrower scope of both moves', () => {
    const moves = [fact(1, 'a', 'b', 7), { ...fact(2, 'b', 'a', 5), scope: 'team' as const }];
    const [offer] = reviewOffers(moves, 3, new Map([['a>b', 'B answered A’s talks offer: +4 credibility']]));
    expect(offer).toMatchObject({
      status: 'answered',
      cause: 'B answered A’s talks offer: +4 credibility',
      scope: 'team',
    });
  });
});

describe('covert moves', () => {
  const move = (delegation: string, moveId: string, target: string | null, revealedRound: number | null) =>
    ({
      round: 1,
      delegation,
      moveId,
      target,
      proposalId: null,
      byBot: false,
      covert: moveId === 'hack',
      revealedRound,
    }) satisfies ResolvedMove;
  const threat = (from: string, to: string, who: string, moveId: string, value = 33): ReplayStep['events'][number] => ({
    type: 'meterChanged',
    meter: { kind: 'threat', from, to },
    from: 30,
    to: value,
    cause: { code: 'move', mechanism: 'direct', who, move: moveId, toward: from },
  });
  /** The review of the scripted session with its first resolution replaced by these moves, reveal and meters. */
  function resolvedAs(moves: ResolvedMove[], revealed: ResolvedMove[], meters: ReplayStep['events']) {
    const transcript = markedSession();
    // Feed the real steps up to the first resolution, with the model's own reveal replaced by this one.
    const REPLACED = new Set([
      'movesRevealed',
      'covertRevealed',
      'meterChanged',
      'bandChanged',
      'offerAnswered',
      'commitmentSettled',
    ]);
    return collectReview(tinyScenario, transcript, (onStep) => {
      let last: GameState | null = null;
      replaySteps(tinyScenario, transcript, (step) => {
        if (last?.phase === 'resolution') return;
        if (step.state.phase !== 'resolution') {
          last = step.state;
          return onStep(step);
        }
        last = { ...step.state, moves };
        onStep({
          seq: step.seq,
          state: last,
          events: [
            ...step.events.filter((e) => !REPLACED.has(e.type)),
            { type: 'movesRevealed', round: 1, moves: revealed },
            ...meters,
          ],
        });
      });
      if (!last) throw new Error('no step');
      return last;
    });
  }

  it('stay the team’s until revealed, and so do meter causes that name them', () => {
    const covert = move('north', 'hack', 'south', null);
    const open = move('south', 'talk', 'north', 1);
    const review = resolvedAs(
      [covert, open],
      [open],
      [threat('south', 'north', 'north', 'hack', 36), threat('north', 'south', 'south', 'talk', 27)],
    );
    const moves = review.timeline.filter((i) => i.kind === 'move');
    expect(moves.find((m) => m.delegation === 'north')).toMatchObject({
      scope: 'team',
      text: 'North: Cyber theft → South',
    });
    expect(moves.find((m) => m.delegation === 'south')?.scope).toBe('public');
    const meters = review.timeline.filter((i) => i.kind === 'meter');
    expect(meters.map((m) => m.scope)).toEqual(['team', 'public']);
    expect(review.markers.find((m) => m.delegation === 'north')?.scope).toBe('team');
    expect(review.rounds[0]?.moves).toHaveLength(2);
  });

  it('once revealed, a covert move is the class’s: public, marked covert on the chart, its effects public too', () => {
    // North's hack stays secret; South's hack of the same kind was revealed; East held.
    const secret = move('north', 'hack', 'south', null);
    const revealed = move('south', 'hack', 'north', 1);
    const held = move('east', 'hold', null, 1);
    const review = resolvedAs(
      [secret, revealed, held],
      [revealed, held],
      [
        threat('south', 'north', 'north', 'hack'),
        threat('north', 'south', 'south', 'hack'),
        // A cause naming another of North's moves, not the secret one.
        threat('east', 'north', 'north', 'talk'),
      ],
    );
    const moves = review.timeline.filter((i) => i.kind === 'move');
    expect(moves.map((m) => [m.delegation, m.scope, m.move?.covert]).sort()).toEqual([
      ['east', 'public', false],
      ['north', 'team', true],
      ['south', 'public', true],
    ]);
    const meters = review.timeline.filter((i) => i.kind === 'meter');
    expect(meters.map((m) => [m.why?.who, m.why?.move, m.scope])).toEqual([
      ['north', 'hack', 'team'],
      ['south', 'hack', 'public'],
      ['north', 'talk', 'public'],
    ]);
    // The chart marks every move but a hold, a revealed covert one as covert.
    expect(review.markers.map((m) => [m.delegation, m.covert, m.scope]).sort()).toEqual([
      ['north', true, 'team'],
      ['south', true, 'public'],
    ]);
    expect(review.rounds[0]?.moves).toHaveLength(3);
  });
  it('a band the class falls out of reads as a fall, in the class’s words', () => {
    const open = move('south', 'talk', 'north', 1);
    const review = resolvedAs([open], [open], [{ type: 'bandChanged', from: 2, to: 1 }]);
    expect(review.timeline.filter((i) => i.meter?.key === 'band').map((i) => [i.text, i.cause, i.scope])).toEqual([
      [
        'Tension band: crisis → posturing',
        'Tension fell far enough below the threshold to leave the band (bands are harder to leave than to enter).',
        'public',
      ],
    ]);
  });
});

describe('covert moves revealed at the end', () => {
  it('each becomes a public line saying who did what in which round, and its move turns public', () => {
    const review = buildReview(tinyScenario, makeSession(tinyScenario, FIXTURE_PLAN).transcript);
    const reveals = review.timeline.filter((i) => i.text.startsWith('Revealed:'));
    expect(reveals.map((i) => [i.kind, i.delegation, i.to, i.text, i.cause, i.scope])).toEqual(
      [1, 2].map((round) => [
        'move',
        'north',
        'east',
        `Revealed: in round ${round}, North made a secret move: North: Cyber theft → East`,
        'Shown at the end of the game',
        'public',
      ]),
    );
    const hacks = review.timeline.filter((i) => i.kind === 'move' && i.move?.covert);
    expect(hacks.map((i) => [i.scope, i.move?.revealedRound])).toEqual([
      ['public', 6],
      ['public', 6],
    ]);
  });
});

describe('the timeline’s phase and news lines', () => {
  const newsAndEnd = () =>
    scripted(tinyScenario, (play) => {
      const p = (c: Record<string, unknown>) => play(c as Omit<Command, 'at'>);
      p({ type: 'joinSeat', by: { kind: 'system' }, seatId: 'n1', name: 'Ana', delegation: 'north' });
      p({ type: 'startSession', by: { kind: 'host' } });
      p({ type: 'skipPhase', by: { kind: 'host' } });
      p({ type: 'injectNews', by: { kind: 'host' }, headline: 'Floods' });
      p({ type: 'injectNews', by: { kind: 'host' }, headline: 'Storm', body: 'Rivers burst.' });
      p({ type: 'endSession', by: { kind: 'host' } });
    });

  it('name the briefing, each round’s phase and the end, and every headline with its story, for the whole class', () => {
    const review = buildReview(tinyScenario, newsAndEnd());
    const lines = review.timeline
      .filter((i) => i.kind === 'phase' || i.kind === 'news')
      .map((i) => [i.kind, i.text, i.cause, i.scope]);
    expect(lines).toEqual([
      ['phase', 'Phase: Briefing', null, 'public'],
      ['phase', 'Round 1: News', null, 'public'],
      ['news', 'Floods', null, 'public'],
      ['news', 'Storm', 'Rivers burst.', 'public'],
      ['phase', 'The session ended.', null, 'public'],
    ]);
  });
});

describe('meters replayed at every round equal those recorded in the live run', () => {
  it('places each round’s point at the command that resolved it, where its moves appear, not at the end', () => {
    const review = buildReview(tinyScenario, markedSession());
    const revealed = review.timeline.filter((i) => i.kind === 'move').map((i) => i.seq);
    expect(revealed.length).toBeGreaterThan(0);
    expect(review.series.map((p) => p.seq)).toEqual([0, revealed[0]]);
    expect(review.series[1]!.seq).toBeLessThan(review.lastSeq);
    expect(review.markers.map((m) => m.seq)).toEqual(revealed);
  });

  it('carries every meter of each round and every pair of delegations once, at the larger of its two threats', () => {
    const recorded = makeSession(tinyScenario, FIXTURE_PLAN);
    const review = buildReview(tinyScenario, recorded.transcript);
    const ids = tinyScenario.delegations.map((d) => d.id);
    let lopsided = 0;
    review.series.forEach((point, round) => {
      const live = recorded.history[round]!;
      expect({ band: point.band, talks: point.talks, credibility: point.credibility }).toEqual({
        band: live.band,
        talks: live.talks,
        credibility: live.credibility,
      });
      const pairs: Record<string, number> = {};
      ids.forEach((a, i) => {
        for (const b of ids.slice(i + 1)) {
          const [ab, ba] = [live.threat[a]![b]!, live.threat[b]![a]!];
          pairs[`${a}|${b}`] = Math.max(ab, ba);
          if (ab !== ba) lopsided++;
        }
      });
      expect(point.pairs).toEqual(pairs);
    });
    expect(lopsided).toBeGreaterThan(0); // so the larger of the two directions is really chosen
    expect(review.series.map((p) => p.talks)).toContain(2);
  });

  it('sums up each round from the timeline: news, moves, meter changes, settled pledges, tension before and after', () => {
    const recorded = makeSession(tinyScenario, FIXTURE_PLAN);
    const review = buildReview(tinyScenario, recorded.transcript);
    expect(review.rounds.map((r) => r.round)).toEqual([1, 2, 3, 4, 5, 6]);
    review.rounds.forEach((r, i) => {
      const of = (kind: string) => review.timeline.filter((item) => item.round === r.round && item.kind === kind);
      expect(r.news).toEqual(of('news'));
      // A covert move revealed later gets its own line in the round of the reveal, not a second move.
      expect(r.moves).toEqual(of('move').filter((item) => item.move !== undefined));
      expect(r.meterChanges).toEqual(of('meter'));
      expect(r.settled).toEqual(of('commitment'));
      expect([r.tensionBefore, r.tensionAfter]).toEqual([review.series[i]!.tension, review.series[i + 1]!.tension]);
      // The scrubber's spans follow each other with no gap: each round starts right after the last one ended.
      expect(r.fromSeq).toBeLessThan(r.toSeq);
      if (i > 0) expect(r.fromSeq).toBe(review.rounds[i - 1]!.toSeq + 1);
      // Each point of the chart sits between its round's first command and its last.
      expect(review.series[i + 1]!.seq).toBeGreaterThanOrEqual(r.fromSeq);
      expect(review.series[i + 1]!.seq).toBeLessThanOrEqual(r.toSeq);
    });
    const all = review.rounds.map((r) => [r.news.length, r.moves.length, r.meterChanges.length, r.settled.length]);
    for (const column of [0, 1, 2, 3]) expect(all.some((counts) => counts[column]! > 0)).toBe(true);
    expect(review.rounds.at(-1)?.toSeq).toBe(review.lastSeq);
    // The chart marks every move but a hold (one delegation held in round 4).
    expect(review.markers).toHaveLength(
      review.rounds.flatMap((r) => r.moves).filter((m) => m.move?.moveId !== 'hold').length,
    );
    expect(review.rounds[3]?.moves.some((m) => m.move?.moveId === 'hold')).toBe(true);
  });

  it('shows no change of tension for a round the teacher ended before it resolved', () => {
    const transcript = scripted(
      tinyScenario,
      (play) => {
        play({ type: 'joinSeat', seatId: 'n1', name: 'n1', delegation: 'north', by: { kind: 'system' } } as Omit<
          Command,
          'at'
        >);
        play({ type: 'startSession', by: { kind: 'host' } });
        for (let i = 0; i < 6; i++) play({ type: 'skipPhase', by: { kind: 'host' } }); // → round 2's news
        play({ type: 'endSession', by: { kind: 'host' } });
      },
      2,
    );
    const review = buildReview(tinyScenario, transcript);
    expect(review.roundsPlayed).toBe(2);
    expect(review.series).toHaveLength(2);
    const resolved = review.series[1]!.tension;
    expect(resolved).toBeGreaterThan(0);
    expect(review.rounds.map((r) => [r.round, r.tensionBefore, r.tensionAfter])).toEqual([
      [1, review.series[0]!.tension, resolved],
      [2, resolved, resolved],
    ]);
  });

  it('for a generated 6-round class session', () => {
    const recorded = makeSession(tinyScenario, FIXTURE_PLAN);
    const review = buildReview(tinyScenario, recorded.transcript);
    expect(review.series).toHaveLength(recorded.history.length);
    review.series.forEach((point, round) => {
      const live = recorded.history[round];
      expect(point.tension).toBe(live?.tension);
      expect(point.world).toEqual(live?.world);
      const atRoundEnd = replay(tinyScenario, recorded.transcript, point.seq).state;
      expect(atRoundEnd.history[round]).toEqual(live);
    });
    expect(review.lastSeq).toBe(recorded.transcript.entries.length);
  });
});
