// Recorded sessions (one played by the server's bots over real sockets, one scripted) render their review,
// and replaying them gives, round by round, exactly the meters the live run recorded (through the rules engine of
// the version each was recorded under: see fixtures-across-versions.test.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Meters } from '../../../shared/rules/types.ts';
import { KNOWN_RULES_VERSIONS, loadEngine } from '../../../shared/engines/registry.ts';
import type { Engine } from '../../../shared/engines/types.ts';
import { upcastReview } from '../../../shared/engines/upcast.ts';
import { escapeMarkdown, exportJson, parseTranscriptJson } from '../../../shared/transcript/export.ts';
import { releaseReview } from '../../../shared/transcript/release.ts';
import { fixtureScenario, readFixture } from '../../fixtures/session-fixtures.ts';

const DIR = fileURLToPath(new URL('../../fixtures/sessions/', import.meta.url));
const fixtures = readdirSync(DIR).filter((f) => existsSync(`${DIR}${f.replace(/\.json$/, '.expected.json')}`));
const engines = new Map<number, Engine | undefined>(
  await Promise.all(KNOWN_RULES_VERSIONS.map(async (v) => [v, await loadEngine(v)] as const)),
);

describe.each(fixtures)('recorded session %s', (file) => {
  const { transcript, scenario: own } = readFixture(file.replace(/\.json$/, ''));
  const expected = JSON.parse(readFileSync(`${DIR}${file.replace(/\.json$/, '.expected.json')}`, 'utf8')) as {
    students: number;
    rounds: number;
    history: Meters[];
  };
  const engine = engines.get(transcript.header.rulesVersion);
  if (!engine) throw new Error(`fixture ${file} needs rules engine ${transcript.header.rulesVersion}`);
  const { replay, exportCsv, exportMarkdown } = engine;
  const scenario = fixtureScenario(engine, transcript, own);
  const review = upcastReview(engine.buildReview(scenario, transcript));
  const final = replay(scenario, transcript).state;

  it('replays to the meters the live run recorded at the end of every round', () => {
    expect(expected.history.length).toBe(expected.rounds + 1);
    expect(review.series).toHaveLength(expected.history.length);
    review.series.forEach((point, round) => {
      const live = expected.history[round] as Meters;
      expect({
        round,
        tension: point.tension,
        band: point.band,
        world: point.world,
        talks: point.talks,
        credibility: point.credibility,
      }).toEqual({
        round,
        tension: live.tension,
        band: live.band,
        world: live.world,
        talks: live.talks,
        credibility: live.credibility,
      });
      // Replaying only up to the seq where the round closed gives the same, threat rows included.
      expect(replay(scenario, transcript, point.seq).state.history[round]).toEqual(live);
    });
  });

  it('renders a review: every round, every message, every student, the prompts in D-A-T-A order', () => {
    expect(review.ended).toBe(true);
    expect(review.roundsPlayed).toBe(expected.rounds);
    expect(review.rounds.map((r) => r.round)).toEqual(Array.from({ length: expected.rounds }, (_, i) => i + 1));
    expect(review.people).toHaveLength(expected.students);
    expect(review.timeline.filter((i) => i.kind === 'message')).toHaveLength(final.messages.length);
    expect(review.timeline.filter((i) => i.kind === 'move' && i.move)).toHaveLength(final.moves.length);
    for (const summary of review.rounds) {
      expect(summary.moves.length).toBe(scenario.delegations.length);
      expect(summary.meterChanges.length).toBeGreaterThan(0);
      expect(summary.meterChanges.every((m) => typeof m.cause === 'string' && m.cause.length > 0)).toBe(true);
    }
    const order = review.prompts.map((p) => ['describe', 'analyze', 'transfer', 'apply'].indexOf(p.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(
      review.participation?.reduce((n, p) => n + p.messages.team + p.messages.diplomatic + p.messages.public, 0),
    ).toBe(final.messages.length);
  });

  it('exports read back: JSON replays to the same state, CSV has a row per event, Markdown every statement', () => {
    expect(replay(scenario, parseTranscriptJson(exportJson(transcript))).state).toEqual(final);
    const csvRows = exportCsv(scenario, transcript).split('\r\n').filter(Boolean);
    // Multi-line fields would break this count; the recorded texts have none, which the next line checks.
    expect(final.messages.some((m) => /[\r\n]/.test(m.text))).toBe(false);
    expect(csvRows.length - 1).toBe(replay(scenario, transcript).events.length);
    const md = exportMarkdown(scenario, transcript);
    for (const m of final.messages.filter((x) => x.channel === 'public')) expect(md).toContain(escapeMarkdown(m.text));
  });

  it('a public release holds no team or diplomatic words and no private brief', () => {
    const released = JSON.stringify(releaseReview(review, { level: 'public', pseudonyms: true }));
    for (const m of final.messages.filter((x) => x.channel !== 'public')) {
      if (!final.messages.some((p) => p.channel === 'public' && p.text.includes(m.text)))
        expect(released).not.toContain(JSON.stringify(m.text));
    }
    for (const d of scenario.delegations) expect(released).not.toContain(d.privateBrief);
    for (const seat of Object.values(final.seats)) expect(released).not.toContain(JSON.stringify(seat.name));
  });
});
