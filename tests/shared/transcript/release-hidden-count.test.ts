// A released review must not let a student count another team's hidden actions: the same class, with and without
// extra actions a release level hides, releases byte-identical reviews at that level (no global seq, no gaps).
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { Actor, Command } from '../../../shared/rules/commands.ts';
import { createInitialState, defaultSettings } from '../../../shared/rules/setup.ts';
import { RULES_VERSION } from '../../../shared/rules/types.ts';
import { buildReview } from '../../../shared/transcript/debrief.ts';
import { releaseReview } from '../../../shared/transcript/release.ts';
import type { ReleaseLevel } from '../../../shared/transcript/review-types.ts';
import type { Transcript, TranscriptEntry } from '../../../shared/transcript/types.ts';
import { TRANSCRIPT_VERSION } from '../../../shared/transcript/types.ts';
import { tinyScenario } from './review-helpers.ts';

const HOST: Actor = { kind: 'host' };
const SYSTEM: Actor = { kind: 'system' };
const by = (seatId: string): Actor => ({ kind: 'seat', seatId });
type Partial = Omit<Command, 'at'>;

/**
 * Two rounds of tinyScenario. `extra`: north also chats in its team, drafts a second plan and (if `diplomatic`)
 * writes to south. Hidden commands take no wall-clock time here, so only their count can differ between runs.
 */
function session(extra: { team: boolean; diplomatic: boolean }): Transcript {
  const settings = { ...defaultSettings(), rounds: 2 };
  const header = {
    transcriptVersion: TRANSCRIPT_VERSION,
    rulesVersion: RULES_VERSION,
    code: 'HIDDN7',
    scenarioId: tinyScenario.id,
    scenarioVersion: tinyScenario.version,
    seed: 7,
    settings,
    createdAt: 1_700_000_000_000,
  };
  let state = createInitialState({ scenario: tinyScenario, settings, seed: header.seed });
  const entries: TranscriptEntry[] = [];
  let at = header.createdAt;
  const play = (partial: Partial, hidden = false) => {
    if (!hidden) at += 1000;
    const result = applyCommand(tinyScenario, state, { ...partial, at } as Command);
    if (!result.ok) throw new Error(`${partial.type} refused: ${result.error}`);
    state = result.state;
    entries.push({ seq: state.seq, command: { ...partial, at } as Command });
    return state;
  };
  const ids = tinyScenario.delegations.map((d) => d.id);
  for (const d of ids)
    play({ type: 'joinSeat', seatId: `${d}1`, name: `${d} one`, delegation: d, by: SYSTEM } as Partial);
  play({ type: 'startSession', by: HOST });
  for (let round = 1; round <= 2; round++) {
    play({ type: 'skipPhase', by: HOST }); // → news
    play({ type: 'skipPhase', by: HOST }); // → deliberation
    for (const d of ids) {
      const other = ids.find((x) => x !== d)!;
      if (d === 'north' && extra.team) {
        play({ type: 'sendTeamMessage', text: 'quietly', by: by('north1') } as Partial, true);
        play(
          { type: 'proposeMove', moveId: 'talk', target: other, rationale: 'or', by: by('north1') } as Partial,
          true,
        );
      }
      if (d === 'north' && extra.diplomatic)
        play({ type: 'sendDiplomaticMessage', to: other, text: 'psst', by: by('north1') } as Partial, true);
      play({ type: 'makeStatement', text: `${d} speaks`, commitment: null, by: by(`${d}1`) } as Partial);
      const s = play({
        type: 'proposeMove',
        moveId: 'talk',
        target: other,
        rationale: 'plan',
        by: by(`${d}1`),
      } as Partial);
      const mine = s.proposals
        .filter((p) => p.delegation === d && p.moveId === 'talk' && p.rationale === 'plan')
        .at(-1)!;
      play({ type: 'approveProposal', proposalId: mine.id, by: by(`${d}1`) } as Partial);
    }
    play({ type: 'skipPhase', by: HOST }); // → decision
    play({ type: 'skipPhase', by: HOST }); // → resolution
    play({ type: 'skipPhase', by: HOST }); // → reflection
  }
  play({ type: 'endSession', by: HOST });
  return { header, entries };
}

const released = (transcript: Transcript, level: ReleaseLevel) =>
  JSON.stringify(releaseReview(buildReview(tinyScenario, transcript), { level, pseudonyms: true }));

describe('a released review cannot count hidden actions', () => {
  const plain = session({ team: false, diplomatic: false });
  const teamOnly = session({ team: true, diplomatic: false });
  const both = session({ team: true, diplomatic: true });

  it('the extra actions really happened: the host review has more seqs', () => {
    expect(teamOnly.entries.length).toBe(plain.entries.length + 4);
    expect(buildReview(tinyScenario, both).lastSeq).toBe(buildReview(tinyScenario, plain).lastSeq + 6);
  });

  it('at public level, extra team chat, plans and diplomacy leave the release byte-identical', () => {
    expect(released(both, 'public')).toBe(released(plain, 'public'));
  });

  it('at diplomatic level, extra team chat and plans leave the release byte-identical', () => {
    expect(released(teamOnly, 'diplomatic')).toBe(released(plain, 'diplomatic'));
  });

  it('at a level that shows them, they are there (the comparison can fail)', () => {
    expect(released(both, 'diplomatic')).not.toBe(released(plain, 'diplomatic'));
    expect(released(teamOnly, 'team')).not.toBe(released(plain, 'team'));
  });

  it('released positions number what is released, with no gaps', () => {
    const model = JSON.parse(released(both, 'public')) as ReturnType<typeof releaseReview>;
    const seqs = [...new Set(model.timeline.map((i) => i.seq))];
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect(model.lastSeq).toBe(seqs.length);
    expect(new Set(model.timeline.map((i) => i.id)).size).toBe(model.timeline.length);
  });
});
