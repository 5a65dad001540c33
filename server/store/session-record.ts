// The one place a new session's record (and its transcript header) is put together.
// Must not import express, Colyseus or a store driver: the API and test seeding both call it.
import { RULES_VERSION, type SessionSettings } from '../../shared/rules/types.ts';
import type { Scenario } from '../../shared/scenario/types.ts';
import { TRANSCRIPT_VERSION } from '../../shared/transcript/types.ts';
import type { SessionRecord } from './types.ts';

/** A fresh, not-yet-stored session: header at the current rules and transcript versions, nothing released. */
export function newSessionRecord(input: {
  code: string;
  scenario: Pick<Scenario, 'id' | 'version'>;
  /** The hash the scenario's content is stored under (server/engines.ts); omitted by tests that seed by id. */
  scenarioHash?: string;
  settings: SessionSettings;
  seed: number;
  hostKeyHash: string;
  at: number;
}): SessionRecord {
  const { code, scenario, scenarioHash, settings, seed, hostKeyHash, at } = input;
  return {
    code,
    header: {
      transcriptVersion: TRANSCRIPT_VERSION,
      rulesVersion: RULES_VERSION,
      code,
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      ...(scenarioHash ? { scenarioHash } : {}),
      seed,
      settings,
      createdAt: at,
    },
    hostKeyHash,
    createdAt: at,
    updatedAt: at,
    ended: false,
    release: null,
  };
}
