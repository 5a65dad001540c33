// The debrief model: replays a transcript once and collects the timeline, meter series, round summaries,
// commitments, offers, participation and prompts as it goes. Pure; must not import Node, DOM or the clock.
import type { Command } from '../rules/commands.ts';
import type { GameEvent } from '../rules/events.ts';
import type { DelegationId, GameState, Meters, Phase, ResolvedMove, Scenario, SeatId } from '../rules/types.ts';
import { BANDS } from '../rules/types.ts';
import { DEFAULT_LANG, termIn, type Lang } from '../i18n/index.ts';
import { commitmentText, meterName, namesFor, teacherActionText, type Names } from './debrief-text.ts';
import { type MoveFact, narrower, reviewOffers } from './offers.ts';
import { replaySteps, type ReplayStep } from './replay.ts';
import { type CauseNames, causeNamesFrom, eventText } from '../causes/text.ts';
import type {
  CommitmentReview,
  DebriefPrompt,
  MeterPoint,
  MoveMarker,
  Participation,
  ReviewModel,
  RoundSummary,
  Scope,
  TimelineItem,
} from './review-types.ts';
import { REVIEW_VERSION } from './review-types.ts';
import type { Transcript } from './types.ts';

const STAGE_ORDER: Record<DebriefPrompt['stage'], number> = { describe: 0, analyze: 1, transfer: 2, apply: 3 };

/** The scenario's debrief prompts in Describe, Analyze, Transfer, Apply order (stable within a stage). */
export function orderedPrompts(scenario: Scenario): DebriefPrompt[] {
  return scenario.debriefPrompts
    .map((p, index) => ({ p, index }))
    .sort((a, b) => STAGE_ORDER[a.p.stage] - STAGE_ORDER[b.p.stage] || a.index - b.index)
    .map(({ p }) => ({ stage: p.stage, text: p.text }));
}

/** The ten undirected pairs in scenario order, "a|b" → the larger of both directions (as on the board). */
export function boardPairs(scenario: Scenario, threat: Meters['threat']): Record<string, number> {
  const pairs: Record<string, number> = {};
  const ids = scenario.delegations.map((d) => d.id);
  ids.forEach((a, i) => {
    for (const b of ids.slice(i + 1)) pairs[`${a}|${b}`] = Math.max(threat[a]?.[b] ?? 0, threat[b]?.[a] ?? 0);
  });
  return pairs;
}

/**
 * Builds the host's review by replaying the transcript once, its sentences in `lang` (the scenario's own text
 * is whatever language the scenario passed in speaks). Throws ReplayError when it cannot be replayed.
 */
export function buildReview(scenario: Scenario, transcript: Transcript, lang: Lang = DEFAULT_LANG): ReviewModel {
  return collectReview(scenario, transcript, (onStep) => replaySteps(scenario, transcript, onStep), lang);
}

/**
 * The collector behind buildReview, fed by any runner that calls `onStep` after each entry and returns the
 * final state (tests feed it directly; the page feeds it while scrubbing).
 */
export function collectReview(
  scenario: Scenario,
  transcript: Transcript,
  run: (onStep: (step: ReplayStep) => void) => GameState,
  lang: Lang = DEFAULT_LANG,
): ReviewModel {
  const collector = new ReviewCollector(scenario, transcript, lang);
  const final = run((step) => collector.step(step));
  return collector.finish(final);
}

type Tally = Omit<Participation, 'seatId' | 'delegation'>;

class ReviewCollector {
  private readonly names: Names;
  private readonly causeNames: CauseNames;
  private readonly commands = new Map<number, Command>();
  private readonly timeline: TimelineItem[] = [];
  private readonly moveItems = new Map<string, TimelineItem>();
  private readonly moveFacts = new Map<string, MoveFact & { item: TimelineItem }>();
  private readonly messageItems = new Map<string, TimelineItem>();
  private readonly settledCauses = new Map<string, string>();
  private readonly credited = new Map<string, string>();
  private readonly tallies = new Map<SeatId, Tally>();
  private readonly historySeqs: number[] = [0];
  private readonly roundSeqs = new Map<number, { from: number; to: number }>();
  private movesSeen = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly transcript: Transcript,
    lang: Lang,
  ) {
    this.names = namesFor(scenario, lang);
    this.causeNames = causeNamesFrom(this.names, scenario.news);
    for (const entry of transcript.entries) this.commands.set(entry.seq, entry.command);
  }

  /** An event's cause in the review's language (`why` on meter items keeps the data). */
  private causeOf(event: GameEvent): string {
    return eventText(event, this.names.lang, this.causeNames) ?? '';
  }

  step({ seq, state, events }: ReplayStep): void {
    const command = this.commands.get(seq);
    if (!command) return;
    const at = command.at;
    let index = 0;
    const add = (
      item: Omit<TimelineItem, 'id' | 'seq' | 'round' | 'phase' | 'at'> & { round?: number; phase?: Phase },
    ): TimelineItem => {
      const full: TimelineItem = { id: `${seq}.${index++}`, seq, round: state.round, phase: state.phase, at, ...item };
      this.timeline.push(full);
      return full;
    };
    const span = this.roundSeqs.get(state.round);
    if (span) span.to = seq;
    else this.roundSeqs.set(state.round, { from: seq, to: seq });

    this.tally(command);
    const teacherText = teacherActionText(this.names, command);
    // A student's extra time is an accommodation: the teacher's review names the student, no release shows it.
    const accommodation = command.type === 'setExtraTime' ? command.seatId : null;
    if (teacherText !== null)
      add({
        kind: 'teacher',
        delegation: null,
        to: null,
        channel: null,
        seatId: accommodation,
        text: teacherText,
        cause: null,
        scope: accommodation === null ? 'public' : 'host',
      });

    for (const event of events) this.event(event, add);
    this.newMoves(state, add);
    if (state.history.length > this.historySeqs.length) {
      while (this.historySeqs.length < state.history.length) this.historySeqs.push(seq);
    }
  }

  private tally(command: Command): void {
    if (command.by.kind !== 'seat') return;
    const seatId = command.by.seatId;
    let t = this.tallies.get(seatId);
    if (!t) {
      t = { messages: { team: 0, diplomatic: 0, public: 0 }, proposals: 0, approvals: 0, reflections: 0 };
      this.tallies.set(seatId, t);
    }
    switch (command.type) {
      case 'sendTeamMessage':
        t.messages.team++;
        break;
      case 'sendDiplomaticMessage':
        t.messages.diplomatic++;
        break;
      case 'makeStatement':
        t.messages.public++;
        break;
      case 'proposeMove':
        t.proposals++;
        break;
      case 'approveProposal':
        t.approvals++;
        break;
      case 'submitReflection':
        t.reflections++;
        break;
      default:
        break;
    }
  }

  private event(
    event: GameEvent,
    add: (
      item: Omit<TimelineItem, 'id' | 'seq' | 'round' | 'phase' | 'at'> & { round?: number; phase?: Phase },
    ) => TimelineItem,
  ): void {
    const n = this.names;
    switch (event.type) {
      case 'messageSent': {
        const m = event.message;
        const item = add({
          kind: 'message',
          delegation: m.from,
          to: m.to,
          channel: m.channel,
          seatId: m.seatId,
          text: m.text,
          cause: m.commitment ? commitmentText(n, m.commitment) : null,
          scope: m.channel,
          ...(m.commitment ? { commitment: m.commitment } : {}),
        });
        this.messageItems.set(m.id, item);
        return;
      }
      case 'newsPublished':
        add({
          kind: 'news',
          delegation: null,
          to: null,
          channel: null,
          seatId: null,
          text: event.news.headline,
          cause: event.news.body || null,
          scope: 'public',
        });
        return;
      case 'moveProposed': {
        const p = event.proposal;
        const spec = n.move(p.delegation, p.moveId);
        add({
          kind: 'proposal',
          delegation: p.delegation,
          to: p.target,
          channel: null,
          seatId: p.seatId,
          text: p.target
            ? n.say('proposedMoveToward', { move: spec.label, target: n.delegation(p.target) })
            : n.say('proposedMove', { move: spec.label }),
          cause: p.rationale,
          scope: 'team',
        });
        return;
      }
      case 'movesRevealed':
        for (const move of event.moves) this.moveItem(move, add);
        return;
      case 'covertRevealed': {
        const item = this.moveItem(event.move, add);
        item.scope = 'public';
        if (item.move) item.move.revealedRound = event.move.revealedRound;
        add({
          kind: 'move',
          delegation: event.move.delegation,
          to: event.move.target,
          channel: null,
          seatId: null,
          text: n.say('covertRevealed', {
            round: event.move.round,
            delegation: n.delegation(event.move.delegation),
            move: item.text,
          }),
          cause: this.causeOf(event),
          scope: 'public',
        });
        return;
      }
      case 'meterChanged': {
        const { key, label } = meterName(n, event.meter);
        const ref = event.meter;
        add({
          kind: 'meter',
          delegation: ref.kind === 'threat' ? ref.from : ref.kind === 'credibility' ? ref.delegation : null,
          to: ref.kind === 'threat' ? ref.to : null,
          channel: null,
          seatId: null,
          text: `${label}: ${round1(event.from)} → ${round1(event.to)}`,
          cause: this.causeOf(event),
          why: event.cause,
          scope: 'public',
          meter: { key, label, from: event.from, to: event.to },
        });
        return;
      }
      case 'bandChanged':
        add({
          kind: 'meter',
          delegation: null,
          to: null,
          channel: null,
          seatId: null,
          text: `${n.say('meterBand')}: ${termIn(n.lang, 'band', BANDS[event.from] ?? String(event.from))} → ${termIn(n.lang, 'band', BANDS[event.to] ?? String(event.to))}`,
          cause: n.say(event.to > event.from ? 'bandRose' : 'bandFell'),
          scope: 'public',
          meter: { key: 'band', label: n.say('meterBand'), from: event.from, to: event.to },
        });
        return;
      case 'commitmentSettled': {
        const c = event.commitment;
        this.settledCauses.set(c.id, this.causeOf(event));
        add({
          kind: 'commitment',
          delegation: c.delegation,
          to: c.terms.target,
          channel: null,
          seatId: null,
          text: n.say(c.status === 'kept' ? 'kept' : 'broke', {
            delegation: n.delegation(c.delegation),
            commitment: commitmentText(n, c.terms),
          }),
          cause: this.causeOf(event),
          scope: 'public',
          commitment: c.terms,
        });
        return;
      }
      case 'offerAnswered':
        this.credited.set(`${event.offeredBy}>${event.answeredBy}`, this.causeOf(event));
        add({
          kind: 'offer',
          delegation: event.answeredBy,
          to: event.offeredBy,
          channel: null,
          seatId: null,
          text: n.say('offerAnsweredBy', { by: n.delegation(event.answeredBy), to: n.delegation(event.offeredBy) }),
          cause: this.causeOf(event),
          scope: 'public',
        });
        return;
      case 'reflectionSubmitted':
        // Placed in its own round's reflection: one sent later on a student's own deadline (extra time) then reads
        // like any other, so a released timeline does not tell the class who had extra time.
        add({
          round: event.reflection.round,
          phase: 'reflection',
          kind: 'reflection',
          delegation: event.reflection.delegation,
          to: null,
          channel: null,
          seatId: event.reflection.seatId,
          text: event.reflection.text,
          cause: event.reflection.prompt,
          scope: 'team',
        });
        return;
      case 'phaseChanged':
        add({
          kind: 'phase',
          delegation: null,
          to: null,
          channel: null,
          seatId: null,
          text:
            event.phase === 'ended'
              ? n.say('sessionEnded')
              : n.say(event.round === 0 ? 'phaseLine' : 'roundPhase', {
                  round: event.round,
                  phase: termIn(n.lang, 'phase', event.phase),
                }),
          cause: null,
          scope: 'public',
        });
        return;
      case 'crisisHoldStarted':
        add({
          kind: 'phase',
          delegation: null,
          to: null,
          channel: null,
          seatId: null,
          text: n.say('crisisHold', { tension: round1(event.tension) }),
          cause: null,
          scope: 'public',
        });
        return;
      default:
        return;
    }
  }

  /** Moves that reached `state.moves` without a public reveal (covert ones) still belong on the timeline. */
  private newMoves(
    state: GameState,
    add: (item: Omit<TimelineItem, 'id' | 'seq' | 'round' | 'phase' | 'at'>) => TimelineItem,
  ): void {
    if (state.moves.length <= this.movesSeen) return;
    for (const move of state.moves.slice(this.movesSeen)) this.moveItem(move, add);
    this.movesSeen = state.moves.length;
  }

  private moveItem(
    move: ResolvedMove,
    add: (item: Omit<TimelineItem, 'id' | 'seq' | 'round' | 'phase' | 'at'>) => TimelineItem,
  ): TimelineItem {
    const key = `${move.round}|${move.delegation}`;
    const known = this.moveItems.get(key);
    if (known) return known;
    const n = this.names;
    const spec = n.move(move.delegation, move.moveId);
    const hidden = move.covert && move.revealedRound === null;
    const item = add({
      kind: 'move',
      delegation: move.delegation,
      to: move.target,
      channel: null,
      seatId: null,
      text:
        n.say(move.target ? 'moveLineToward' : 'moveLine', {
          delegation: n.delegation(move.delegation),
          move: spec.label,
          target: move.target ? n.delegation(move.target) : '',
        }) + (move.byBot ? n.say('byBot') : ''),
      cause: null,
      scope: hidden ? 'team' : 'public',
      move: { moveId: move.moveId, covert: move.covert, goldstein: spec.goldstein, revealedRound: move.revealedRound },
    });
    item.round = move.round;
    this.moveItems.set(key, item);
    this.moveFacts.set(key, {
      round: move.round,
      delegation: move.delegation,
      target: move.target,
      label: spec.label,
      goldstein: spec.goldstein,
      scope: item.scope,
      covert: move.covert,
      item,
    });
    return item;
  }

  finish(final: GameState): ReviewModel {
    const { scenario, transcript } = this;
    this.hideCausesOfHiddenMoves();
    const lastRound = final.round;
    const series = this.series(final);
    const markers = this.markers(series);
    const facts = [...this.moveFacts.values()].map((f) => ({ ...f, scope: f.item.scope }));
    const commitments = this.commitments(final);
    const people = Object.values(final.seats).map((s) => ({
      seatId: s.id,
      name: s.name,
      delegation: s.delegation,
      removed: s.removed,
    }));
    const participation: Participation[] = people.map((p) => {
      const t = this.tallies.get(p.seatId) ?? {
        messages: { team: 0, diplomatic: 0, public: 0 },
        proposals: 0,
        approvals: 0,
        reflections: 0,
      };
      return { seatId: p.seatId, delegation: p.delegation, ...t };
    });
    return {
      reviewVersion: REVIEW_VERSION,
      code: transcript.header.code,
      scenario: { id: scenario.id, version: scenario.version, title: scenario.title },
      level: 'host',
      pseudonyms: false,
      createdAt: transcript.header.createdAt,
      roundsPlayed: lastRound,
      ended: final.phase === 'ended',
      lastSeq: final.seq,
      delegations: scenario.delegations.map((d) => ({
        id: d.id,
        name: d.name,
        color: d.color,
        publicBrief: d.publicBrief,
        privateBrief: d.privateBrief,
      })),
      people,
      timeline: this.timeline,
      series,
      markers,
      rounds: this.rounds(series, lastRound),
      commitments,
      offers: reviewOffers(facts, lastRound, this.credited),
      participation,
      reflections: final.reflections.map((r) => ({
        round: r.round,
        seatId: r.seatId,
        delegation: r.delegation,
        prompt: r.prompt,
        text: r.text,
      })),
      prompts: orderedPrompts(scenario),
      scores: final.scores,
      finalMeters: final.meters,
    };
  }

  /**
   * A covert move never revealed stays the team's secret; a meter change whose cause names that move is
   * narrowed to the team level as well (a covert move's effects land only when revealed, so this is a guard).
   */
  private hideCausesOfHiddenMoves(): void {
    const hidden = [...this.moveFacts.values()].filter((f) => f.item.scope !== 'public');
    if (hidden.length === 0) return;
    for (const item of this.timeline) {
      if (item.kind !== 'meter' || !item.why) continue;
      const why = item.why;
      for (const f of hidden) {
        if (why.who === f.delegation && why.move !== undefined && f.item.move?.moveId === why.move)
          item.scope = narrower(item.scope, f.item.scope);
      }
    }
  }

  private series(final: GameState): MeterPoint[] {
    return final.history.map((m, round) => ({
      round,
      seq: this.historySeqs[round] ?? final.seq,
      tension: m.tension,
      band: m.band,
      world: { ...m.world },
      talks: m.talks,
      credibility: { ...m.credibility },
      pairs: boardPairs(this.scenario, m.threat),
    }));
  }

  private markers(series: MeterPoint[]): MoveMarker[] {
    const markers: MoveMarker[] = [];
    for (const f of this.moveFacts.values()) {
      if (f.item.move?.moveId === 'hold') continue;
      markers.push({
        round: f.round,
        seq: series[f.round]?.seq ?? f.item.seq,
        delegation: f.delegation,
        to: f.target,
        label: f.label,
        goldstein: f.goldstein,
        covert: f.item.move?.covert ?? false,
        scope: f.item.scope,
      });
    }
    return markers.sort((a, b) => a.round - b.round);
  }

  private rounds(series: MeterPoint[], lastRound: number): RoundSummary[] {
    const summaries: RoundSummary[] = [];
    const byRound = new Map<number, RoundSummary>();
    for (let round = 1; round <= lastRound; round++) {
      const span = this.roundSeqs.get(round) ?? { from: 0, to: 0 };
      const before = series[round - 1] ?? series[series.length - 1];
      const after = series[round] ?? series[series.length - 1];
      const summary: RoundSummary = {
        round,
        fromSeq: span.from,
        toSeq: span.to,
        news: [],
        moves: [],
        meterChanges: [],
        settled: [],
        tensionBefore: before?.tension ?? 0,
        tensionAfter: after?.tension ?? 0,
      };
      summaries.push(summary);
      byRound.set(round, summary);
    }
    for (const item of this.timeline) {
      const summary = byRound.get(item.round);
      if (!summary) continue;
      if (item.kind === 'news') summary.news.push(item);
      else if (item.kind === 'move' && item.move) summary.moves.push(item);
      else if (item.kind === 'meter') summary.meterChanges.push(item);
      else if (item.kind === 'commitment') summary.settled.push(item);
    }
    return summaries;
  }

  private commitments(final: GameState): CommitmentReview[] {
    return final.commitments.map((c) => {
      const message = this.messageItems.get(c.id);
      return {
        id: c.id,
        delegation: c.delegation as DelegationId,
        seatId: message?.seatId ?? null,
        terms: c.terms,
        text: message?.text ?? '',
        round: c.round,
        status: c.status,
        settledRound: c.settledRound,
        cause: this.settledCauses.get(c.id) ?? null,
        scope: 'public' as Scope,
      };
    });
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
