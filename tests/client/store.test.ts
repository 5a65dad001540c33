// The client store: a snapshot, then event batches folded by the rules, presence and connection status.
import { describe, expect, it } from 'vitest';
import { Store } from '../../client/state/store.ts';
import { clockLine } from '../../client/state/view-models.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
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

describe('client store', () => {
  it('folds a team message into the view and tells subscribers once per batch', () => {
    const store = seeded();
    let calls = 0;
    store.subscribe(() => calls++);
    store.receive({
      type: 'events',
      seq: 11,
      events: [
        {
          type: 'messageSent',
          message: {
            id: 'm11',
            round: 2,
            channel: 'team',
            seatId: 's2',
            from: 'seoul',
            to: null,
            text: 'hello team',
            commitment: null,
            at: 1,
          },
        },
      ],
    });
    expect(store.get().view?.messages.map((m) => m.text)).toEqual(['hello team']);
    expect(store.get().view?.seq).toBe(11);
    expect(calls).toBe(1);
  });

  it('records causes as captions and marks the changed meter rising', () => {
    const store = seeded();
    store.receive({
      type: 'events',
      seq: 12,
      events: [
        {
          type: 'meterChanged',
          meter: { kind: 'tension' },
          from: 64,
          to: 71,
          cause: { code: 'tension', mechanism: 'sum', parts: [] },
        },
      ],
    });
    expect(store.get().view?.meters.tension).toBe(71);
    expect(store.get().trends.tension).toBe('rising');
    expect(store.get().captions).toEqual(['Peninsula tension +7.0']);
  });

  it('shows the reflection prompt when the reflection phase starts', () => {
    const store = seeded();
    store.receive({
      type: 'events',
      seq: 13,
      events: [{ type: 'phaseChanged', phase: 'reflection', round: 2, endsAt: 5 }],
    });
    expect(store.get().view?.phase).toBe('reflection');
    expect(store.get().view?.reflectionPrompt).toBe('What changed?');
  });

  it('raises and clears the "saving is slow" banner as the server says, keeping the view', () => {
    const store = seeded();
    store.receive({ type: 'saving', slow: true });
    expect(store.get().savingSlow).toBe(true);
    expect(store.get().view).not.toBeNull();
    store.receive({ type: 'saving', slow: false });
    expect(store.get().savingSlow).toBe(false);
  });

  it('tracks presence and a removal, and ignores events before any snapshot', () => {
    const store = new Store();
    store.receive({ type: 'events', seq: 1, events: [{ type: 'joinsLocked', locked: true }] });
    expect(store.get().view).toBeNull();
    store.receive({ type: 'presence', connected: ['a', 'b'] });
    expect([...store.get().connected]).toEqual(['a', 'b']);
    store.receive({ type: 'removed' });
    expect(store.get().status).toBe('removed');
  });

  it('a fresh snapshot after a reconnect replaces the view and keeps trends honest', () => {
    const store = seeded();
    const later = makeView({ seq: 20, pairs: { ...makeView().pairs, 'seoul|pyongyang': 60 } });
    store.receive({
      type: 'snapshot',
      protocol: PROTOCOL_VERSION,
      view: later,
      scenario: makeScenarioView(),
      connected: [],
      serverNow: Date.now(),
    });
    expect(store.get().view?.seq).toBe(20);
    expect(store.get().trends['pair:seoul|pyongyang']).toBe('falling');
  });

  it('counts down to the server’s deadline even when this browser’s clock is five minutes fast', () => {
    const serverNow = 1_000_000;
    const browserNow = serverNow + 5 * 60_000;
    const store = new Store(() => browserNow);
    const view = makeView({
      phase: 'deliberation',
      round: 2,
      clock: { endsAt: serverNow + 90_000, remainingMs: null, paused: false },
    });
    store.receive({
      type: 'snapshot',
      protocol: PROTOCOL_VERSION,
      view,
      scenario: makeScenarioView(),
      connected: [],
      serverNow,
    });
    const { clockOffsetMs } = store.get();
    expect(clockLine(store.get().view!, browserNow + clockOffsetMs, 'en')).toMatch(/1:30$/);
  });
});
