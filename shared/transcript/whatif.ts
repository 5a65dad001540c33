// The what-if lab's models: what a session offers to fork (rounds, move menus, reference curves, the mechanism per
// round), and a fork set beside the recorded session (both tension curves, the moves, the causes that differ).
// Pure; the rules come in as an argument (the session's own engine), so old sessions fork under their own rules.
import { HOLD_MOVE } from '../rules/moves.ts';
import type { DelegationId, Scenario } from '../scenario/types.ts';
import {
  forkRun,
  policyRun,
  recordedRun,
  type ForkRules,
  type MoveChoice,
  type MoveSource,
  type RunTrace,
} from './fork.ts';
import { mechanismByRound, type RoundMechanism } from './mechanism.ts';
import { POLICY_IDS, policyFor, type PolicyId } from './policies.ts';
import type { ReleaseLevel } from './review-types.ts';
import type { Transcript } from './types.ts';

/** Most moves a fork may change at once (a round's worth for every delegation, a few rounds deep). */
export const MAX_CHOICES = 12;
/** Most differing causes listed per round and side. */
const MAX_CAUSES = 10;

export interface LabMove {
  id: string;
  label: string;
  goldstein: number;
  covert: boolean;
  /** null: no target; 'choose': any other delegation; otherwise the fixed target. */
  target: DelegationId | 'choose' | null;
}

export interface LabInfo {
  roundsPlayed: number;
  delegations: { id: DelegationId; name: string; moves: LabMove[] }[];
  /** Reference curves from the session's own start: closing tension per round (index 0 = start). */
  references: { id: PolicyId; tension: number[] }[];
  /** The recorded session's tension change per round, by mechanism. */
  mechanism: RoundMechanism[];
}

export interface MoveLine {
  delegation: DelegationId;
  moveId: string;
  label: string;
  target: DelegationId | null;
  source: MoveSource;
  /** A covert move the class never saw (shown as hidden below release level 'team'). */
  hidden: boolean;
}

export interface CauseLine {
  cause: string;
  /** Summed change of the meter this cause moved in the round. */
  delta: number;
}

export interface ForkRound {
  round: number;
  recorded: { tension: number | null; moves: MoveLine[]; causes: CauseLine[] };
  fork: { tension: number | null; moves: MoveLine[]; causes: CauseLine[] };
  mechanism: { recorded: RoundMechanism | null; fork: RoundMechanism | null };
}

export interface ForkComparison {
  choices: MoveChoice[];
  fromRound: number;
  recorded: number[];
  fork: number[];
  /** Recorded commands the fork's rules refused after the fork point. */
  skipped: number;
  rounds: ForkRound[];
}

/** What the lab offers for a session, with the reference curves computed through its rules. */
export function labInfo(
  rules: ForkRules,
  scenario: Scenario,
  transcript: Transcript,
  recorded: RunTrace = recordedRun(rules, scenario, transcript),
): LabInfo {
  const references: LabInfo['references'] = [];
  for (const id of POLICY_IDS) {
    const policy = policyFor(scenario, id);
    if (policy) references.push({ id, tension: policyRun(rules, scenario, transcript, policy).tension });
  }
  return {
    roundsPlayed: Math.max(0, recorded.tension.length - 1),
    delegations: scenario.delegations.map((d) => ({
      id: d.id,
      name: d.name,
      moves: [
        ...(scenario.moves[d.id] ?? []),
        ...((scenario.moves[d.id] ?? []).some((m) => m.id === HOLD_MOVE.id) ? [] : [HOLD_MOVE]),
      ].map((m) => ({
        id: m.id,
        label: m.label,
        goldstein: m.goldstein,
        covert: m.visibility === 'covert',
        target: m.target.kind === 'none' ? null : m.target.kind === 'choose' ? 'choose' : m.target.delegation,
      })),
    })),
    references,
    mechanism: mechanismByRound(scenario, recorded),
  };
}

/** Checks a fork request against the scenario and the rounds played; a reason when it cannot be run. */
export function checkChoices(scenario: Scenario, roundsPlayed: number, choices: readonly MoveChoice[]): string | null {
  if (choices.length === 0 || choices.length > MAX_CHOICES) return `choose between 1 and ${MAX_CHOICES} moves`;
  const seen = new Set<string>();
  for (const c of choices) {
    if (!Number.isInteger(c.round) || c.round < 1 || c.round > Math.max(roundsPlayed, 1))
      return `round ${c.round} was not played`;
    const delegation = scenario.delegations.find((d) => d.id === c.delegation);
    if (!delegation) return `no delegation "${c.delegation}"`;
    const key = `${c.round}|${c.delegation}`;
    if (seen.has(key)) return `two moves for ${delegation.name} in round ${c.round}`;
    seen.add(key);
    const move = c.moveId === HOLD_MOVE.id ? HOLD_MOVE : scenario.moves[c.delegation]?.find((m) => m.id === c.moveId);
    if (!move) return `${delegation.name} has no move "${c.moveId}"`;
  }
  return null;
}

/** A fork beside the recorded session, round by round from the fork's first round. */
export function compareFork(
  rules: ForkRules,
  scenario: Scenario,
  transcript: Transcript,
  choices: readonly MoveChoice[],
  recorded?: RunTrace,
): ForkComparison {
  const base = recorded ?? recordedRun(rules, scenario, transcript);
  const fork = forkRun(rules, scenario, transcript, choices, base);
  const fromRound = Math.min(...choices.map((c) => c.round));
  const mechRecorded = mechanismByRound(scenario, base);
  const mechFork = mechanismByRound(scenario, fork);
  const last = Math.max(base.tension.length, fork.tension.length) - 1;
  const rounds: ForkRound[] = [];
  for (let r = fromRound; r <= last; r++) {
    const a = causesOf(base, r);
    const b = causesOf(fork, r);
    rounds.push({
      round: r,
      recorded: { tension: base.tension[r] ?? null, moves: movesOf(scenario, base, r), causes: differing(a, b) },
      fork: { tension: fork.tension[r] ?? null, moves: movesOf(scenario, fork, r), causes: differing(b, a) },
      mechanism: { recorded: mechRecorded[r - 1] ?? null, fork: mechFork[r - 1] ?? null },
    });
  }
  return {
    choices: [...choices],
    fromRound,
    recorded: base.tension,
    fork: fork.tension,
    skipped: fork.skipped,
    rounds,
  };
}

function movesOf(scenario: Scenario, run: RunTrace, round: number): MoveLine[] {
  return run.moves
    .filter((m) => m.round === round)
    .map((m) => ({
      delegation: m.delegation,
      moveId: m.moveId,
      label: labelOf(scenario, m),
      target: m.target,
      source: m.source,
      hidden: m.covert && m.revealedRound === null && m.source !== 'chosen',
    }));
}

function labelOf(scenario: Scenario, m: { delegation: DelegationId; moveId: string }): string {
  if (m.moveId === HOLD_MOVE.id) return HOLD_MOVE.label;
  return scenario.moves[m.delegation]?.find((s) => s.id === m.moveId)?.label ?? m.moveId;
}

/** The round's meter changes summed by cause. */
function causesOf(run: RunTrace, round: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of run.changes) if (c.round === round) out.set(c.cause, (out.get(c.cause) ?? 0) + (c.to - c.from));
  return out;
}

/** Causes of `mine` the other run lacks or moved by a different amount, largest first. */
function differing(mine: Map<string, number>, other: Map<string, number>): CauseLine[] {
  const lines: CauseLine[] = [];
  for (const [cause, delta] of mine) {
    const there = other.get(cause);
    if (there !== undefined && Math.abs(there - delta) < 0.05) continue;
    lines.push({ cause, delta: Math.round(delta * 10) / 10 });
  }
  return lines.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta)).slice(0, MAX_CAUSES);
}

/**
 * A comparison as the class may see it below release level 'team': covert moves never revealed show as hidden,
 * and causes naming them are left out (the rule release.ts applies to the review).
 */
export function releaseFork(comparison: ForkComparison, level: ReleaseLevel): ForkComparison {
  if (level === 'team') return comparison;
  const secret = new Set<string>();
  for (const r of comparison.rounds) {
    for (const m of [...r.recorded.moves, ...r.fork.moves]) if (m.hidden) secret.add(m.label);
  }
  const clean = (causes: CauseLine[]) => causes.filter((c) => ![...secret].some((label) => c.cause.includes(label)));
  const hide = (moves: MoveLine[]) => moves.map((m) => (m.hidden ? { ...m, moveId: '', label: '', target: null } : m));
  return {
    ...comparison,
    rounds: comparison.rounds.map((r) => ({
      ...r,
      recorded: { ...r.recorded, moves: hide(r.recorded.moves), causes: clean(r.recorded.causes) },
      fork: { ...r.fork, moves: hide(r.fork.moves), causes: clean(r.fork.causes) },
    })),
  };
}
