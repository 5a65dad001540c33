// The client's one store: the last snapshot View + ScenarioView, folded forward with each event batch.
// Must not import Phaser, the SDK or the DOM (unit-tested in Node); the network layer feeds it.
import { applyEventToView } from '../../shared/rules/view-fold.ts';
import type { GameEvent } from '../../shared/rules/events.ts';
import type { View } from '../../shared/rules/view-types.ts';
import type { ServerMessage } from '../../shared/protocol/messages.ts';
import type { ScenarioView } from '../../shared/rules/view-types.ts';
import { captionsFrom, causeLinesFrom, flatMeters, updateTrends, type CauseLine, type Trend } from './view-models.ts';

export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline' | 'removed';

export interface ClientState {
  view: View | null;
  scenario: ScenarioView | null;
  connected: ReadonlySet<string>;
  status: ConnectionStatus;
  trends: Record<string, Trend>;
  /** The latest batch's causes (the board's caption follows the latest change), newest last. */
  captions: string[];
  /** Every cause of the current round, as it happened (the panel orders them for the viewer). */
  causes: CauseLine[];
  /** The round `causes` belong to. */
  causesRound: number;
  /** This round's events that carry causes, as this viewer received them (for the five-line "why"). */
  roundEvents: GameEvent[];
  /** The last batch of events folded in (the board animates from these). */
  lastEvents: GameEvent[];
  /** Server clock minus this browser's clock, measured at the last snapshot (countdowns use server deadlines). */
  clockOffsetMs: number;
  /** The server said saving is slow (a busy disk): show "hold on", not an error. (perf, #17: client may restyle.) */
  savingSlow: boolean;
}

/** What the board and panels read: current state plus change notifications. */
export interface StateSource {
  get(): ClientState;
  subscribe(listener: (state: ClientState, previous: ClientState) => void): () => void;
}

const MAX_CAPTIONS = 12;

export class Store implements StateSource {
  private state: ClientState = {
    view: null,
    scenario: null,
    connected: new Set(),
    status: 'connecting',
    trends: {},
    captions: [],
    causes: [],
    causesRound: 0,
    roundEvents: [],
    lastEvents: [],
    clockOffsetMs: 0,
    savingSlow: false,
  };
  private listeners = new Set<(s: ClientState, p: ClientState) => void>();
  private batches = 0;

  constructor(private readonly localNow: () => number = Date.now) {}

  get(): ClientState {
    return this.state;
  }

  subscribe(listener: (state: ClientState, previous: ClientState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies one message from the server; unknown types are ignored so an older client keeps working. */
  receive(message: ServerMessage): void {
    switch (message.type) {
      case 'snapshot':
        this.onSnapshot(message.view, message.scenario, message.connected, message.serverNow);
        break;
      case 'events':
        this.onEvents(message.seq, message.events);
        break;
      case 'presence':
        this.set({ connected: new Set(message.connected) });
        break;
      case 'removed':
        this.set({ status: 'removed' });
        break;
      case 'saving':
        if (this.state.savingSlow !== message.slow) this.set({ savingSlow: message.slow });
        break;
      default:
        break;
    }
  }

  setStatus(status: ConnectionStatus): void {
    if (this.state.status !== status) this.set({ status });
  }

  private onSnapshot(view: View, scenario: ScenarioView, connected: string[], serverNow: number | undefined): void {
    const before = this.state.view ? flatMeters(this.state.view) : null;
    const trends = before ? updateTrends(before, flatMeters(view), this.state.trends) : this.state.trends;
    // An older server sends no clock: keep the last offset rather than guess.
    const clockOffsetMs = typeof serverNow === 'number' ? serverNow - this.localNow() : this.state.clockOffsetMs;
    // A snapshot (join, reconnect) carries no causes: keep this round's if the round is the same.
    const keep = view.round === this.state.causesRound;
    this.set({
      view,
      scenario,
      connected: new Set(connected),
      trends,
      lastEvents: [],
      clockOffsetMs,
      causes: keep ? this.state.causes : [],
      roundEvents: keep ? this.state.roundEvents : [],
      causesRound: view.round,
    });
  }

  private onEvents(seq: number | undefined, events: GameEvent[]): void {
    const { view, scenario } = this.state;
    if (!view || !scenario) return;
    // The fold reads only delegation order and reflection prompts, both in the ScenarioView.
    let next = view;
    for (const event of events) next = applyEventToView(scenario, next, event);
    // Only the host's frames carry the transcript's seq; everyone else's view has none to advance.
    if (seq !== undefined && seq > (next.seq ?? 0)) next = { ...next, seq };
    // This client's own count of the batches it folded: keys the cause lines without any server number.
    this.batches++;
    const trends = updateTrends(flatMeters(view), flatMeters(next), this.state.trends);
    // News causes are named by the headlines the class has seen (a student's scenario view lists no news).
    const headlines = Object.fromEntries(next.news.map((n) => [n.id, n.headline]));
    const fresh = captionsFrom(events, scenario, undefined, headlines);
    // A new array only when this batch carried causes: the caption redraws for the latest round, never stale.
    const captions = fresh.length ? fresh.slice(-MAX_CAPTIONS) : this.state.captions;
    const newRound = next.round !== this.state.causesRound;
    const lines = causeLinesFrom(events, this.batches, scenario, undefined, headlines);
    const causes = newRound ? lines : lines.length ? [...this.state.causes, ...lines] : this.state.causes;
    const withCause = events.filter((e) => 'cause' in e);
    const roundEvents = newRound
      ? withCause
      : withCause.length
        ? [...this.state.roundEvents, ...withCause]
        : this.state.roundEvents;
    this.set({ view: next, trends, captions, causes, roundEvents, causesRound: next.round, lastEvents: events });
  }

  private set(patch: Partial<ClientState>): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const l of this.listeners) l(this.state, previous);
  }
}
