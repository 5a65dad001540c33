// What a student reads first: the round's causes (all kept, own delegation and moves first, the caption
// following the latest batch), the "what to do now" line, and why a form is closed in this phase.
import { describe, expect, it } from 'vitest';
import { Store } from '../../client/state/store.ts';
import { causeLinesFrom, orderCauses, topReasons } from '../../client/state/view-models.ts';
import { gateReason, nowText, timeLeftText } from '../../client/panels/now.ts';
import { cardText, keyFromHash, privateLink } from '../../client/pages/key-card.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import type { Cause } from '../../shared/rules/causes.ts';
import type { GameEvent } from '../../shared/rules/events.ts';
import { eventText, namesOf } from '../../shared/causes/text.ts';
import { makeScenarioView, makeView } from './fixtures.ts';

function seeded(): Store {
  const store = new Store();
  store.receive({
    type: 'snapshot',
    protocol: PROTOCOL_VERSION,
    view: makeView(),
    scenario: makeScenarioView(),
    connected: ['s1'],
    serverNow: Date.now(),
  });
  return store;
}

const threat = (from: string, to: string, cause: Cause): GameEvent => ({
  type: 'meterChanged',
  meter: { kind: 'threat', from, to },
  from: 10,
  to: 12,
  cause,
});
const tension = (from: number, to: number): GameEvent => ({
  type: 'meterChanged',
  meter: { kind: 'tension' },
  from,
  to,
  cause: { code: 'tension', mechanism: 'sum', parts: [] },
});
const words = (e: GameEvent) => eventText(e, 'en', namesOf(makeScenarioView())) ?? '';
const acceptTalks: Cause = {
  code: 'move',
  mechanism: 'direct',
  who: 'pyongyang',
  move: 'acceptTalks',
  toward: 'washington',
};
const missileTest: Cause = {
  code: 'move',
  mechanism: 'direct',
  who: 'pyongyang',
  move: 'missileTest',
  toward: 'washington',
};
const drift: Cause = { code: 'background', mechanism: 'drift' };
const news: Cause = { code: 'news', mechanism: 'news', text: 'talks rumour' };

describe('the round’s causes', () => {
  it('keeps every cause of a round with many changes (the decisive one is not dropped for background lines)', () => {
    const store = seeded();
    const decisive = threat('washington', 'pyongyang', acceptTalks);
    const background = Array.from({ length: 30 }, () => threat('beijing', 'moscow', drift));
    store.receive({ type: 'events', seq: 11, events: [decisive, ...background] });
    expect(store.get().causes).toHaveLength(31);
    expect(store.get().causes.map((c) => c.text)).toContain(words(decisive));
  });

  it('starts afresh with the next round, and a reconnect snapshot in the same round keeps them', () => {
    const store = seeded();
    store.receive({ type: 'events', seq: 11, events: [threat('seoul', 'pyongyang', missileTest)] });
    store.receive({
      type: 'snapshot',
      protocol: PROTOCOL_VERSION,
      view: makeView({ seq: 12 }),
      scenario: makeScenarioView(),
      connected: [],
      serverNow: Date.now(),
    });
    expect(store.get().causes).toHaveLength(1);
    store.receive({
      type: 'events',
      seq: 13,
      events: [{ type: 'phaseChanged', phase: 'news', round: 3, endsAt: 5 }, threat('beijing', 'seoul', news)],
    });
    expect(store.get().causes.map((c) => c.text)).toEqual([words(threat('beijing', 'seoul', news))]);
  });

  it('gives the board a new caption list for each batch with causes, even past the bound', () => {
    const store = seeded();
    for (let i = 0; i < 15; i++) store.receive({ type: 'events', seq: 20 + i, events: [tension(40, 41)] });
    const before = store.get().captions;
    store.receive({ type: 'events', seq: 40, events: [tension(41, 48)] });
    expect(store.get().captions).not.toBe(before);
    expect(store.get().captions.at(-1)).toBe('Peninsula tension +7.0');
    store.receive({ type: 'events', seq: 41, events: [{ type: 'joinsLocked', locked: true }] });
    expect(store.get().captions.at(-1)).toBe('Peninsula tension +7.0');
  });

  it('orders the viewer’s own delegation first, then moves, then news and drift', () => {
    const scenario = makeScenarioView();
    const events = [
      threat('beijing', 'moscow', drift),
      threat('washington', 'pyongyang', acceptTalks),
      threat('seoul', 'pyongyang', missileTest),
    ];
    const lines = causeLinesFrom(events, 5, scenario, 'en');
    expect(orderCauses(lines, 'seoul', scenario).map((c) => c.text)).toEqual([
      words(events[2]!),
      words(events[1]!),
      words(events[0]!),
    ]);
    expect(new Set(lines.map((l) => l.key)).size).toBe(3);
  });
});

describe('what to do now', () => {
  it('names each phase’s task for a student, and the teacher’s version', () => {
    expect(nowText('student', { view: makeView({ phase: 'decision' }), status: 'online' })).toMatch(/Approve/);
    expect(nowText('student', { view: makeView({ phase: 'ended' }), status: 'online' })).toMatch(/Thank you/);
    expect(nowText('host', { view: makeView({ phase: 'lobby' }), status: 'online' })).toMatch(/Start/);
    expect(nowText('student', { view: makeView({ crisisHold: true }), status: 'online' })).toMatch(/discuss/);
    expect(nowText('student', { view: makeView(), status: 'removed' })).toMatch(/removed/);
  });

  it('shows the time left, and none in the lobby', () => {
    const view = makeView({ clock: { endsAt: 1_000_000 + 65_000, remainingMs: null, paused: false } });
    expect(timeLeftText(view, 1_000_000)).toBe('1:05 left');
    expect(timeLeftText(makeView({ phase: 'lobby' }), 0)).toBe('');
  });

  it('closes forms in the phases the rules refuse them, with the reason', () => {
    expect(gateReason('makeStatement', { view: makeView({ phase: 'deliberation' }), status: 'online' })).toBeNull();
    expect(gateReason('makeStatement', { view: makeView({ phase: 'resolution' }), status: 'online' })).toMatch(
      /deliberation/,
    );
    expect(gateReason('submitReflection', { view: makeView({ phase: 'decision' }), status: 'online' })).toMatch(
      /reflection/,
    );
    expect(gateReason('sendTeamMessage', { view: makeView({ phase: 'ended' }), status: 'online' })).toMatch(/over/);
    expect(
      gateReason('proposeMove', {
        view: makeView({ clock: { endsAt: null, remainingMs: 5000, paused: true } }),
        status: 'online',
      }),
    ).toMatch(/Paused/);
  });
});

describe('the teacher’s key card', () => {
  it('carries the key in the link’s fragment (never sent to a server) and reads it back', () => {
    const link = privateLink('http://school.lan:2567', 'ABC234', 'k3y_-ABCDEFGHIJKLMNOP');
    expect(new URL(link).search).toBe('?code=ABC234');
    expect(new URL(link).hash).toBe('#key=k3y_-ABCDEFGHIJKLMNOP');
    expect(keyFromHash(new URL(link).hash)).toBe('k3y_-ABCDEFGHIJKLMNOP');
    expect(keyFromHash('#ABC234')).toBeNull();
  });

  it('writes code, key and review link into the file a teacher keeps', () => {
    const text = cardText(
      { code: 'ABC234', hostKey: 'secret-key-123456', joinUrl: 'http://school.lan:2567/join/ABC234' },
      'http://school.lan:2567',
    );
    expect(text).toContain('ABC234');
    expect(text).toContain('secret-key-123456');
    expect(text).toContain('http://school.lan:2567/review/ABC234');
  });
});

describe('the five reasons that matter', () => {
  it('keeps this round’s cause-carrying events for the rules’ five-line why, and starts afresh each round', () => {
    const store = seeded();
    store.receive({
      type: 'events',
      seq: 11,
      events: [
        threat('seoul', 'pyongyang', missileTest),
        threat('seoul', 'moscow', drift),
        { type: 'joinsLocked', locked: true },
      ],
    });
    expect(store.get().roundEvents).toHaveLength(2);
    const reasons = topReasons(store.get().roundEvents, 'seoul', makeScenarioView());
    expect(reasons.lines.length).toBeGreaterThan(0);
    expect(reasons.lines.length).toBeLessThanOrEqual(5);
    expect(reasons.lines[0]).toMatch(/Pyongyang/);
    store.receive({ type: 'events', seq: 12, events: [{ type: 'phaseChanged', phase: 'news', round: 3, endsAt: 5 }] });
    expect(store.get().roundEvents).toHaveLength(0);
  });
});
