// Readable words for the review: delegation and move names, meter names, teacher actions.
// Pure. Never puts a student's nickname into a sentence (names are resolved at display, so pseudonyms work).
import type { Command } from '../rules/commands.ts';
import type { MeterRef } from '../rules/events.ts';
import type { CommitmentTerms, DelegationId, MoveSpec, Scenario, WorldMeter } from '../rules/types.ts';
import { BANDS, TALKS_LADDER } from '../rules/types.ts';

const HOLD: Pick<MoveSpec, 'id' | 'label' | 'goldstein' | 'visibility'> = { id: 'hold', label: 'Hold', goldstein: 0, visibility: 'public' };

/** Words for the world meters, as the board labels them. */
export const WORLD_METER_LABELS: Record<WorldMeter, string> = {
  armsRace: 'Arms race',
  humanitarian: 'Humanitarian conditions',
  sanctions: 'Sanctions pressure',
  polarization: 'Bloc polarization',
};

/** Lookups a review needs many times, built once per scenario. */
export interface Names {
  delegation(id: DelegationId | null): string;
  move(delegation: DelegationId, moveId: string): Pick<MoveSpec, 'id' | 'label' | 'goldstein' | 'visibility'>;
}

export function namesFor(scenario: Scenario): Names {
  const delegations = new Map(scenario.delegations.map((d) => [d.id, d.name]));
  const moves = new Map<string, MoveSpec>();
  for (const [delegation, list] of Object.entries(scenario.moves)) {
    for (const move of list) moves.set(`${delegation}/${move.id}`, move);
  }
  return {
    delegation: (id) => (id === null ? 'everyone' : (delegations.get(id) ?? id)),
    move: (delegation, moveId) => moves.get(`${delegation}/${moveId}`) ?? (moveId === 'hold' ? HOLD : { ...HOLD, id: moveId, label: moveId }),
  };
}

/** A stable key and a label for a meter, e.g. "threat:seoul:pyongyang" / "Seoul feels threatened by Pyongyang". */
export function meterName(names: Names, ref: MeterRef): { key: string; label: string } {
  switch (ref.kind) {
    case 'tension': return { key: 'tension', label: 'Peninsula tension' };
    case 'talks': return { key: 'talks', label: 'Talks ladder' };
    case 'world': return { key: `world:${ref.meter}`, label: WORLD_METER_LABELS[ref.meter] };
    case 'credibility': return { key: `credibility:${ref.delegation}`, label: `${names.delegation(ref.delegation)} credibility` };
    case 'threat':
      return { key: `threat:${ref.from}:${ref.to}`, label: `${names.delegation(ref.from)} feels threatened by ${names.delegation(ref.to)}` };
  }
}

/** How a meter value reads: talks and bands as words, the rest as numbers. */
export function meterValue(key: string, value: number): string {
  if (key === 'talks') return TALKS_LADDER[value] ?? String(value);
  if (key === 'band') return BANDS[value] ?? String(value);
  return String(Math.round(value * 10) / 10);
}

/** A pledge or warning in words. */
export function commitmentText(names: Names, terms: CommitmentTerms): string {
  return terms.kind === 'pledge'
    ? `pledge: no hostile move${terms.target === null ? '' : ` toward ${names.delegation(terms.target)}`}`
    : `warning to ${names.delegation(terms.target)}: a hostile move will be answered`;
}

/** A teacher (or timer) action in words; null for commands that are not the teacher's. */
export function teacherActionText(names: Names, command: Command): string | null {
  switch (command.type) {
    case 'startSession': return 'The teacher started the session.';
    case 'skipPhase': return 'The teacher skipped to the next phase.';
    case 'pauseClock': return 'The teacher paused the clock.';
    case 'resumeClock': return 'The teacher resumed the clock.';
    case 'extendPhase': return `The teacher extended the phase by ${command.seconds} s.`;
    case 'injectNews': return 'The teacher injected a news item.';
    case 'resolveCrisisHold':
      return command.outcome === 'resume' ? 'After the crisis discussion, the teacher resumed play.' : 'The teacher declared the crisis over.';
    case 'endSession': return 'The teacher ended the session.';
    case 'lockJoins': return command.locked ? 'The teacher locked joins.' : 'The teacher reopened joins.';
    case 'removeSeat': return 'The teacher removed a student.';
    case 'renameSeat': return 'The teacher renamed a student.';
    case 'reassignSeat': return `The teacher moved a student to ${names.delegation(command.delegation)}.`;
    case 'joinSeat': return command.by.kind === 'host' ? 'The teacher seated a student.' : null;
    default: return null;
  }
}
