// Secrets: the per-viewer projection of state and of events. The one place that decides who sees what.
// Must not import anything impure; the protocol import is for a type only.
import type { ScenarioView } from '../protocol/messages.ts';
import type { Audience, GameEvent } from './events.ts';
import { movesOf } from './moves.ts';
import { pairsOf } from './pairs.ts';
import { reflectionPrompt } from './phases.ts';
import { activeSeats, seatCounts } from './seats.ts';
import type { DelegationId, GameState, Message, Meters, ResolvedMove, Scenario } from './types.ts';
import type { PublicSeat, View, Viewer } from './view-types.ts';

/**
 * What a viewer is entitled to: the host everything, a seated student their own delegation's side,
 * anyone else (projector, removed or unknown seat) the public side only.
 */
export type Scope = { kind: 'host' } | { kind: 'public' } | { kind: 'seat'; seatId: string; delegation: DelegationId };

/** The scope of a viewer in this state. */
export function scopeOf(state: GameState, viewer: Viewer): Scope {
  if (viewer.kind === 'host') return { kind: 'host' };
  if (viewer.kind === 'projector') return { kind: 'public' };
  const seat = state.seats[viewer.seatId];
  return seat && !seat.removed ? { kind: 'seat', seatId: seat.id, delegation: seat.delegation } : { kind: 'public' };
}

/** Whether this scope may know of a resolved or pending move. */
export function canSeeMove(scope: Scope, move: ResolvedMove): boolean {
  if (scope.kind === 'host') return true;
  if (scope.kind === 'seat' && scope.delegation === move.delegation) return true;
  return !move.covert || move.revealedRound !== null;
}

function canSeeMessage(scope: Scope, message: Message): boolean {
  if (scope.kind === 'host' || message.channel === 'public') return true;
  if (scope.kind !== 'seat') return false;
  return message.from === scope.delegation || (message.channel === 'diplomatic' && message.to === scope.delegation);
}

/** Meters with only the threat rows this scope may read: all for the host, its own for a seat, none otherwise. */
export function metersFor(scope: Scope, meters: Meters): Meters {
  if (scope.kind === 'host') return meters;
  const threat: Meters['threat'] = {};
  if (scope.kind === 'seat') {
    const row = meters.threat[scope.delegation];
    if (row) threat[scope.delegation] = row;
  }
  return { ...meters, threat };
}

/** Resolved moves in the one order every view uses: by round, then scenario order of delegations. */
export function sortMoves(scenario: { delegations: readonly { id: string }[] }, moves: ResolvedMove[]): ResolvedMove[] {
  const order = new Map(scenario.delegations.map((d, index) => [d.id, index]));
  return [...moves].sort((a, b) => a.round - b.round || (order.get(a.delegation) ?? 0) - (order.get(b.delegation) ?? 0));
}

/** The roster in the one order every view uses (by seat id, so folding a join needs no join order). */
export function sortSeats(seats: PublicSeat[]): PublicSeat[] {
  return [...seats].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

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
    seq: state.seq,
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
    moves: sortMoves(scenario, state.moves.filter((m) => canSeeMove(scope, m))),
    messages: state.messages.filter((m) => canSeeMessage(scope, m)),
    commitments: state.commitments,
    news: state.news,
    reflections: state.reflections.filter((r) => host || (scope.kind === 'seat' && r.seatId === scope.seatId)),
    reflectionPrompt: state.phase === 'reflection' ? reflectionPrompt(scenario, state.round) : null,
    scores: state.scores,
  };
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

const ALL: Audience = { kind: 'all' };

/**
 * Who may receive an event. Every event carries what decides its audience, so the state (the one after
 * the event) is not consulted; the parameter stays for the contract.
 */
export function eventAudience(_state: GameState, event: GameEvent): Audience {
  switch (event.type) {
    case 'seatRenamed':
      return { kind: 'students' };
    case 'messageSent': {
      const m = event.message;
      if (m.channel === 'public') return ALL;
      if (m.channel === 'team') return { kind: 'delegations', delegations: [m.from] };
      return { kind: 'delegations', delegations: m.to === null ? [m.from] : [m.from, m.to] };
    }
    case 'moveProposed':
      return { kind: 'delegations', delegations: [event.proposal.delegation] };
    case 'approvalChanged':
      return { kind: 'delegations', delegations: [event.delegation] };
    case 'moveLocked':
      return { kind: 'delegations', delegations: [event.move.delegation] };
    case 'meterChanged':
      return event.meter.kind === 'threat' ? { kind: 'delegations', delegations: [event.meter.from] } : ALL;
    case 'reflectionSubmitted':
      return { kind: 'seat', seatId: event.reflection.seatId };
    default:
      // Roster changes go to all so the projector can count; redaction strips names from them.
      return ALL;
  }
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
    (e) => (e.type === 'seatJoined' && e.seat.id === viewer.seatId) || (e.type === 'seatReassigned' && e.seatId === viewer.seatId),
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

function trimEvent(scope: Scope, event: GameEvent): GameEvent {
  if (scope.kind === 'host') return event;
  switch (event.type) {
    case 'seatJoined':
      return scope.kind === 'public' ? { ...event, seat: { ...event.seat, name: '' } } : event;
    case 'movesRevealed':
      return { ...event, moves: event.moves.filter((m) => canSeeMove(scope, m)) };
    case 'historyRecorded':
      return { ...event, meters: metersFor(scope, event.meters) };
    default:
      return event;
  }
}
