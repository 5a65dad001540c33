// Secrets: the per-viewer projection of state and of events. The one place that decides who sees what.
// Must not import anything impure; the protocol import is for a type only.
import type { ScenarioView } from '../protocol/messages.ts';
import type { Audience, GameEvent } from './events.ts';
import { HOLD_MOVE_ID, movesOf } from './moves.ts';
import { pairsOf } from './pairs.ts';
import { reflectionPrompt } from './phases.ts';
import { activeSeats, seatCounts } from './seats.ts';
import type { DelegationId, GameState, Message, Meters, ResolvedMove, Scenario } from './types.ts';
import type { ExtraTimeView, PublicSeat, View, Viewer } from './view-types.ts';
import { extraReflectionMs } from './extra-time.ts';

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

/**
 * A resolved move as this scope sees it: a covert move still hidden from the scope shows as its delegation's
 * public cover (Hold), so every delegation appears in each round's reveal and a missing one names nobody.
 */
export function moveAsSeen(scope: Scope, move: ResolvedMove): ResolvedMove {
  if (!canSeeMove(scope, move))
    return { ...move, moveId: HOLD_MOVE_ID, target: null, proposalId: null, covert: false, revealedRound: move.round };
  // A proposal id is numbered within its team: another team reading it would count that team's proposals.
  const own = scope.kind === 'host' || (scope.kind === 'seat' && scope.delegation === move.delegation);
  return own || move.proposalId === null ? move : { ...move, proposalId: null };
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
  return [...moves].sort(
    (a, b) => a.round - b.round || (order.get(a.delegation) ?? 0) - (order.get(b.delegation) ?? 0),
  );
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

const ALL: Audience = { kind: 'all' };
const STUDENTS: Audience = { kind: 'students' };
const team = (delegation: DelegationId): Audience => ({ kind: 'delegations', delegations: [delegation] });

type EventType = GameEvent['type'];
type EventOf<T extends EventType> = Extract<GameEvent, { type: T }>;
/** A viewer below the host: a seated student or the public (projector, removed seat). */
type Reader = Exclude<Scope, { kind: 'host' }>;
/** How one field reaches a non-host viewer who may see the event: as it is, or trimmed for that viewer. */
type FieldRule<V> = 'keep' | ((value: V, reader: Reader) => V);
/**
 * Who may receive one event type, and each of its fields by name. The field list is exhaustive over the type
 * (a new field fails to compile until someone decides who reads it) and the copy sent is built from it, so a
 * field the list does not name never leaves the server.
 */
export interface EventPolicy<E extends GameEvent> {
  audience: (event: E) => Audience;
  fields: { [K in Exclude<keyof E, 'type'>]-?: FieldRule<E[K]> };
}

/** One entry per event type: a new event type fails to compile until it has an audience and a field list. */
const POLICY: { [T in EventType]: EventPolicy<EventOf<T>> } = {
  // Roster changes go to all so the projector can count; it gets no names.
  seatJoined: {
    audience: () => ALL,
    fields: { seat: (seat, reader) => (reader.kind === 'public' ? { ...seat, name: '' } : seat) },
  },
  seatRenamed: { audience: () => STUDENTS, fields: { seatId: 'keep', name: 'keep' } },
  seatRemoved: { audience: () => ALL, fields: { seatId: 'keep', delegation: 'keep' } },
  seatReassigned: { audience: () => ALL, fields: { seatId: 'keep', from: 'keep', to: 'keep' } },
  joinsLocked: { audience: () => ALL, fields: { locked: 'keep' } },
  // Accommodations are the student's and the teacher's business only: never teammates, never the projector.
  extraTimeSet: {
    audience: (e) => ({ kind: 'seat', seatId: e.seatId }),
    fields: { seatId: 'keep', percent: 'keep', reflectionMs: 'keep' },
  },
  personalDeadlineSet: { audience: (e) => ({ kind: 'seat', seatId: e.deadline.seatId }), fields: { deadline: 'keep' } },
  phaseChanged: { audience: () => ALL, fields: { phase: 'keep', round: 'keep', endsAt: 'keep' } },
  clockPaused: { audience: () => ALL, fields: { remainingMs: 'keep' } },
  clockResumed: { audience: () => ALL, fields: { endsAt: 'keep' } },
  phaseExtended: { audience: () => ALL, fields: { endsAt: 'keep', remainingMs: 'keep', seconds: 'keep' } },
  newsPublished: { audience: () => ALL, fields: { news: 'keep' } },
  messageSent: {
    audience: ({ message: m }) => {
      if (m.channel === 'public') return ALL;
      if (m.channel === 'team') return team(m.from);
      return { kind: 'delegations', delegations: m.to === null ? [m.from] : [m.from, m.to] };
    },
    fields: { message: 'keep' },
  },
  commitmentMade: { audience: () => ALL, fields: { commitment: 'keep' } },
  commitmentSettled: { audience: () => ALL, fields: { commitment: 'keep', cause: 'keep' } },
  moveProposed: { audience: (e) => team(e.proposal.delegation), fields: { proposal: 'keep' } },
  approvalChanged: {
    audience: (e) => team(e.delegation),
    fields: { proposalId: 'keep', delegation: 'keep', approvals: 'keep' },
  },
  moveLocked: { audience: (e) => team(e.move.delegation), fields: { move: 'keep' } },
  movesRevealed: {
    audience: () => ALL,
    fields: { round: 'keep', moves: (moves, reader) => moves.map((m) => moveAsSeen(reader, m)) },
  },
  covertRevealed: { audience: () => ALL, fields: { move: (move, reader) => moveAsSeen(reader, move), cause: 'keep' } },
  meterChanged: {
    audience: (e) => (e.meter.kind === 'threat' ? team(e.meter.from) : ALL),
    fields: { meter: 'keep', from: 'keep', to: 'keep', cause: 'keep' },
  },
  bandChanged: { audience: () => ALL, fields: { from: 'keep', to: 'keep' } },
  pairsChanged: { audience: () => ALL, fields: { pairs: 'keep' } },
  historyRecorded: { audience: () => ALL, fields: { meters: (meters, reader) => metersFor(reader, meters) } },
  offerAnswered: {
    audience: () => ALL,
    fields: { round: 'keep', offeredBy: 'keep', answeredBy: 'keep', cause: 'keep' },
  },
  crisisHoldStarted: { audience: () => ALL, fields: { tension: 'keep' } },
  crisisHoldEnded: { audience: () => ALL, fields: { outcome: 'keep' } },
  reflectionSubmitted: {
    audience: (e) => ({ kind: 'seat', seatId: e.reflection.seatId }),
    fields: { reflection: 'keep' },
  },
  sessionEnded: { audience: () => ALL, fields: { scores: 'keep' } },
};

/** A policy looked up by a runtime type string (an unknown one, from a newer engine, finds none). */
interface LooseEventPolicy {
  audience: (event: GameEvent) => Audience;
  fields: Record<string, FieldRule<unknown>>;
}
function policyOf(type: string): LooseEventPolicy | undefined {
  return Object.hasOwn(POLICY, type) ? (POLICY as unknown as Record<string, LooseEventPolicy>)[type] : undefined;
}

/**
 * Who may receive an event: from the policy table, and the host only for a type the table does not know (an
 * event from a newer engine, say). Every event carries what decides its audience, so the state is not consulted.
 */
export function eventAudience(_state: GameState, event: GameEvent): Audience {
  const policy = policyOf(event.type);
  return policy ? policy.audience(event) : { kind: 'host' };
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

/** The copy of an event a non-host viewer receives: only the fields its policy names, each kept or trimmed. */
function trimEvent(scope: Scope, event: GameEvent): GameEvent {
  if (scope.kind === 'host') return event;
  const policy = policyOf(event.type);
  if (!policy) return event; // unreachable: such an event's audience is the host alone
  const fields = policy.fields;
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
