// Covert moves: what other delegations, the projector and the mover's own team learn, before and after a leak.
// Uses the rules' own redaction (views.ts) so the test sees exactly what each screen would receive.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../../shared/rules/events.ts';
import { publishNews } from '../../../shared/rules/model/index.ts';
import type { GameState, Seat } from '../../../shared/rules/types.ts';
import type { Viewer } from '../../../shared/rules/view-types.ts';
import { redactEvents, viewFor } from '../../../shared/rules/views.ts';
import { changesOf, fresh, playRound, withCommitment, korea as shipped, secretive } from './helpers.ts';

/** Covert moves here stay hidden until the news reveals them (no chance detection). */
const korea = secretive(shipped);

const seats: Record<string, Seat> = Object.fromEntries(
  korea.delegations.map((d) => [`${d.id}-1`, { id: `${d.id}-1`, name: d.name, delegation: d.id, removed: false }]),
);
const seated = (): GameState => ({ ...fresh(), seats, phase: 'briefing' });
const seatOf = (delegation: string): Viewer => ({ kind: 'seat', seatId: `${delegation}-1` });
const transfer = { moscow: 'techTransfer', washington: 'humanitarianAid' };
const mentions = (events: GameEvent[], words: RegExp) => events.some((e) => words.test(JSON.stringify(e)));
const SECRET = /techTransfer|Transfer military technology/;

describe('a covert transfer stays hidden from other delegations until revealed', () => {
  it('never reaches Washington, Beijing or the projector, while Moscow’s own team sees it', () => {
    const { state, events } = playRound(korea, seated(), transfer);
    for (const viewer of [
      seatOf('washington'),
      seatOf('beijing'),
      seatOf('pyongyang'),
      { kind: 'projector' } as const,
    ]) {
      const seen = redactEvents(state, viewer, events);
      expect(mentions(seen, SECRET)).toBe(false);
      expect(viewFor(korea, state, viewer).moves.some((m) => m.moveId === 'techTransfer')).toBe(false);
      // The public move of the round is still revealed to them.
      expect(viewFor(korea, state, viewer).moves.some((m) => m.moveId === 'humanitarianAid')).toBe(true);
    }
    expect(viewFor(korea, state, seatOf('moscow')).moves.some((m) => m.moveId === 'techTransfer')).toBe(true);
    expect(state.moves.find((m) => m.moveId === 'techTransfer')).toMatchObject({ covert: true, revealedRound: null });
  });

  it('reaches no meter until revealed: the round reads exactly like a round where Moscow held', () => {
    const { events, state } = playRound(korea, seated(), { moscow: 'techTransfer' });
    const quiet = playRound(korea, seated(), {});
    const meters = (evs: typeof events) => evs.filter((e) => e.type === 'meterChanged');
    expect(meters(events)).toEqual(meters(quiet.events));
    expect(state.meters).toEqual(quiet.state.meters);
  });

  it('is revealed to everyone by the leaked cable, whose threat impulse lands then', () => {
    const round1 = playRound(korea, seated(), transfer).state;
    const leak = publishNews(korea, { ...round1, round: 2, phase: 'news' }, 'leakedCable', 'teacher');
    const revealed = leak.events.find((e) => e.type === 'covertRevealed');
    expect(revealed).toMatchObject({
      type: 'covertRevealed',
      move: { delegation: 'moscow', moveId: 'techTransfer', revealedRound: 2 },
    });
    expect(redactEvents(leak.state, seatOf('washington'), leak.events)).toContainEqual(revealed);
    expect(viewFor(korea, leak.state, { kind: 'projector' }).moves.some((m) => m.moveId === 'techTransfer')).toBe(true);
    const impulse = changesOf(leak.events, { kind: 'threat', from: 'pyongyang', to: 'moscow' });
    expect(impulse[0]?.cause).toMatchObject({ code: 'revealed', who: 'moscow', move: 'techTransfer', round: 1 });
    // A second leak finds nothing new to reveal.
    const again = publishNews(korea, leak.state, 'leakedCable', 'teacher');
    expect(again.events.some((e) => e.type === 'covertRevealed')).toBe(false);
  });

  it('breaks a pledge the covert move violated once it comes to light, aged to the move', () => {
    const pledged = withCommitment(seated(), 'pyongyang', { kind: 'pledge', target: null }, 1);
    const round1 = playRound(korea, pledged, { pyongyang: 'cyberTheft' }).state;
    expect(round1.commitments[0]?.status).toBe('standing');
    const leak = publishNews(korea, { ...round1, round: 3, phase: 'news' }, 'cryptoHeist', 'teacher');
    expect(leak.state.commitments[0]).toMatchObject({ status: 'broken', settledRound: 3 });
    const loss = leak.events.filter((e) => e.type === 'meterChanged' && e.meter.kind === 'credibility');
    expect(loss.map((e) => (e.type === 'meterChanged' ? e.to - e.from : 0))).toEqual([
      -korea.params.credibility.brokenBase,
    ]);
  });
});
