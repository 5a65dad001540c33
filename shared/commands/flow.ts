// Flow commands and their events, each declared once: the teacher starts, skips, pauses, extends, injects news,
// ends; the server's timer ends phases. Handlers in shared/rules/flow.ts.
// Pure: must not import Node, DOM, Colyseus or Phaser.
import { z } from 'zod';
import { ALL, round1, type EventDefs } from '../events/define.ts';
import { termIn } from '../i18n/index.ts';
import { LIMITS } from '../rules/commands.ts';
import * as flow from '../rules/flow.ts';
import { reflectionPrompt } from '../rules/phases.ts';
import { PHASES, type NewsItem, type Phase } from '../rules/types.ts';
import type { DelegationId } from '../scenario/types.ts';
import type { CommandsOf, Definitions } from './define.ts';
import { id, text } from './fields.ts';

const payloads = {
  startSession: z.object({}).strict(),
  /** Sent by the server's timer; refused (changes nothing) unless phase and round still match. */
  phaseTimeUp: z.object({ phase: z.enum(PHASES), round: z.number().int().min(0) }).strict(),
  skipPhase: z.object({}).strict(),
  pauseClock: z.object({}).strict(),
  resumeClock: z.object({}).strict(),
  extendPhase: z.object({ seconds: z.number().int().min(1).max(LIMITS.extendSecondsMax) }).strict(),
  /** Either a scenario news id (injectable or any) or a free headline from the teacher. */
  injectNews: z
    .object({
      newsId: id.optional(),
      headline: text(LIMITS.headlineMax).optional(),
      body: z.string().max(LIMITS.newsBodyMax).optional(),
    })
    .strict(),
  /** After the top-band discussion: go on playing, or declare the crisis over (ends the session). */
  resolveCrisisHold: z.object({ outcome: z.enum(['resume', 'end']) }).strict(),
  endSession: z.object({}).strict(),
};
export type FlowCommand = CommandsOf<typeof payloads>;

const host = { senders: ['host'], intent: 'host', counts: null } as const;
export const FLOW = {
  startSession: {
    ...host,
    payload: payloads.startSession,
    apply: flow.startSession,
    teacherLine: (n) => n.say('teacherStart'),
  },
  phaseTimeUp: {
    payload: payloads.phaseTimeUp,
    senders: ['system'],
    intent: null,
    apply: flow.phaseTimeUp,
    teacherLine: null,
    counts: null,
  },
  skipPhase: { ...host, payload: payloads.skipPhase, apply: flow.skipPhase, teacherLine: (n) => n.say('teacherSkip') },
  // The server pauses an overdue session it rebuilt after a restart, so the class does not lose a phase.
  pauseClock: {
    ...host,
    senders: ['host', 'system'],
    payload: payloads.pauseClock,
    apply: flow.pauseClock,
    teacherLine: (n) => n.say('teacherPause'),
  },
  resumeClock: {
    ...host,
    payload: payloads.resumeClock,
    apply: flow.resumeClock,
    teacherLine: (n) => n.say('teacherResume'),
  },
  extendPhase: {
    ...host,
    payload: payloads.extendPhase,
    apply: flow.extendPhase,
    teacherLine: (n, c) => n.say('teacherExtend', { seconds: c.seconds }),
  },
  injectNews: {
    ...host,
    payload: payloads.injectNews,
    apply: flow.injectNews,
    teacherLine: (n) => n.say('teacherNews'),
  },
  resolveCrisisHold: {
    ...host,
    payload: payloads.resolveCrisisHold,
    apply: flow.resolveCrisisHold,
    teacherLine: (n, c) => n.say(c.outcome === 'resume' ? 'teacherResumeCrisis' : 'teacherEndCrisis'),
  },
  endSession: {
    ...host,
    payload: payloads.endSession,
    apply: flow.endSessionCommand,
    teacherLine: (n) => n.say('teacherEnd'),
  },
} satisfies Definitions<typeof payloads>;

export type FlowEvent =
  | { type: 'phaseChanged'; phase: Phase; round: number; endsAt: number | null }
  | { type: 'clockPaused'; remainingMs: number }
  | { type: 'clockResumed'; endsAt: number }
  | { type: 'phaseExtended'; endsAt: number | null; remainingMs: number | null; seconds: number }
  | { type: 'newsPublished'; news: NewsItem }
  | { type: 'crisisHoldStarted'; tension: number }
  | { type: 'crisisHoldEnded'; outcome: 'resume' | 'end' }
  | { type: 'sessionEnded'; scores: Record<DelegationId, number> };

/** The timeline's line for a phase, a crisis hold: public, about no one. */
const phaseLine = { kind: 'phase', delegation: null, to: null, channel: null, seatId: null } as const;

export const FLOW_EVENTS = {
  phaseChanged: {
    audience: () => ALL,
    fields: { phase: 'keep', round: 'keep', endsAt: 'keep' },
    fold: (view, event, scenario) => ({
      ...view,
      phase: event.phase,
      round: event.round,
      clock: { endsAt: event.endsAt, remainingMs: null, paused: false },
      reflectionPrompt: event.phase === 'reflection' ? reflectionPrompt(scenario, event.round) : null,
    }),
    timeline: (event, { names: n, add }) => {
      add({
        ...phaseLine,
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
    },
    csv: (event, { names }) => ({
      text:
        event.round === 0
          ? termIn(names.lang, 'phase', event.phase)
          : names.say('roundPhase', { round: event.round, phase: termIn(names.lang, 'phase', event.phase) }),
    }),
  },
  clockPaused: {
    audience: () => ALL,
    fields: { remainingMs: 'keep' },
    fold: (view, event) => ({ ...view, clock: { endsAt: null, remainingMs: event.remainingMs, paused: true } }),
    timeline: null,
    csv: null,
  },
  clockResumed: {
    audience: () => ALL,
    fields: { endsAt: 'keep' },
    fold: (view, event) => ({ ...view, clock: { endsAt: event.endsAt, remainingMs: null, paused: false } }),
    timeline: null,
    csv: null,
  },
  phaseExtended: {
    audience: () => ALL,
    fields: { endsAt: 'keep', remainingMs: 'keep', seconds: 'keep' },
    fold: (view, event) => ({
      ...view,
      clock: { ...view.clock, endsAt: event.endsAt, remainingMs: event.remainingMs },
    }),
    timeline: null,
    csv: null,
  },
  newsPublished: {
    audience: () => ALL,
    fields: { news: 'keep' },
    fold: (view, event) => ({ ...view, news: [...view.news, event.news] }),
    timeline: ({ news }, { add }) => {
      add({
        kind: 'news',
        delegation: null,
        to: null,
        channel: null,
        seatId: null,
        text: news.headline,
        cause: news.body || null,
        scope: 'public',
      });
    },
    csv: ({ news }) => ({ text: news.headline, cause: news.body }),
  },
  crisisHoldStarted: {
    audience: () => ALL,
    fields: { tension: 'keep' },
    fold: (view) => ({ ...view, crisisHold: true }),
    timeline: (event, { names, add }) => {
      add({
        ...phaseLine,
        text: names.say('crisisHold', { tension: round1(event.tension) }),
        cause: null,
        scope: 'public',
      });
    },
    csv: null,
  },
  crisisHoldEnded: {
    audience: () => ALL,
    fields: { outcome: 'keep' },
    fold: (view) => ({ ...view, crisisHold: false }),
    timeline: null,
    csv: null,
  },
  sessionEnded: {
    audience: () => ALL,
    fields: { scores: 'keep' },
    fold: (view, event) => ({ ...view, scores: event.scores, pendingMoves: [] }),
    timeline: null,
    csv: null,
  },
} satisfies EventDefs<FlowEvent>;
