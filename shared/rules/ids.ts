// Ids of the things students make (messages, proposals) and of teacher-written news: each numbered within the one
// audience that sees it, so an id tells its readers nothing they do not already see. Must not import anything impure.
//
// The transcript's `seq` counts every accepted command, other teams' chat and proposals included: an id made from it
// would let any student count hidden actions by the gaps. Delegation ids never contain `_` (the scenario schema), so
// `_` separates the parts and ids of different channels cannot collide.
import type { Channel, DelegationId, GameState } from './types.ts';

/**
 * A message id numbered within its channel: a team's chat (`t_<team>_<n>`), one pair's diplomacy
 * (`d_<a>_<b>_<n>`, the pair in alphabetical order) or the public statements (`s_<n>`).
 */
export function messageId(state: GameState, channel: Channel, from: DelegationId, to: DelegationId | null): string {
  if (channel === 'public') return `s_${count(state, (m) => m.channel === 'public') + 1}`;
  if (channel === 'team') return `t_${from}_${count(state, (m) => m.channel === 'team' && m.from === from) + 1}`;
  const [a, b] = [from, to ?? ''].sort();
  const n = count(state, (m) => m.channel === 'diplomatic' && samePair(m.from, m.to ?? '', a!, b!)) + 1;
  return `d_${a}_${b}_${n}`;
}

/** A proposal id numbered within its team (`p_<team>_<n>`); only that team and the teacher ever see it. */
export function proposalId(state: GameState, delegation: DelegationId): string {
  let n = 0;
  for (const p of state.proposals) if (p.delegation === delegation) n++;
  return `p_${delegation}_${n + 1}`;
}

/** The id of news the teacher writes: numbered among the news the teacher published (everyone sees those). */
export function teacherNewsId(state: GameState): string {
  let n = 0;
  for (const item of state.news) if (item.source === 'teacher') n++;
  return `teacher-${n + 1}`;
}

function count(state: GameState, match: (m: GameState['messages'][number]) => boolean): number {
  let n = 0;
  for (const m of state.messages) if (match(m)) n++;
  return n;
}

function samePair(x: string, y: string, a: string, b: string): boolean {
  return (x === a && y === b) || (x === b && y === a);
}
