// What-if runs through the rules: a session replayed with other moves from a chosen round on (a fork), or a session
// played from its own start by a move policy (reference curves). Pure; takes the rules as an argument (any engine).
import type { Cause } from '../rules/causes.ts';
import { type CauseNames, eventText, namesOf } from '../causes/text.ts';
import type { Command } from '../rules/commands.ts';
import type { GameEvent, MeterRef } from '../rules/events.ts';
import type { GameState, Phase, ResolvedMove } from '../rules/types.ts';
import type { DelegationId, Scenario } from '../scenario/types.ts';
import type { Transcript } from './types.ts';

/** The rules a what-if run needs: the same functions every engine (shared/engines/) provides. */
export interface ForkRules {
  createInitialState(setup: { scenario: Scenario; settings: GameState['settings']; seed: number }): GameState;
  applyCommand(
    scenario: Scenario,
    state: GameState,
    command: Command,
  ): { ok: true; state: GameState; events: GameEvent[] } | { ok: false; error: string };
  botMove(
    scenario: Scenario,
    state: GameState,
    delegation: DelegationId,
  ): { moveId: string; target: DelegationId | null };
}

/** A move for one delegation. */
export interface MovePick {
  moveId: string;
  target: DelegationId | null;
}

/** One of the other moves a fork plays: `delegation` plays `moveId` in `round`. */
export interface MoveChoice extends MovePick {
  round: number;
  delegation: DelegationId;
}

/** Who decided a delegation's move in a round of a run. */
export type MoveSource = 'chosen' | 'recorded' | 'bot' | 'policy';

/** One meter change of a run, with where it happened. */
export interface RunChange {
  round: number;
  phase: Phase;
  meter: MeterRef;
  from: number;
  to: number;
  cause: string;
  /** The command that caused it (injectNews marks teacher news). */
  command: Command['type'];
  /** The model's own mechanism kind, when its events carry one. */
  mechanism?: string;
}

/** What a run gives: the closing tension of each round (index 0 = start), the moves, every meter change. */
export interface RunTrace {
  tension: number[];
  band: number[];
  moves: (ResolvedMove & { source: MoveSource })[];
  changes: RunChange[];
  final: GameState;
  /** Recorded commands the fork's rules refused (e.g. a proposal in a phase the fork had already left). */
  skipped: number;
  /** Where each round's decision deadline was reached (the recorded run keeps them so forks start there). */
  deadlines: Checkpoint[];
}

/** A run's position just before a decision deadline's command: forks of that round start here. */
export interface Checkpoint {
  round: number;
  /** Index in the transcript's entries of the deadline command. */
  index: number;
  state: GameState;
  /** How many meter changes the run had made by then. */
  changes: number;
}

/**
 * Commands that never move a meter and that a fork decides itself anyway (proposals and approvals are replaced at
 * each deadline): after the fork point they are passed over, which keeps a fork of a long session fast.
 */
const INERT_AFTER_FORK: ReadonlySet<Command['type']> = new Set([
  'sendTeamMessage',
  'sendDiplomaticMessage',
  'proposeMove',
  'approveProposal',
  'withdrawApproval',
  'submitReflection',
  'renameSeat',
]);

const WHAT_IF = 'What-if';
const MAX_SYNTHETIC = 400;

/** The recorded run of a transcript, in the same form as a fork (every move 'recorded' or 'bot'). */
export function recordedRun(rules: ForkRules, scenario: Scenario, transcript: Transcript): RunTrace {
  return forkRun(rules, scenario, transcript, []);
}

/**
 * Replays `transcript`, and from the first round of `choices` on decides every seated delegation's move at each
 * decision deadline: the chosen move where one is given, else the recorded move while the rules accept it, else
 * the scripted bot. Other recorded commands (messages, statements, flow) are applied while the rules accept them.
 * If the recorded session stops before the fork ends (a crisis ended it, or it was never finished), the fork plays on
 * to the session's last round with bots. The transcript itself is never changed.
 */
export function forkRun(
  rules: ForkRules,
  scenario: Scenario,
  transcript: Transcript,
  choices: readonly MoveChoice[],
  /** The recorded run (recordedRun), when the caller has it: saves a replay and starts the fork at its round. */
  recorded?: RunTrace,
): RunTrace {
  const from = choices.length > 0 ? Math.min(...choices.map((c) => c.round)) : Infinity;
  const recordedMoves = new Map<string, ResolvedMove>();
  const chosen = new Map(choices.map((c) => [`${c.round}|${c.delegation}`, c]));
  const run = new Runner(rules, scenario, transcript);
  let base: RunTrace | null = recorded ?? null;
  if (from !== Infinity && !base) {
    const plain = new Runner(rules, scenario, transcript);
    plain.replayAll(() => null);
    base = plain.trace();
  }
  const recordedState = base?.final ?? null;
  // Up to the fork round's deadline the fork is the recorded run: start from there when the recorded run is known.
  const start = base?.deadlines.find((c) => c.round === from);
  if (start && base) run.startAt(start, base.changes);
  for (const m of recordedState?.moves ?? []) recordedMoves.set(`${m.round}|${m.delegation}`, m);
  const decide = (state: GameState, delegation: DelegationId): { pick: MovePick | null; source: MoveSource } => {
    const key = `${state.round}|${delegation}`;
    const choice = chosen.get(key);
    if (choice) return { pick: choice, source: 'chosen' };
    const rec = recordedMoves.get(key);
    if (rec && !rec.byBot) return { pick: { moveId: rec.moveId, target: rec.target }, source: 'recorded' };
    return { pick: null, source: 'bot' };
  };
  run.replayAll((state) => (state.round >= from ? decide : null));
  if (from !== Infinity && recordedState?.phase === 'ended')
    run.playOn((state) => (state.round >= from ? decide : null));
  return run.trace();
}

/** A delegation's move at a deadline: a pick (null: the scripted bot decides), and who decided it. */
export type Decider = (state: GameState, delegation: DelegationId) => { pick: MovePick | null; source: MoveSource };

/**
 * The session's settings and seed played from its own start with one seat per delegation, each round's moves
 * from `policy` (the reference curves). News comes as the rules schedule it; no teacher action, no messages.
 */
export function policyRun(
  rules: ForkRules,
  scenario: Scenario,
  transcript: Transcript,
  policy: (round: number, delegation: DelegationId) => MovePick,
): RunTrace {
  const run = new Runner(rules, scenario, { header: transcript.header, entries: [] });
  for (const d of scenario.delegations)
    run.synthetic({ type: 'joinSeat', seatId: `ref-${d.id}`, name: d.name, delegation: d.id, by: { kind: 'system' } });
  run.synthetic({ type: 'startSession', by: { kind: 'host' } });
  run.playOn(() => (state, delegation) => ({ pick: policy(state.round, delegation), source: 'policy' }));
  return run.trace();
}

type CommandBody = Command extends infer C ? (C extends Command ? Omit<C, 'at'> : never) : never;

class Runner {
  state: GameState;
  private at: number;
  private skipped = 0;
  private index = 0;
  private changes: RunChange[] = [];
  private readonly deadlines: Checkpoint[] = [];
  private readonly sources = new Map<string, MoveSource>();
  private causeNames: CauseNames | null = null;

  constructor(
    private readonly rules: ForkRules,
    private readonly scenario: Scenario,
    private readonly transcript: Transcript,
  ) {
    const { header } = transcript;
    this.state = rules.createInitialState({ scenario, settings: header.settings, seed: header.seed });
    this.at = header.createdAt;
  }

  /** Continues from a checkpoint of another run of the same transcript, with that run's changes so far. */
  startAt(checkpoint: Checkpoint, changes: readonly RunChange[]): void {
    this.state = checkpoint.state;
    this.index = checkpoint.index;
    this.changes = changes.slice(0, checkpoint.changes);
    this.at = this.transcript.entries[checkpoint.index]?.command.at ?? this.at;
  }

  /** Applies a command; false (and nothing changes) when the rules refuse it. */
  private apply(command: Command): boolean {
    const result = this.rules.applyCommand(this.scenario, this.state, command);
    if (!result.ok) return false;
    const before = this.state;
    this.state = result.state;
    for (const e of result.events) {
      if (e.type !== 'meterChanged') continue;
      // Rules version 2 carries the cause as data with its mechanism; version 1 as words.
      const raw: unknown = e.cause;
      const data = typeof raw === 'object' && raw !== null ? (raw as Cause) : null;
      const mechanism = data ? data.mechanism : (e as { mechanism?: unknown }).mechanism;
      this.changes.push({
        round: this.state.round,
        phase: before.phase === 'decision' ? 'resolution' : this.state.phase,
        meter: e.meter,
        from: e.from,
        to: e.to,
        cause: data ? (eventText(e, 'en', (this.causeNames ??= namesOf(this.scenario))) ?? data.code) : String(raw),
        command: command.type,
        ...(typeof mechanism === 'string' ? { mechanism } : {}),
      });
    }
    return true;
  }

  synthetic(body: CommandBody): boolean {
    return this.apply({ ...body, at: this.at } as Command);
  }

  /** Every recorded entry; at a decision deadline where `deciderAt` gives a decider, the moves are decided first. */
  replayAll(deciderAt: (state: GameState) => Decider | null): void {
    const { entries } = this.transcript;
    for (; this.index < entries.length; this.index++) {
      const { command } = entries[this.index]!;
      this.at = command.at;
      const forking = deciderAt(this.state) !== null;
      if (forking && INERT_AFTER_FORK.has(command.type)) continue;
      const deadline = this.isDeadline(command);
      if (deadline)
        this.deadlines.push({
          round: this.state.round,
          index: this.index,
          state: this.state,
          changes: this.changes.length,
        });
      const decider = deadline ? deciderAt(this.state) : null;
      if (decider) this.decideMoves(decider);
      if (
        this.state.crisisHold &&
        deciderAt(this.state) &&
        command.type !== 'resolveCrisisHold' &&
        command.type !== 'endSession'
      ) {
        // A fork may reach the top band where the class did not: the teacher's discussion is taken as held.
        this.synthetic({ type: 'resolveCrisisHold', outcome: 'resume', by: { kind: 'host' } });
      }
      if (!this.apply(command)) {
        if (!deciderAt(this.state)) throw new Error(`the recorded command ${command.type} was refused before the fork`);
        this.skipped++;
      }
    }
  }

  /** Plays on with the host skipping phases until the session ends, deciding moves at each decision deadline. */
  playOn(deciderAt: (state: GameState) => Decider | null): void {
    for (let i = 0; i < MAX_SYNTHETIC && this.state.phase !== 'ended'; i++) {
      if (this.state.crisisHold) {
        this.synthetic({ type: 'resolveCrisisHold', outcome: 'resume', by: { kind: 'host' } });
        continue;
      }
      const decider = this.state.phase === 'decision' ? deciderAt(this.state) : null;
      if (decider) this.decideMoves(decider);
      if (!this.synthetic({ type: 'skipPhase', by: { kind: 'host' } })) break;
    }
  }

  private isDeadline(command: Command): boolean {
    if (this.state.phase !== 'decision') return false;
    return (
      command.type === 'skipPhase' ||
      (command.type === 'phaseTimeUp' && command.phase === 'decision' && command.round === this.state.round)
    );
  }

  /**
   * Each seated delegation's move, through the rules: proposed by one of its seats (the rules check the move and its
   * target) and made the team's only proposal; refused, the scripted bot's move; refused too, Hold. A delegation
   * without seats is the rules' own bot, as in class.
   */
  private decideMoves(decide: Decider): void {
    const round = this.state.round;
    for (const { id: delegation } of this.scenario.delegations) {
      const seat = Object.values(this.state.seats).find((s) => s.delegation === delegation && !s.removed);
      if (!seat) {
        this.sources.set(`${round}|${delegation}`, 'bot');
        continue;
      }
      const { pick, source } = decide(this.state, delegation);
      const tries: [MovePick, MoveSource][] = [];
      if (pick) tries.push([pick, source]);
      tries.push(
        [this.rules.botMove(this.scenario, this.state, delegation), 'bot'],
        [{ moveId: 'hold', target: null }, 'bot'],
      );
      for (const [move, from] of tries) {
        const ok = this.synthetic({
          type: 'proposeMove',
          moveId: move.moveId,
          target: move.target,
          rationale: WHAT_IF,
          by: { kind: 'seat', seatId: seat.id },
        });
        if (!ok) continue;
        const id = this.state.proposals[this.state.proposals.length - 1]?.id;
        const proposals = this.state.proposals.filter(
          (p) => p.round !== round || p.delegation !== delegation || p.id === id,
        );
        this.state = { ...this.state, proposals };
        this.sources.set(`${round}|${delegation}`, from);
        break;
      }
    }
  }

  trace(): RunTrace {
    const { history, moves } = this.state;
    return {
      tension: history.map((m) => m.tension),
      band: history.map((m) => m.band),
      moves: moves.map((m) => ({
        ...m,
        source: this.sources.get(`${m.round}|${m.delegation}`) ?? (m.byBot ? 'bot' : 'recorded'),
      })),
      changes: this.changes,
      final: this.state,
      skipped: this.skipped,
      deadlines: this.deadlines,
    };
  }
}
