// The debrief (review) model: replays a transcript once and hands each accepted command to the parts that collect
// the review: the timeline (timeline.ts), the meter series and round summaries (series.ts), participation
// (participation.ts); then assembles the model with commitments, offers and prompts. Pure; must not import Node,
// DOM or the clock.
import { type CauseNames, causeNamesFrom } from '../causes/text.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/index.ts';
import type { Command } from '../rules/commands.ts';
import type { GameState } from '../rules/types.ts';
import type { Scenario } from '../scenario/types.ts';
import { namesFor, type Names } from './debrief-text.ts';
import { reviewOffers } from './offers.ts';
import { ParticipationCounter } from './participation.ts';
import { orderedPrompts } from './prompts.ts';
import { replaySteps, type ReplayStep } from './replay.ts';
import type { ReviewModel } from './review-types.ts';
import { REVIEW_VERSION } from './review-types.ts';
import { SeriesCollector } from './series.ts';
import { TimelineCollector } from './timeline.ts';
import type { Transcript } from './types.ts';

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

class ReviewCollector {
  private readonly names: Names;
  private readonly causeNames: CauseNames;
  private readonly commands = new Map<number, Command>();
  private readonly timeline: TimelineCollector;
  private readonly series: SeriesCollector;
  private readonly participation = new ParticipationCounter();

  constructor(
    private readonly scenario: Scenario,
    private readonly transcript: Transcript,
    lang: Lang,
  ) {
    this.names = namesFor(scenario, lang);
    this.causeNames = causeNamesFrom(this.names, scenario.news);
    this.timeline = new TimelineCollector(this.names, this.causeNames);
    this.series = new SeriesCollector(scenario);
    for (const entry of transcript.entries) this.commands.set(entry.seq, entry.command);
  }

  step({ seq, state, events }: ReplayStep): void {
    const command = this.commands.get(seq);
    if (!command) return;
    this.series.before(seq, state);
    this.participation.count(command);
    this.timeline.step(seq, command, state, events);
    this.series.after(seq, state);
  }

  finish(final: GameState): ReviewModel {
    const { scenario, transcript, timeline } = this;
    timeline.hideCausesOfHiddenMoves();
    const lastRound = final.round;
    const series = this.series.series(final);
    const facts = [...timeline.moves.values()].map((f) => ({ ...f, scope: f.item.scope }));
    const people = Object.values(final.seats).map((s) => ({
      seatId: s.id,
      name: s.name,
      delegation: s.delegation,
      removed: s.removed,
    }));
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
      timeline: timeline.items,
      series,
      markers: timeline.markers(series),
      rounds: this.series.rounds(series, lastRound, timeline.items),
      commitments: timeline.commitments(final),
      offers: reviewOffers(facts, lastRound, timeline.credited),
      participation: this.participation.table(people),
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
}
