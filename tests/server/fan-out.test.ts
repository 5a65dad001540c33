// The room's fan-out shares one encoded frame between viewers only when their redactions kept the very same
// events. A copy the rules tailored for one audience (a seat's own threat row, say) is never handed to another,
// even when two audiences' copies sit at the same places in the batch.
import { describe, expect, it } from 'vitest';
import type { Client } from '@colyseus/core';
import { FanOut, type Member } from '../../server/rooms/fan-out.ts';
import type { RulesPort } from '../../server/rooms/services.ts';
import type { GameEvent } from '../../shared/rules/events.ts';
import type { GameState } from '../../shared/rules/types.ts';
import type { Viewer } from '../../shared/rules/view-types.ts';
import type { Scenario } from '../../shared/scenario/types.ts';

/** A connection that only records the frames written to it. */
function fakeClient(sessionId: string): Client & { frames: Buffer[] } {
  const frames: Buffer[] = [];
  return { sessionId, frames, enqueueRaw: (frame: Buffer) => frames.push(frame) } as unknown as Client & {
    frames: Buffer[];
  };
}

/** Rules that tailor every event for each delegation (a copy naming it), as trimming a threat row does. */
function tailoringRules(delegationOf: (viewer: Viewer) => string, audiences: boolean): RulesPort {
  return {
    redactEvents: (_state: GameState, viewer: Viewer, events: GameEvent[]) =>
      events.map((e) => ({ ...e, tailoredFor: delegationOf(viewer) }) as unknown as GameEvent),
    ...(audiences ? { audienceKey: (_s: GameState, viewer: Viewer) => delegationOf(viewer) } : {}),
    needsSnapshot: () => false,
  } as unknown as RulesPort;
}

describe('the fan-out never shares a frame tailored for another audience', () => {
  for (const audiences of [true, false])
    it(audiences ? 'with audiences the rules name' : 'with rules frozen before audiences (each viewer alone)', () => {
      const seats: Record<string, string> = { s1: 'north', s2: 'south', s3: 'north', s4: 'south' };
      const delegationOf = (viewer: Viewer) => (viewer.kind === 'seat' ? seats[viewer.seatId]! : viewer.kind);
      const clients = Object.keys(seats).map(fakeClient);
      const members = new Map<string, Member>(
        clients.map((c) => [c.sessionId, { viewer: { kind: 'seat', seatId: c.sessionId }, actor: null }]),
      );
      const fanOut = new FanOut({
        clients: () => clients,
        members: () => members,
        game: () => ({}) as GameState,
        scenario: () => ({}) as Scenario,
        rules: () => tailoringRules(delegationOf, audiences),
        now: () => 0,
        log: (message, error) => {
          throw new Error(`${message}: ${String(error)}`);
        },
      });
      fanOut.events(7, [{ type: 'phaseChanged' } as unknown as GameEvent]);
      const text = (c: { frames: Buffer[] }) => c.frames.map((f) => f.toString('latin1')).join('');
      for (const c of clients) {
        expect(c.frames).toHaveLength(1);
        // Each seat's frame carries its own delegation's copy and never the other's.
        const own = seats[c.sessionId]!;
        const other = own === 'north' ? 'south' : 'north';
        expect(text(c)).toContain(own);
        expect(text(c)).not.toContain(other);
      }
      // Teammates may share one frame: the same copy, encoded once.
      expect(clients[0]!.frames[0]!.equals(clients[2]!.frames[0]!)).toBe(true);
    });
});
