// Ids of the things students make (messages, proposals) and of teacher-written news: each numbered within the one
// audience that sees it, so an id tells its readers nothing they do not already see. Must not import anything impure.
//
// The transcript's `seq` counts every accepted command, other teams' chat and proposals included: an id made from it
// would let any student count hidden actions by the gaps. Delegation ids never contain `_` (the scenario schema), so
// `_` separates the parts and ids of different channels cannot collide.
import type { Channel, GameState, Message } from './types.ts';
import type { DelegationId } from '../scenario/types.ts';

/**
 * A message id numbered within its channel: a team's chat (`t_<team>_<n>`), one pair's diplomacy
 * (`d_<a>_<b>_<n>`, the pair in alphabetical order) or the public statements (`s_<n>`).
 */
export function messageId(state: GameState, channel: Channel, from: DelegationId, to: DelegationId | null): string {
  const key = channelKey(channel, from, to);
  return `${key}_${(countsOf(state.messages).get(key) ?? 0) + 1}`;
}

/**
 * Tells the id counts that `next` is `list` with `message` appended, so the next id costs O(1) instead of a count
 * over the whole session. Call it with the list a message was just appended to; an id never depends on it.
 */
export function messageAppended(list: readonly Message[], next: readonly Message[], message: Message): void {
  const before = memo.get(list);
  if (!before) return;
  const key = channelKey(message.channel, message.from, message.to);
  // Appended in place (a replay owns the list): its counts are its own, so they grow in place too.
  const after = list === next ? (before as Map<string, number>) : new Map(before);
  after.set(key, (before.get(key) ?? 0) + 1);
  memo.set(next, after);
}

/** The channel a message is numbered in: `s`, `t_<team>` or `d_<a>_<b>` (delegation ids never contain `_`). */
function channelKey(channel: Channel, from: DelegationId, to: DelegationId | null): string {
  if (channel === 'public') return 's';
  if (channel === 'team') return `t_${from}`;
  const [a, b] = [from, to ?? ''].sort();
  return `d_${a}_${b}`;
}

/**
 * Messages per channel of each messages list seen, by list identity: a cache, never part of the state. A list
 * changes in place only inside a replay that owns it (handler.ts), and then its counts change with it, so they
 * never go stale; a list dropped by every state is dropped here too.
 */
const memo = new WeakMap<readonly Message[], ReadonlyMap<string, number>>();

function countsOf(messages: readonly Message[]): ReadonlyMap<string, number> {
  let counts = memo.get(messages);
  if (!counts) {
    const fresh = new Map<string, number>();
    for (const m of messages) {
      const key = channelKey(m.channel, m.from, m.to);
      fresh.set(key, (fresh.get(key) ?? 0) + 1);
    }
    counts = fresh;
    memo.set(messages, counts);
  }
  return counts;
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
