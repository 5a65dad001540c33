// The replay scrubber: pick any moment and see the situation board and the meters in words at that moment.
// The host's page replays the transcript in the browser with the shared rules; a shared link (no transcript)
// steps through the recorded rounds instead. Phaser loads only when the board is first shown.
import type { ScenarioView } from '../../shared/rules/view-types.ts';
import type { GameState, Meters } from '../../shared/rules/types.ts';
import type { Scenario } from '../../shared/scenario/types.ts';
import { BANDS, TALKS_LADDER, WORLD_METERS } from '../../shared/rules/types.ts';
import type { View } from '../../shared/rules/view-types.ts';
import type { Engine } from '../../shared/engines/types.ts';
import type { MeterPoint, ReviewModel } from '../../shared/transcript/review-types.ts';
import type { Transcript } from '../../shared/transcript/types.ts';
import type { BoardSource, BoardState } from '../board/source.ts';
import { createViewSource } from '../board/source.ts';
import { rt, term } from '../i18n/index.ts';
import { h, replace } from '../panels/dom.ts';

const CHECKPOINT = 100;

/** The scenario as the host's board reads it: the rules' own projection for the host (every brief, Hold included). */
function hostScenarioView({ engine, scenario, transcript }: ReplayData): ScenarioView {
  const start = engine.createInitialState({
    scenario,
    settings: transcript.header.settings,
    seed: transcript.header.seed,
  });
  return engine.scenarioFor(scenario, { kind: 'host' }, start);
}

/** A projector-like View of one recorded round, for a shared link that has only the review's series. */
export function seriesView(review: ReviewModel, point: MeterPoint): View {
  const meters: Meters = {
    tension: point.tension,
    band: point.band,
    threat: {},
    world: point.world,
    talks: point.talks,
    credibility: point.credibility,
  };
  return {
    viewer: { kind: 'projector' },
    scenarioId: review.scenario.id,
    scenarioVersion: review.scenario.version,
    seq: point.seq,
    phase: point.round === 0 ? 'briefing' : 'resolution',
    round: point.round,
    rounds: null,
    clock: { endsAt: null, remainingMs: null, paused: false },
    joinsLocked: true,
    crisisHold: false,
    seats: [],
    seatCounts: {},
    you: null,
    privateOf: [],
    meters,
    pairs: point.pairs,
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
  };
}

function sharedScenarioView(review: ReviewModel): ScenarioView {
  return {
    id: review.scenario.id,
    version: review.scenario.version,
    title: review.scenario.title,
    summary: '',
    delegations: review.delegations.map((d) => ({
      id: d.id,
      name: d.name,
      actor: d.name,
      color: d.color,
      publicBrief: d.publicBrief,
      privateBrief: null,
      objectives: null,
      redLines: [],
    })),
    moves: {},
    injectableNews: [],
  };
}

/** The meters of a moment in words: the board's text equivalent. */
function metersText(review: ReviewModel, meters: Meters, pairs: Record<string, number>): HTMLElement {
  const name = (id: string) => review.delegations.find((d) => d.id === id)?.name ?? id;
  return h(
    'ul',
    { class: 'meters-text' },
    h(
      'li',
      {},
      `${rt('meterTension')}: ${meters.tension} (${term('band', BANDS[meters.band] ?? String(meters.band))})`,
    ),
    ...WORLD_METERS.map((m) => h('li', {}, `${term('world', m)}: ${meters.world[m]}`)),
    h('li', {}, `${rt('meterTalks')}: ${term('talks', TALKS_LADDER[meters.talks] ?? String(meters.talks))}`),
    h(
      'li',
      {},
      rt('pairsLine', {
        pairs: Object.entries(pairs)
          .map(([key, v]) => `${key.split('|').map(name).join('–')} ${Math.round(v)}`)
          .join(', '),
      }),
    ),
  );
}

/** What the host's page replays with: the session's scenario and transcript, and the engine of its rules version. */
export interface ReplayData {
  scenario: Scenario;
  transcript: Transcript;
  engine: Engine;
}

export interface ScrubberInput {
  review: ReviewModel;
  /** Host only: replay data for seq-exact scrubbing. */
  replayData: ReplayData | null;
  /** Told the round shown, to highlight it on the chart. */
  onRound(round: number): void;
}

export interface Scrubber {
  el: HTMLElement;
  /** Moves to a seq (host) or a round (shared link) and moves focus to the slider. */
  goTo(position: number): void;
}

/** The scrubber section: a labelled range, the moment in words, and the board (loaded on request). */
export function scrubber({ review, replayData, onRound }: ScrubberInput): Scrubber {
  const exact = replayData !== null;
  const max = exact ? review.lastSeq : Math.max(0, review.series.length - 1);
  const range = h('input', {
    type: 'range',
    min: 0,
    max,
    step: 1,
    value: max,
    id: 'scrub',
    'aria-describedby': 'scrub-status',
  });
  const status = h('p', { id: 'scrub-status', class: 'scrub-status', 'aria-live': 'polite' });
  const words = h('div', { class: 'scrub-words' });
  const holder = h('div', { class: 'board review-board', role: 'img', 'aria-label': rt('boardAria') });
  const showBoard = h('button', { type: 'button' }, rt('showBoard'));
  const prev = h('button', { type: 'button', 'aria-label': rt(exact ? 'stepBack' : 'roundBack') }, '◀');
  const next = h('button', { type: 'button', 'aria-label': rt(exact ? 'stepForward' : 'roundForward') }, '▶');
  let source: (BoardSource & { set(next: Partial<BoardState>): void }) | null = null;
  const scenarioView = replayData ? hostScenarioView(replayData) : sharedScenarioView(review);
  let pending = 0;

  // Replaying from the start on every move of the slider is slow for long sessions: keep every
  // CHECKPOINT-th state from one full replay (states are immutable, so this shares most memory) and
  // apply at most CHECKPOINT - 1 commands from the nearest one.
  let checkpoints: Map<number, GameState> | null = null;
  const stateAt = (seq: number): GameState | null => {
    if (!replayData) return null;
    const { scenario, transcript, engine } = replayData;
    const { applyCommand, replay } = engine;
    if (!checkpoints) {
      const saved = new Map<number, GameState>([
        [
          0,
          engine.createInitialState({ scenario, settings: transcript.header.settings, seed: transcript.header.seed }),
        ],
      ]);
      engine.replaySteps(scenario, transcript, (step) => {
        if (step.seq % CHECKPOINT === 0) saved.set(step.seq, step.state);
      });
      checkpoints = saved;
    }
    const from = Math.floor(seq / CHECKPOINT) * CHECKPOINT;
    let state = checkpoints.get(from) ?? null;
    if (!state) return replay(scenario, transcript, seq).state;
    for (const entry of transcript.entries.slice(from, seq)) {
      const result = applyCommand(scenario, state, entry.command);
      if (!result.ok) return replay(scenario, transcript, seq).state; // the full replay reports the refusal
      state = result.state;
    }
    return state;
  };

  const show = () => {
    const value = Number(range.value);
    let view: View;
    if (exact && replayData) {
      const state = stateAt(value);
      if (!state) return;
      view = replayData.engine.viewFor(replayData.scenario, state, { kind: 'host' });
      status.textContent = rt('stepStatus', {
        step: value,
        max,
        when: state.round === 0 ? rt('beforeFirstRoundLower') : rt('roundLower', { n: state.round }),
        phase: term('phase', state.phase),
      });
    } else {
      const point = review.series[value] ?? review.series[review.series.length - 1];
      if (!point) return;
      view = seriesView(review, point);
      status.textContent = point.round === 0 ? rt('startOfSession') : rt('afterRound', { n: point.round });
    }
    range.setAttribute('aria-valuetext', status.textContent ?? '');
    replace(words, metersText(review, view.meters, view.pairs));
    onRound(view.round);
    source?.set({ view, scenario: scenarioView });
  };
  // Replaying thousands of entries per input event would stutter; settle on the last position instead.
  const schedule = () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(show);
  };
  range.addEventListener('input', schedule);
  prev.addEventListener('click', () => {
    range.value = String(Math.max(0, Number(range.value) - 1));
    show();
  });
  next.addEventListener('click', () => {
    range.value = String(Math.min(max, Number(range.value) + 1));
    show();
  });
  showBoard.addEventListener('click', () => {
    showBoard.remove();
    source = createViewSource({ view: null, scenario: scenarioView, captions: [] });
    show();
    void import('../board/mount.ts').then(({ mountBoard }) => {
      if (!source) return;
      const board = mountBoard(holder, source);
      addEventListener('pagehide', () => board.destroy(), { once: true });
    });
  });
  show();
  const el = h(
    'div',
    { class: 'scrubber' },
    h('label', { for: 'scrub' }, rt(exact ? 'scrubExact' : 'scrubRounds')),
    h('div', { class: 'scrub-row' }, prev, range, next),
    status,
    h('div', { class: 'scrub-body' }, words, h('div', { class: 'scrub-board' }, showBoard, holder)),
  );
  return {
    el,
    goTo(position) {
      range.value = String(Math.max(0, Math.min(max, position)));
      show();
      el.scrollIntoView({ block: 'start' });
      range.focus();
    },
  };
}
