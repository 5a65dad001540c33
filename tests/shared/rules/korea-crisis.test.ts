// A Korea class that escalates into the crisis hold, played through the real reducer with the shipped scenario
// (the random sessions rarely get Korea there): what every screen shows while play is on hold, the teacher's
// two ways out (resume, or end the session), and what the debrief says about it afterwards.
import { describe, expect, it } from 'vitest';
import { gateReason, nowText, type Role } from '../../../client/panels/now.ts';
import { announcementsFor } from '../../../client/panels/announcer.ts';
import { t } from '../../../client/i18n/index.ts';
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { Actor, Command } from '../../../shared/rules/commands.ts';
import type { GameEvent } from '../../../shared/rules/events.ts';
import { createInitialState, defaultSettings } from '../../../shared/rules/setup.ts';
import type { GameState } from '../../../shared/rules/types.ts';
import { RULES_VERSION } from '../../../shared/rules/types.ts';
import { applyEventsToView } from '../../../shared/rules/view-fold.ts';
import type { View, Viewer } from '../../../shared/rules/view-types.ts';
import { redactEvents, viewFor } from '../../../shared/rules/views.ts';
import { DEFAULT_SCENARIO_ID, getScenario } from '../../../shared/scenario/index.ts';
import { buildReview } from '../../../shared/transcript/debrief.ts';
import { TRANSCRIPT_VERSION, type Transcript, type TranscriptEntry } from '../../../shared/transcript/types.ts';
import { KOREA_ESCALATION } from '../../fixtures/korea-moves.ts';

const korea = getScenario(DEFAULT_SCENARIO_ID)!;
const HOST: Actor = { kind: 'host' };
const SYSTEM: Actor = { kind: 'system' };
const seat = (seatId: string): Actor => ({ kind: 'seat', seatId });

/** Two students for Washington, one for each other delegation; every delegation escalates every round. */
const SEATS = [
  ['w1', 'washington'],
  ['w2', 'washington'],
  ['s1', 'seoul'],
  ['p1', 'pyongyang'],
  ['b1', 'beijing'],
  ['m1', 'moscow'],
] as const;
const SCREENS: [Role, Viewer][] = [
  ['student', { kind: 'seat', seatId: 'w1' }],
  ['student', { kind: 'seat', seatId: 'w2' }],
  ['student', { kind: 'seat', seatId: 'p1' }],
  ['host', { kind: 'host' }],
  ['projector', { kind: 'projector' }],
];
const RESOLUTION_MS = defaultSettings().phaseSeconds.resolution * 1000;

/** A class in progress: the state, its transcript so far, and what each screen shows (folded from its events). */
class Class {
  state: GameState;
  readonly entries: TranscriptEntry[] = [];
  views: View[];
  at = 1_800_000_000_000;
  readonly header = {
    transcriptVersion: TRANSCRIPT_VERSION,
    rulesVersion: RULES_VERSION,
    code: 'KRISIS',
    scenarioId: korea.id,
    scenarioVersion: korea.version,
    seed: 7,
    settings: { ...defaultSettings(), rounds: 4 },
    createdAt: this.at,
  };

  constructor() {
    this.state = createInitialState({ scenario: korea, settings: this.header.settings, seed: this.header.seed });
    this.views = SCREENS.map(([, viewer]) => viewFor(korea, this.state, viewer));
  }

  /** Applies one command as the server would; returns the events, or throws with the refusal. */
  send(partial: Record<string, unknown> & Pick<Command, 'type' | 'by'>, atStep = 1000): GameEvent[] {
    this.at += atStep;
    const command = { ...partial, at: this.at } as Command;
    const result = applyCommand(korea, this.state, command);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error}`);
    this.state = result.state;
    this.entries.push({ seq: result.state.seq, command });
    // Each screen folds only the events it is sent, as the client does; seat joins need a fresh snapshot.
    this.views = SCREENS.map(([, viewer], i) =>
      command.type === 'joinSeat'
        ? viewFor(korea, this.state, viewer)
        : applyEventsToView(korea, this.views[i]!, redactEvents(this.state, viewer, result.events)),
    );
    return result.events;
  }

  /** The refusal a command meets now (the state stays as it was). */
  refusal(partial: Record<string, unknown> & Pick<Command, 'type' | 'by'>): string | null {
    const result = applyCommand(korea, this.state, { ...partial, at: this.at + 1 } as Command);
    return result.ok ? null : result.error;
  }

  transcript(): Transcript {
    return { header: this.header, entries: this.entries };
  }
}

/** Plays the escalating class until a resolution starts the crisis hold; returns the class and those events. */
function intoTheCrisis(): { c: Class; before: View[]; events: GameEvent[] } {
  const c = new Class();
  for (const [id, delegation] of SEATS)
    c.send({ type: 'joinSeat', by: SYSTEM, seatId: id, name: `Student ${id}`, delegation });
  c.send({ type: 'startSession', by: HOST });
  for (let round = 1; round <= 4; round++) {
    while (c.state.phase !== 'deliberation') c.send({ type: 'skipPhase', by: HOST });
    for (const [id, delegation] of SEATS) {
      if (id === 'w2') continue;
      c.send({
        type: 'proposeMove',
        by: seat(id),
        moveId: KOREA_ESCALATION[delegation]!,
        target: null,
        rationale: 'Show resolve',
      });
      const proposal = c.state.proposals.at(-1)!;
      c.send({ type: 'approveProposal', by: seat(id), proposalId: proposal.id });
      if (delegation === 'washington') c.send({ type: 'approveProposal', by: seat('w2'), proposalId: proposal.id });
    }
    c.send({ type: 'skipPhase', by: HOST }); // → decision
    const before = c.views;
    const events = c.send({ type: 'skipPhase', by: HOST }); // → resolution: the moves resolve
    if (c.state.crisisHold) return { c, before, events };
  }
  throw new Error(`four escalating rounds never reached the crisis hold (tension ${c.state.meters.tension})`);
}

describe('a Korea class escalating into the crisis hold', () => {
  it('every screen shows the hold with the clock frozen, and nothing moves but the teacher', () => {
    const { c, before, events } = intoTheCrisis();
    const [top] = korea.params.bandThresholds.slice(-1);
    const started = events.find((e) => e.type === 'crisisHoldStarted');
    expect(started).toBeDefined();
    expect(c.state.meters.tension).toBeGreaterThanOrEqual(top!);
    expect(c.state.phase).toBe('resolution');
    expect(events.map((e) => e.type)).toContain('clockPaused');

    SCREENS.forEach(([role, viewer], i) => {
      const view = c.views[i]!;
      // What the screen folded from its events is what a fresh snapshot would show.
      expect({ ...view, seq: 0 }, `${role} ${JSON.stringify(viewer)}`).toEqual({
        ...viewFor(korea, c.state, viewer),
        seq: 0,
      });
      expect(view.crisisHold).toBe(true);
      expect(view.clock).toEqual({ endsAt: null, remainingMs: RESOLUTION_MS, paused: true });
      expect(nowText(role, { view, status: 'online' })).toBe(t('nowHold'));
      expect(announcementsFor(role, { view: before[i]!, scenario: null }, { view, scenario: null }, c.at)).toContain(
        t('nowHold'),
      );
      if (role === 'student') expect(gateReason('sendTeamMessage', { view, status: 'online' })).toBe(t('gateHold'));
    });

    // Students wait: no talk, no deals, no moves. The round's timer and the teacher's usual buttons wait too.
    expect(c.refusal({ type: 'sendTeamMessage', by: seat('w1'), text: 'now what?' })).toBe('rule/crisis-hold');
    expect(c.refusal({ type: 'sendDiplomaticMessage', by: seat('p1'), to: 'seoul', text: 'talk?' })).toBe(
      'rule/crisis-hold',
    );
    expect(c.refusal({ type: 'phaseTimeUp', by: SYSTEM, phase: 'resolution', round: c.state.round })).toBe(
      'rule/crisis-hold',
    );
    for (const type of ['skipPhase', 'pauseClock', 'resumeClock'] as const)
      expect(c.refusal({ type, by: HOST }), type).toBe('rule/crisis-hold');
    // Only the teacher decides how the hold ends.
    expect(c.refusal({ type: 'resolveCrisisHold', by: seat('w1'), outcome: 'resume' })).toBe('rule/not-allowed');
    expect(c.refusal({ type: 'endSession', by: seat('p1') })).toBe('rule/not-allowed');
  });

  it('the teacher resumes: the hold lifts on every screen and the round goes on from where the clock stopped', () => {
    const { c } = intoTheCrisis();
    const before = c.views;
    const events = c.send({ type: 'resolveCrisisHold', by: HOST, outcome: 'resume' }, 120_000);
    expect(events).toEqual([
      { type: 'crisisHoldEnded', outcome: 'resume' },
      { type: 'clockResumed', endsAt: c.at + RESOLUTION_MS },
    ]);
    SCREENS.forEach(([role, viewer], i) => {
      const view = c.views[i]!;
      expect({ ...view, seq: 0 }).toEqual({ ...viewFor(korea, c.state, viewer), seq: 0 });
      expect(view.crisisHold).toBe(false);
      expect(view.clock).toEqual({ endsAt: c.at + RESOLUTION_MS, remainingMs: null, paused: false });
      expect(nowText(role, { view, status: 'online' })).not.toBe(t('nowHold'));
      expect(announcementsFor(role, { view: before[i]!, scenario: null }, { view, scenario: null }, c.at)).toContain(
        t('annResumed'),
      );
      if (role === 'student') expect(gateReason('sendTeamMessage', { view, status: 'online' })).toBeNull();
    });
    // The class talks again, and the round's own deadline ends the resolution.
    c.send({ type: 'sendTeamMessage', by: seat('w2'), text: 'that was close' });
    c.send({ type: 'phaseTimeUp', by: SYSTEM, phase: 'resolution', round: c.state.round }, RESOLUTION_MS);
    expect(c.state.phase).not.toBe('resolution');

    const review = buildReview(korea, c.transcript());
    const texts = review.timeline.map((item) => item.text);
    const hold = texts.findIndex((text) => /^Tension reached [\d.]+: play paused for a class discussion\.$/.test(text));
    expect(hold).toBeGreaterThanOrEqual(0);
    // The whole class sat through the hold: a released review shows it too.
    expect(review.timeline[hold]).toMatchObject({ kind: 'phase', scope: 'public', delegation: null, seatId: null });
    expect(texts.indexOf('After the crisis discussion, the teacher resumed play.')).toBeGreaterThan(hold);
    expect(review.ended).toBe(false);
    // The band the class entered is a public line with its from and to (the hold's reason, in a release too).
    const bands = review.timeline.filter((item) => item.meter?.key === 'band');
    const top = korea.params.bandThresholds.length;
    expect(bands.at(-1)).toMatchObject({ scope: 'public', meter: { key: 'band', to: top } });
    expect(bands.at(-1)!.meter!.from).toBeLessThan(top);
    expect(bands.at(-1)).toMatchObject({
      kind: 'meter',
      delegation: null,
      cause: 'Tension rose past the band’s threshold.',
    });
    expect(bands.at(-1)!.text).toMatch(/^Tension band: (calm|posturing|crisis|intense crisis) → brink$/);
  });

  it('the teacher’s usual End button during the hold ends the session too (it does not resume play)', () => {
    const { c } = intoTheCrisis();
    const events = c.send({ type: 'endSession', by: HOST });
    expect(events[0]).toEqual({ type: 'crisisHoldEnded', outcome: 'end' });
    expect(c.state.phase).toBe('ended');
    expect(c.state.crisisHold).toBe(false);
    expect(c.views.every((v) => v.phase === 'ended' && !v.crisisHold && v.scores !== null)).toBe(true);
  });

  it('the teacher ends the session from the hold: every screen shows the end and the scores', () => {
    const { c } = intoTheCrisis();
    const events = c.send({ type: 'resolveCrisisHold', by: HOST, outcome: 'end' });
    expect(events[0]).toEqual({ type: 'crisisHoldEnded', outcome: 'end' });
    expect(events.map((e) => e.type)).toContain('sessionEnded');
    expect(c.state.phase).toBe('ended');
    SCREENS.forEach(([role, viewer], i) => {
      const view = c.views[i]!;
      expect({ ...view, seq: 0 }).toEqual({ ...viewFor(korea, c.state, viewer), seq: 0 });
      expect(view.crisisHold).toBe(false);
      expect(view.phase).toBe('ended');
      expect(view.scores).not.toBeNull();
      expect(view.pendingMoves).toEqual([]);
      expect(nowText(role, { view, status: 'online' })).toBe(t(role === 'host' ? 'hostNowEnded' : 'nowEnded'));
    });
    expect(c.refusal({ type: 'resolveCrisisHold', by: HOST, outcome: 'resume' })).toBe('rule/session-ended');

    const review = buildReview(korea, c.transcript());
    expect(review.ended).toBe(true);
    expect(review.scores).toEqual(c.state.scores);
    const texts = review.timeline.map((item) => item.text);
    const hold = texts.findIndex((text) => text.startsWith('Tension reached'));
    expect(hold).toBeGreaterThanOrEqual(0);
    expect(texts.indexOf('The teacher declared the crisis over.')).toBeGreaterThan(hold);
  });
});
