// The public status of a session (phase, round, joinable, students), derived by replaying its transcript.
// Polled by join pages and projectors, so each process keeps the last replayed state and folds only new entries.
import type { SessionStatus } from '../../shared/protocol/messages.ts';
import { applyCommand } from '../../shared/rules/apply.ts';
import { LIMITS } from '../../shared/rules/commands.ts';
import type { GameState, Scenario } from '../../shared/rules/types.ts';
import { replay } from '../../shared/transcript/replay.ts';
import type { TranscriptEntry } from '../../shared/transcript/types.ts';
import type { SessionRecord, TranscriptStore } from '../store/types.ts';

interface Cached {
  /** Tells a recreated session under a reused code from the old one. */
  createdAt: number;
  state: GameState;
}

/** Replays each session once, then only what was appended since; a cache, never the source of truth. */
export class StatusCache {
  private readonly states = new Map<string, Cached>();

  constructor(
    private readonly store: TranscriptStore,
    private readonly scenarioById: (id: string) => Scenario | undefined,
    // Each cached state can be a few hundred KB late in a big session: keep about as many as one process hosts.
    private readonly maxSessions = 256,
  ) {}

  async status(session: SessionRecord): Promise<SessionStatus> {
    const state = await this.state(session);
    if (!state) return this.fallback(session, await this.store.readEntries(session.code));
    const students = Object.values(state.seats).filter((s) => !s.removed).length;
    const ended = session.ended || state.phase === 'ended';
    return {
      code: session.code,
      scenarioId: session.header.scenarioId,
      phase: state.phase,
      round: state.round,
      joinable: !ended && !state.joinsLocked && students < LIMITS.seatsMax,
      ended,
      students,
    };
  }

  /** Drops what is cached for `code` (after a delete). */
  forget(code: string): void {
    this.states.delete(code);
  }

  private async state(session: SessionRecord): Promise<GameState | null> {
    const scenario = this.scenarioById(session.header.scenarioId);
    if (!scenario) return null;
    const cached = this.states.get(session.code);
    try {
      let state: GameState;
      if (cached && cached.createdAt === session.createdAt) {
        state = cached.state;
        for (const entry of await this.store.readEntries(session.code, state.seq)) {
          const result = applyCommand(scenario, state, entry.command);
          if (!result.ok) throw new Error(`stored entry ${entry.seq} refused: ${result.error}`);
          state = result.state;
        }
      } else {
        const entries = await this.store.readEntries(session.code);
        state = replay(scenario, { header: session.header, entries }).state;
      }
      this.remember(session, state);
      return state;
    } catch {
      // A transcript from another rules version (or a damaged one) still gets a status, from the commands alone.
      this.states.delete(session.code);
      return null;
    }
  }

  private remember(session: SessionRecord, state: GameState): void {
    this.states.delete(session.code);
    this.states.set(session.code, { createdAt: session.createdAt, state });
    if (this.states.size > this.maxSessions) {
      const oldest = this.states.keys().next().value;
      if (oldest !== undefined) this.states.delete(oldest);
    }
  }

  /** What the commands say without the rules: who joined and left, whether it started or ended. */
  private fallback(session: SessionRecord, entries: TranscriptEntry[]): SessionStatus {
    const seats = new Set<string>();
    let started = false;
    let locked = false;
    for (const { command } of entries) {
      if (command.type === 'joinSeat') seats.add(command.seatId);
      else if (command.type === 'removeSeat') seats.delete(command.seatId);
      else if (command.type === 'startSession') started = true;
      else if (command.type === 'lockJoins') locked = command.locked;
    }
    const ended = session.ended || entries.some((e) => e.command.type === 'endSession');
    return {
      code: session.code,
      scenarioId: session.header.scenarioId,
      phase: ended ? 'ended' : started ? 'briefing' : 'lobby',
      round: 0,
      joinable: !ended && !locked && seats.size < LIMITS.seatsMax,
      ended,
      students: seats.size,
    };
  }
}
