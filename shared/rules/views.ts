// Secrets: the per-viewer projection of state and of events; who receives an event and which of its fields comes
// from its definition (shared/events/). Must not import anything impure, nor the protocol (it carries these views).
import type { EventDef, FieldRule } from '../events/define.ts';
import { eventDef } from '../events/index.ts';
import type { Audience, GameEvent } from './events.ts';
import { movesOf } from './moves.ts';
import { pairsOf } from './pairs.ts';
import { reflectionPrompt } from './phases.ts';
import { canSeeMessage, metersFor, moveAsSeen, scopeOf, sortMoves, sortSeats, type Scope } from './scope.ts';
import { activeSeats, seatCounts } from './seats.ts';
import type { GameState } from './types.ts';
import type { DelegationId, Scenario } from '../scenario/types.ts';
import type { ExtraTimeView, ScenarioView, View, Viewer } from './view-types.ts';
import { extraReflectionMs } from './extra-time.ts';

/** The whole picture one viewer may have of a session. */
export function viewFor(scenario: Scenario, state: GameState, viewer: Viewer): View {
  const scope = scopeOf(state, viewer);
  const host = scope.kind === 'host';
  const own = scope.kind === 'seat' ? scope.delegation : null;
  const seat = scope.kind === 'seat' ? state.seats[scope.seatId] : undefined;
  return {
    viewer,
    scenarioId: state.scenarioId,
    scenarioVersion: state.scenarioVersion,
    // The transcript's count of every command: the teacher's alone (anyone else could count hidden actions with it).
    ...(host ? { seq: state.seq } : {}),
    phase: state.phase,
    round: state.round,
    rounds: host ? state.settings.rounds : null,
    clock: state.clock,
    joinsLocked: state.joinsLocked,
    crisisHold: state.crisisHold,
    seats:
      scope.kind === 'public'
        ? []
        : sortSeats(activeSeats(state).map((s) => ({ id: s.id, name: s.name, delegation: s.delegation }))),
    seatCounts: seatCounts(scenario, state),
    you: seat ? { seatId: seat.id, name: seat.name, delegation: seat.delegation } : null,
    privateOf: host ? scenario.delegations.map((d) => d.id) : own ? [own] : [],
    meters: metersFor(scope, state.meters),
    pairs: pairsOf(scenario, state.meters.threat),
    history: state.history.map((m) => metersFor(scope, m)),
    proposals: state.proposals.filter((p) => host || p.delegation === own),
    pendingMoves: state.pendingMoves.filter((m) => host || m.delegation === own),
    moves: sortMoves(
      scenario,
      state.moves.map((m) => moveAsSeen(scope, m)),
    ),
    messages: state.messages.filter((m) => canSeeMessage(scope, m)),
    commitments: state.commitments,
    news: state.news,
    reflections: state.reflections.filter((r) => host || (scope.kind === 'seat' && r.seatId === scope.seatId)),
    reflectionPrompt: state.phase === 'reflection' ? reflectionPrompt(scenario, state.round) : null,
    scores: state.scores,
    extraTime: extraTimeFor(scope, state),
    personalDeadlines: state.personalDeadlines.filter((d) => host || d.seatId === seat?.id),
  };
}

/** Every accommodation for the host, a seat's own for that seat, none for the public: they are private. */
function extraTimeFor(scope: Scope, state: GameState): Record<string, ExtraTimeView> {
  const out: Record<string, ExtraTimeView> = {};
  for (const [seatId, percent] of Object.entries(state.extraTime)) {
    if (scope.kind === 'public' || (scope.kind === 'seat' && scope.seatId !== seatId)) continue;
    out[seatId] = { percent, reflectionMs: extraReflectionMs(state, percent) };
  }
  return out;
}

/** The scenario as this viewer may read it: other delegations' private brief and objectives withheld. */
export function scenarioFor(scenario: Scenario, viewer: Viewer, state: GameState): ScenarioView {
  const scope = scopeOf(state, viewer);
  const readable = (id: DelegationId) => scope.kind === 'host' || (scope.kind === 'seat' && scope.delegation === id);
  return {
    id: scenario.id,
    version: scenario.version,
    title: scenario.title,
    summary: scenario.summary,
    delegations: scenario.delegations.map((d) => ({
      ...d,
      privateBrief: readable(d.id) ? d.privateBrief : null,
      objectives: readable(d.id) ? d.objectives : null,
    })),
    moves: Object.fromEntries(scenario.delegations.map((d) => [d.id, movesOf(scenario, d.id)])),
    injectableNews:
      scope.kind === 'host'
        ? scenario.news.filter((n) => n.trigger.kind === 'injectable').map((n) => ({ id: n.id, headline: n.headline }))
        : [],
    reflectionPrompts: scenario.reflectionPrompts,
    bandThresholds: [...scenario.params.bandThresholds],
  };
}

/** Who may receive one event type, and each of its fields by name: that part of its definition (shared/events/). */
export type EventPolicy<E extends GameEvent> = Pick<EventDef<E>, 'audience' | 'fields'>;

/**
 * Who may receive an event: from its definition, and the host only for a type the event table does not know (an
 * event from a newer engine, say). Every event carries what decides its audience, so the state is not consulted.
 */
export function eventAudience(_state: GameState, event: GameEvent): Audience {
  const def = eventDef(event.type);
  return def ? def.audience(event) : { kind: 'host' };
}

/** Whether a viewer is in an audience. */
export function canSee(state: GameState, viewer: Viewer, audience: Audience): boolean {
  const scope = scopeOf(state, viewer);
  if (scope.kind === 'host') return true;
  if (audience.kind === 'all') return true;
  if (scope.kind !== 'seat') return false;
  switch (audience.kind) {
    case 'students':
      return true;
    case 'delegations':
      return audience.delegations.includes(scope.delegation);
    case 'seat':
      return audience.seatId === scope.seatId;
    case 'host':
      return false;
  }
}

/**
 * Whether this viewer needs a fresh snapshot instead of these events: a seat that just joined or moved to
 * another delegation cannot fold its new team's past (chat, proposals, brief) from events.
 */
export function needsSnapshot(viewer: Viewer, events: readonly GameEvent[]): boolean {
  if (viewer.kind !== 'seat') return false;
  return events.some(
    (e) =>
      (e.type === 'seatJoined' && e.seat.id === viewer.seatId) ||
      (e.type === 'seatReassigned' && e.seatId === viewer.seatId),
  );
}

/** The events a viewer may receive, each possibly trimmed (e.g. a seat's own threat row only). */
export function redactEvents(state: GameState, viewer: Viewer, events: GameEvent[]): GameEvent[] {
  const scope = scopeOf(state, viewer);
  const out: GameEvent[] = [];
  for (const event of events) {
    if (!canSee(state, viewer, eventAudience(state, event))) continue;
    out.push(trimEvent(scope, event));
  }
  return out;
}

/**
 * A name for everything `redactEvents(state, viewer, events)` depends on besides the state and the events: two
 * viewers with the same key receive the same redaction, so the room redacts and encodes once per key (the host,
 * the public, each delegation) instead of once per connection. A seat's key is its delegation unless an event is
 * addressed to single seats; then it is the seat itself.
 */
export function audienceKey(state: GameState, viewer: Viewer, events: readonly GameEvent[]): string {
  const scope = scopeOf(state, viewer);
  if (scope.kind !== 'seat') return scope.kind;
  const perSeat = events.some((e) => eventAudience(state, e).kind === 'seat');
  return perSeat ? `seat:${scope.seatId}` : `delegation:${scope.delegation}`;
}

/** The copy of an event a non-host viewer receives: only the fields its definition names, each kept or trimmed. */
function trimEvent(scope: Scope, event: GameEvent): GameEvent {
  if (scope.kind === 'host') return event;
  const def = eventDef(event.type);
  if (!def) return event; // unreachable: such an event's audience is the host alone
  const fields = def.fields as Record<string, FieldRule<unknown>>;
  const source = event as unknown as Record<string, unknown>;
  let trimmed = false;
  const out: Record<string, unknown> = { type: event.type };
  for (const [name, rule] of Object.entries(fields)) {
    if (!(name in source)) continue;
    const value = source[name];
    const sent = rule === 'keep' ? value : rule(value, scope);
    if (sent !== value) trimmed = true;
    out[name] = sent;
  }
  // Unchanged events keep their identity, so the room can encode one frame for every viewer that gets it.
  if (!trimmed && Object.keys(out).length === Object.keys(source).length) return event;
  return out as unknown as GameEvent;
}
