// Default-deny secrecy: who receives an event and which of its fields come from one allow-list per event type.
// An event type the list does not know reaches the host only; a field it does not name never leaves the server;
// and (checked by the compiler, below) a new event type or field fails to compile until it has a policy.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../../shared/rules/events.ts';
import { eventAudience, redactEvents, type EventPolicy } from '../../../shared/rules/views.ts';
import type { Viewer } from '../../../shared/rules/view-types.ts';
import { deliberating } from './fixtures.ts';

const host: Viewer = { kind: 'host' };
const projector: Viewer = { kind: 'projector' };

describe('event secrecy is default-deny', () => {
  const state = deliberating();
  const student: Viewer = { kind: 'seat', seatId: Object.keys(state.seats)[0]! };

  it('an event type the policy does not know goes to the host only', () => {
    const unknown = { type: 'covertPlanDrafted', delegation: 'north', plan: 'secret' } as unknown as GameEvent;
    expect(eventAudience(state, unknown)).toEqual({ kind: 'host' });
    expect(redactEvents(state, host, [unknown])).toEqual([unknown]);
    expect(redactEvents(state, student, [unknown])).toEqual([]);
    expect(redactEvents(state, projector, [unknown])).toEqual([]);
  });

  it('a field the policy does not name is not sent to students or the projector', () => {
    const event = {
      type: 'phaseChanged',
      phase: 'decision',
      round: 1,
      endsAt: 5,
      hostNote: 'private',
    } as unknown as GameEvent;
    const [toStudent] = redactEvents(state, student, [event]);
    const [toProjector] = redactEvents(state, projector, [event]);
    expect(toStudent).toEqual({ type: 'phaseChanged', phase: 'decision', round: 1, endsAt: 5 });
    expect(toProjector).toEqual({ type: 'phaseChanged', phase: 'decision', round: 1, endsAt: 5 });
    expect(redactEvents(state, host, [event])[0]).toBe(event);
  });

  it('an event every viewer receives unchanged keeps its identity (one encoded frame for all)', () => {
    const event: GameEvent = { type: 'bandChanged', from: 1, to: 2 };
    expect(redactEvents(state, student, [event])[0]).toBe(event);
  });

  it('a covert move that came from no proposal (a bot’s), once revealed, is one unchanged event for every viewer', () => {
    // Nothing in it is secret any more, and it has no proposal number to withhold from other teams.
    const event: GameEvent = {
      type: 'covertRevealed',
      move: {
        round: 1,
        delegation: 'north',
        moveId: 'hack',
        target: 'south',
        proposalId: null,
        byBot: true,
        covert: true,
        revealedRound: 2,
      },
      cause: { code: 'revealedByNews', mechanism: 'news', news: 'leak' },
    };
    const other: Viewer = {
      kind: 'seat',
      seatId: Object.keys(state.seats).find((id) => state.seats[id]!.delegation !== 'north')!,
    };
    expect(redactEvents(state, other, [event])[0]).toBe(event);
    expect(redactEvents(state, projector, [event])[0]).toBe(event);
  });

  it('the compiler refuses a policy that forgets a field or names one the event does not have', () => {
    type Band = Extract<GameEvent, { type: 'bandChanged' }>;
    // @ts-expect-error `to` has no rule: an unlisted field fails to compile
    const missing: EventPolicy<Band> = { audience: () => ({ kind: 'all' }), fields: { from: 'keep' } };
    const extra: EventPolicy<Band> = {
      audience: () => ({ kind: 'all' }),
      // @ts-expect-error `extra` is not a field of the event
      fields: { from: 'keep', to: 'keep', extra: 'keep' },
    };
    expect([missing, extra]).toHaveLength(2);
  });
});
