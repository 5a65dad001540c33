// The board's undirected pairs (one per two delegations): each the larger of the two directed threat values.
// Must not import anything impure.
import type { DelegationId, Scenario } from '../scenario/types.ts';

/** "a|b" with a before b in scenario order. */
export function pairKey(a: DelegationId, b: DelegationId): string {
  return `${a}|${b}`;
}

/** Every unordered pair in scenario order, valued max(H[a][b], H[b][a]). */
export function pairsOf(
  scenario: Scenario,
  threat: Record<DelegationId, Record<DelegationId, number>>,
): Record<string, number> {
  const pairs: Record<string, number> = {};
  const ids = scenario.delegations.map((d) => d.id);
  ids.forEach((a, index) => {
    for (const b of ids.slice(index + 1)) {
      pairs[pairKey(a, b)] = Math.max(threat[a]?.[b] ?? 0, threat[b]?.[a] ?? 0);
    }
  });
  return pairs;
}

/** The entries of `next` that differ from `prev`. */
export function changedPairs(prev: Record<string, number>, next: Record<string, number>): Record<string, number> {
  const changed: Record<string, number> = {};
  for (const [key, value] of Object.entries(next)) if (prev[key] !== value) changed[key] = value;
  return changed;
}
