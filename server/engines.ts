// Which rules engine and which exact scenario a stored session is replayed with: the engine of the RULES_VERSION it
// was recorded under (shared/engines/registry.ts) and the scenario content stored under its hash at creation.
import { createHash } from 'node:crypto';
import { loadEngine, type Engine } from '../shared/engines/registry.ts';
import type { Scenario } from '../shared/scenario/types.ts';
import type { TranscriptHeader } from '../shared/transcript/types.ts';
import type { TranscriptStore } from './store/types.ts';

/** A session this build cannot replay (a rules version it has no engine for, or a scenario it cannot find). */
export class SessionUnplayable extends Error {
  override name = 'SessionUnplayable';
}

const contents = new WeakMap<Scenario, { hash: string; content: string }>();

/** A scenario's stored form and its sha-256: the exact object the rules read, serialised once. */
export function scenarioContent(scenario: Scenario): { hash: string; content: string } {
  let found = contents.get(scenario);
  if (!found) {
    const content = JSON.stringify(scenario);
    found = { hash: createHash('sha256').update(content).digest('hex'), content };
    contents.set(scenario, found);
  }
  return found;
}

/** Stores the scenario a new session will play (once per content) and returns the hash for its header. */
export async function keepScenario(store: TranscriptStore, scenario: Scenario): Promise<string> {
  const { hash, content } = scenarioContent(scenario);
  await store.putScenario(hash, content);
  return hash;
}

/** The engine of the session's rules version; throws SessionUnplayable when this build has none. */
export async function sessionEngine(header: Pick<TranscriptHeader, 'rulesVersion'>): Promise<Engine> {
  const engine = await loadEngine(header.rulesVersion);
  if (!engine)
    throw new SessionUnplayable(
      `This session was recorded with rules version ${header.rulesVersion}, which this server does not have.`,
    );
  return engine;
}

/** Parsed scenarios by hash: a handful of distinct contents exist, each read once per process. */
const parsed = new Map<string, Scenario>();

/**
 * The exact scenario a session was played with: its stored content when the header names a hash; otherwise (older
 * records) the one its rules engine shipped, or the installed one, whichever has the header's id and version.
 */
export async function sessionScenario(
  store: TranscriptStore,
  header: TranscriptHeader,
  installed: (id: string) => Scenario | undefined,
): Promise<Scenario> {
  const { scenarioHash: hash, scenarioId: id, scenarioVersion: version } = header;
  if (hash) {
    let scenario = parsed.get(hash);
    if (!scenario) {
      const content = await store.getScenarioContent(hash);
      if (content === null)
        throw new SessionUnplayable(
          `The scenario this session was played with (${id} ${hash.slice(0, 12)}) is missing from the store.`,
        );
      // Not re-validated: this server checked it against the schema of the session's own rules version when the
      // session was created, and an older version's shape need not pass today's schema (its engine reads it).
      scenario = JSON.parse(content) as Scenario;
      parsed.set(hash, scenario);
    }
    return scenario;
  }
  const engine = await loadEngine(header.rulesVersion);
  const shipped = engine && Object.hasOwn(engine.scenarios, id) ? engine.scenarios[id] : undefined;
  if (shipped?.version === version) return shipped;
  const local = installed(id);
  if (local?.version === version) return local;
  throw new SessionUnplayable(`The scenario "${id}" version ${version} of this session is not installed.`);
}
