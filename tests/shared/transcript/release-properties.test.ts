// Over random class sessions (fast-check): the review always builds, and no release level ever carries
// what it must not: team chat, plans, diplomatic words, hidden covert moves, or (with pseudonyms) nicknames.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { Scenario } from '../../../shared/scenario/types.ts';
import { DEFAULT_SCENARIO_ID, getScenario } from '../../../shared/scenario/catalog.ts';
import { buildReview } from '../../../shared/transcript/debrief.ts';
import { releaseReview, RELEASE_LEVELS } from '../../../shared/transcript/release.ts';
import type { ReleaseLevel } from '../../../shared/transcript/review-types.ts';
import type { Transcript } from '../../../shared/transcript/types.ts';
import { TRANSCRIPT_VERSION } from '../../../shared/transcript/types.ts';
import { lobby, tinyScenario } from '../rules/fixtures.ts';
import { ACTION_KINDS, commandFor, type Action } from '../rules/random-session.ts';

const action = fc.record({
  kind: fc.nat({ max: ACTION_KINDS - 1 }),
  a: fc.nat({ max: 999 }),
  b: fc.nat({ max: 999 }),
  c: fc.nat({ max: 999 }),
});
const session = fc.record({
  students: fc.integer({ min: 0, max: 9 }),
  rounds: fc.integer({ min: 1, max: 4 }),
  actions: fc.array(action, { minLength: 20, maxLength: 250 }),
});

/** Plays random actions; only accepted commands enter the transcript, as on the server. */
function randomTranscript(scenario: Scenario, students: number, rounds: number, actions: Action[]): Transcript {
  let state = lobby({ rounds }, scenario);
  const transcript: Transcript = {
    header: {
      transcriptVersion: TRANSCRIPT_VERSION,
      rulesVersion: state.rulesVersion,
      code: 'TEXT77',
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      seed: 42,
      settings: state.settings,
      createdAt: 0,
    },
    entries: [],
  };
  const script = [
    ...Array.from({ length: students }, (_, i) => ({ kind: 0, a: i, b: 0, c: 1 })),
    { kind: 3, a: 0, b: 0, c: 0 },
    ...actions,
  ];
  script.forEach((act, i) => {
    const command = commandFor(scenario, state, act, 1_000_000 + i * 1000);
    const result = applyCommand(scenario, state, command);
    if (!result.ok) return;
    transcript.entries.push({ seq: result.state.seq, command });
    state = result.state;
  });
  return transcript;
}

/** Markers random-session.ts writes into each private kind of text. */
const FORBIDDEN: Record<ReleaseLevel, string[]> = {
  public: ['SECRET-team', 'SECRET-plan', 'SECRET-diplo'],
  diplomatic: ['SECRET-team', 'SECRET-plan'],
  team: [],
};

describe.each([
  ['tiny', tinyScenario],
  ['korea', getScenario(DEFAULT_SCENARIO_ID) as Scenario],
])('random sessions of the %s scenario', (_name, scenario) => {
  it('review builds, and every release level holds nothing above it', () => {
    let withSecrets = 0;
    fc.assert(
      fc.property(session, ({ students, rounds, actions }) => {
        const transcript = randomTranscript(scenario, students, rounds, actions);
        const review = buildReview(scenario, transcript);
        expect(review.lastSeq).toBe(transcript.entries.length);
        const nicknames = review.people.map((p) => JSON.stringify(p.name));
        const host = JSON.stringify(review);
        if (FORBIDDEN.public.every((m) => host.includes(m))) withSecrets++;
        for (const level of RELEASE_LEVELS) {
          const released = releaseReview(review, { level, pseudonyms: true });
          const json = JSON.stringify(released);
          for (const marker of FORBIDDEN[level]) expect(json).not.toContain(marker);
          for (const nick of nicknames) expect(json).not.toContain(nick);
          if (level !== 'team') {
            const hidden = released.timeline.filter(
              (i) => i.kind === 'move' && i.move?.covert && i.move.revealedRound === null,
            );
            expect(hidden).toEqual([]);
            expect(released.markers.filter((m) => m.scope !== 'public')).toEqual([]);
            expect(released.reflections).toEqual([]);
          }
          expect(released.participation).toBeNull();
        }
      }),
      { numRuns: 40 },
    );
    // The property is only worth something if the host's review did hold every kind of secret now and then.
    expect(withSecrets).toBeGreaterThan(0);
  });
});
