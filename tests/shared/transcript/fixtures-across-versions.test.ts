// Every committed session fixture reviews exactly as it did when it was recorded (timeline, meters, debrief, CSV,
// Markdown), through the engine of the rules version it was recorded under, whatever the current rules are now.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KNOWN_RULES_VERSIONS, loadEngine, loadFrozenEngine } from '../../../shared/engines/registry.ts';
import { upcastReview } from '../../../shared/engines/upcast.ts';
import { exportJson, parseTranscriptJson } from '../../../shared/transcript/export.ts';
import { fixtureExpectation, fixtureNames, fixtureScenario, readFixture } from '../../fixtures/session-fixtures.ts';

const names = fixtureNames();

describe('committed session fixtures across rule changes', () => {
  it('include a finished and an unfinished session recorded with their scenario, for every released rules version', () => {
    // After a RULES_VERSION bump: `npx tsx tests/fixtures/record-versioned.ts` records the new version's pair.
    const record = 'record this version: npx tsx tests/fixtures/record-versioned.ts';
    for (const version of KNOWN_RULES_VERSIONS) {
      expect(names, record).toContain(`rules-v${version}-finished`);
      expect(names, record).toContain(`rules-v${version}-unfinished`);
    }
    expect(names).toEqual(expect.arrayContaining(['korea-bots', 'korea-scripted']));
  });

  for (const name of names) {
    describe(name, () => {
      const { transcript, scenario: own, expected } = readFixture(name);

      it('keeps the exact scenario its record names (content hash)', () => {
        if (!own) {
          expect(transcript.header.scenarioHash).toBeUndefined(); // recorded before records kept their scenario
          return;
        }
        expect(createHash('sha256').update(JSON.stringify(own)).digest('hex')).toBe(transcript.header.scenarioHash);
      });

      it('reviews to the recorded timeline, meters, debrief and exports through its own rules engine', async () => {
        const engine = await loadEngine(transcript.header.rulesVersion);
        expect(engine, `no engine for rules version ${transcript.header.rulesVersion}`).toBeDefined();
        const scenario = fixtureScenario(engine!, transcript, own);
        const got = fixtureExpectation({ ...transcript, scenario }, engine);
        // Field by field first, so a failure names the part that moved. Numbers must never move for a recorded
        // version; wording may while the version is current (docs/transcripts-across-rule-changes.md says how).
        expect(got.review.series).toEqual(expected.review.series);
        expect(got.review.timeline).toEqual(expected.review.timeline);
        expect(got.review.rounds).toEqual(expected.review.rounds);
        expect(got.review).toEqual(expected.review);
        expect(got.csv).toBe(expected.csv);
        expect(got.markdown).toBe(expected.markdown);
        expect(parseTranscriptJson(exportJson(transcript))).toEqual(transcript);
      });

      it('reviews the same through the frozen bundle of its rules version', async () => {
        const frozen = await loadFrozenEngine(transcript.header.rulesVersion);
        expect(
          frozen,
          `rules version ${transcript.header.rulesVersion} has no frozen engine (npm run freeze:engine)`,
        ).toBeDefined();
        const scenario = fixtureScenario(frozen!, transcript, own);
        const got = fixtureExpectation({ ...transcript, scenario }, frozen);
        expect(upcastReview(got.review)).toEqual(expected.review);
        expect(got.csv).toBe(expected.csv);
        expect(got.markdown).toBe(expected.markdown);
      });
    });
  }
});
