// Keeps a client's View current by folding the (redacted) events it receives into it.
// Invariant (property-tested): fold(viewFor(s0), redact(events)) equals viewFor(s1), `seq` aside.
// A seat that joins or changes delegation needs a fresh snapshot: its new team's past is not in any event.
import type { GameEvent, MeterRef } from './events.ts';
import { reflectionPrompt } from './phases.ts';
import type { Meters, ResolvedMove } from './types.ts';
import type { View } from './view-types.ts';
import { sortMoves, sortSeats } from './views.ts';

/**
 * The part of a scenario the fold reads: the delegations' order and the reflection prompts. A full Scenario
 * fits, and so does the ScenarioView a client holds (no cast needed).
 */
export interface FoldScenario {
  delegations: readonly { id: string }[];
  reflectionPrompts?: readonly string[] | undefined;
}

/** Returns a new View with one event applied. Unknown or irrelevant events return the view unchanged. */
export function applyEventToView(scenario: FoldScenario, view: View, event: GameEvent): View {
  switch (event.type) {
    case 'seatJoined': {
      const { seat } = event;
      const seatCounts = bump(view.seatCounts, seat.delegation, 1);
      if (view.viewer.kind === 'projector') return { ...view, seatCounts };
      const seats = sortSeats([...view.seats, { id: seat.id, name: seat.name, delegation: seat.delegation }]);
      return { ...view, seats, seatCounts };
    }
    case 'seatRenamed': {
      const you = view.you?.seatId === event.seatId ? { ...view.you, name: event.name } : view.you;
      return { ...view, you, seats: view.seats.map((s) => (s.id === event.seatId ? { ...s, name: event.name } : s)) };
    }
    case 'seatRemoved':
      return {
        ...view,
        seats: view.seats.filter((s) => s.id !== event.seatId),
        seatCounts: bump(view.seatCounts, event.delegation, -1),
      };
    case 'seatReassigned': {
      const seatCounts = bump(bump(view.seatCounts, event.from, -1), event.to, 1);
      const seats = view.seats.map((s) => (s.id === event.seatId ? { ...s, delegation: event.to } : s));
      return { ...view, seats, seatCounts };
    }
    case 'joinsLocked':
      return { ...view, joinsLocked: event.locked };
    case 'extraTimeSet': {
      const extraTime = { ...view.extraTime };
      if (event.percent === 0) delete extraTime[event.seatId];
      else extraTime[event.seatId] = { percent: event.percent, reflectionMs: event.reflectionMs };
      return { ...view, extraTime };
    }
    case 'personalDeadlineSet': {
      const kept = (view.personalDeadlines ?? []).filter((d) => d.seatId !== event.deadline.seatId);
      return { ...view, personalDeadlines: [...kept, event.deadline] };
    }
    case 'phaseChanged':
      return {
        ...view,
        phase: event.phase,
        round: event.round,
        clock: { endsAt: event.endsAt, remainingMs: null, paused: false },
        reflectionPrompt: event.phase === 'reflection' ? reflectionPrompt(scenario, event.round) : null,
      };
    case 'clockPaused':
      return { ...view, clock: { endsAt: null, remainingMs: event.remainingMs, paused: true } };
    case 'clockResumed':
      return { ...view, clock: { endsAt: event.endsAt, remainingMs: null, paused: false } };
    case 'phaseExtended':
      return { ...view, clock: { ...view.clock, endsAt: event.endsAt, remainingMs: event.remainingMs } };
    case 'newsPublished':
      return { ...view, news: [...view.news, event.news] };
    case 'messageSent':
      return { ...view, messages: [...view.messages, event.message] };
    case 'commitmentMade':
      return { ...view, commitments: [...view.commitments, event.commitment] };
    case 'commitmentSettled':
      return {
        ...view,
        commitments: view.commitments.map((c) => (c.id === event.commitment.id ? event.commitment : c)),
      };
    case 'moveProposed':
      return { ...view, proposals: [...view.proposals, event.proposal] };
    case 'approvalChanged':
      return {
        ...view,
        proposals: view.proposals.map((p) => (p.id === event.proposalId ? { ...p, approvals: event.approvals } : p)),
      };
    case 'moveLocked':
      // Locking replaces whatever an earlier round left pending (the reducer does the same).
      return { ...view, pendingMoves: [...view.pendingMoves.filter((p) => p.round === event.move.round), event.move] };
    case 'movesRevealed':
      return revealRound(scenario, view, event.round, event.moves);
    case 'covertRevealed':
      return { ...view, moves: upsertMoves(scenario, view.moves, [event.move]) };
    case 'meterChanged':
      return { ...view, meters: setMeter(view.meters, event.meter, event.to) };
    case 'bandChanged':
      return { ...view, meters: { ...view.meters, band: event.to } };
    case 'pairsChanged':
      return { ...view, pairs: { ...view.pairs, ...event.pairs } };
    case 'historyRecorded':
      return { ...view, history: [...view.history, event.meters] };
    case 'crisisHoldStarted':
      return { ...view, crisisHold: true };
    case 'crisisHoldEnded':
      return { ...view, crisisHold: false };
    case 'reflectionSubmitted': {
      const { seatId, round } = event.reflection;
      const personalDeadlines = (view.personalDeadlines ?? []).filter(
        (d) => !(d.seatId === seatId && d.round === round),
      );
      return { ...view, reflections: [...view.reflections, event.reflection], personalDeadlines };
    }
    case 'sessionEnded':
      return { ...view, scores: event.scores, pendingMoves: [] };
    case 'offerAnswered':
      return view;
  }
}

/** Folds a list of events in order. */
export function applyEventsToView(scenario: FoldScenario, view: View, events: readonly GameEvent[]): View {
  return events.reduce((v, e) => applyEventToView(scenario, v, e), view);
}

function bump(counts: Record<string, number>, key: string, by: number): Record<string, number> {
  return { ...counts, [key]: (counts[key] ?? 0) + by };
}

function sameMove(a: ResolvedMove, b: ResolvedMove): boolean {
  return a.round === b.round && a.delegation === b.delegation;
}

function upsertMoves(scenario: FoldScenario, moves: ResolvedMove[], incoming: ResolvedMove[]): ResolvedMove[] {
  const kept = moves.filter((m) => !incoming.some((n) => sameMove(m, n)));
  return sortMoves(scenario, [...kept, ...incoming]);
}

/**
 * The round's reveal: moves in the event become resolved; the viewer's own locked moves that the event
 * leaves out (covert ones) become resolved too, still unrevealed to others.
 */
function revealRound(scenario: FoldScenario, view: View, round: number, revealed: ResolvedMove[]): View {
  const ownCovert = view.pendingMoves.filter((p) => p.round === round && !revealed.some((m) => sameMove(m, p)));
  return {
    ...view,
    pendingMoves: view.pendingMoves.filter((p) => p.round !== round),
    moves: upsertMoves(scenario, view.moves, [...revealed, ...ownCovert]),
  };
}

function setMeter(meters: Meters, ref: MeterRef, value: number): Meters {
  switch (ref.kind) {
    case 'tension':
      return { ...meters, tension: value };
    case 'talks':
      return { ...meters, talks: value };
    case 'world':
      return { ...meters, world: { ...meters.world, [ref.meter]: value } };
    case 'credibility':
      return { ...meters, credibility: { ...meters.credibility, [ref.delegation]: value } };
    case 'threat': {
      const row = meters.threat[ref.from];
      if (!row) return meters;
      return { ...meters, threat: { ...meters.threat, [ref.from]: { ...row, [ref.to]: value } } };
    }
  }
}
