// A small scripted session whose every private thing carries a marker, so release tests can search the
// released review for markers that must not be there. Test helper: imports shared/ and test fixtures only.
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { Actor, Command } from '../../../shared/rules/commands.ts';
import { createInitialState, defaultSettings } from '../../../shared/rules/setup.ts';
import type { GameState } from '../../../shared/rules/types.ts';
import type { Scenario } from '../../../shared/scenario/types.ts';
import { RULES_VERSION } from '../../../shared/rules/types.ts';
import type { Transcript, TranscriptEntry } from '../../../shared/transcript/types.ts';
import { TRANSCRIPT_VERSION } from '../../../shared/transcript/types.ts';
import { tinyScenario } from '../rules/fixtures.ts';

export { tinyScenario };

/** Markers by what they stand for; each appears only in that kind of content. */
export const MARK = {
  public: 'PUBLIC-WORD',
  diplomatic: 'DIPLO-SECRET',
  team: 'TEAM-SECRET',
  plan: 'PLAN-SECRET',
  reflection: 'REFLECT-SECRET',
  brief: 'PRIVATE-BRIEF-SECRET', // in tinyScenario's private briefs
  nickname: 'Zorblax',
  oldName: 'Quibbleton',
} as const;

/** Builds a transcript by applying commands; throws if the rules refuse one (the script must be legal). */
export function scripted(
  scenario: Scenario,
  build: (play: (command: Omit<Command, 'at'>) => GameState) => void,
  rounds = 2,
): Transcript {
  const settings = { ...defaultSettings(), rounds };
  const header = {
    transcriptVersion: TRANSCRIPT_VERSION,
    rulesVersion: RULES_VERSION,
    code: 'TEXTQ3',
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed: 99,
    settings,
    createdAt: 1_700_000_000_000,
  };
  let state = createInitialState({ scenario, settings, seed: header.seed });
  const entries: TranscriptEntry[] = [];
  let at = header.createdAt;
  build((partial) => {
    at += 1000;
    const command = { ...partial, at } as Command;
    const result = applyCommand(scenario, state, command);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error} ${result.detail ?? ''}`);
    state = result.state;
    entries.push({ seq: state.seq, command });
    return state;
  });
  return { header, entries };
}

const HOST: Actor = { kind: 'host' };
const SYSTEM: Actor = { kind: 'system' };
const by = (seatId: string): Actor => ({ kind: 'seat', seatId });

/**
 * Two students per delegation of tinyScenario; one renamed by the teacher. In round 1 each delegation talks on
 * every channel, pledges, proposes and approves; everybody reflects; the session runs to its end.
 */
export function markedSession(): Transcript {
  return scripted(tinyScenario, (play) => {
    const ids = tinyScenario.delegations.map((d) => d.id);
    ids.forEach((d, i) => {
      play({ type: 'joinSeat', seatId: `${d}1`, name: `${MARK.nickname}${i}a`, delegation: d, by: SYSTEM } as Omit<
        Command,
        'at'
      >);
      play({ type: 'joinSeat', seatId: `${d}2`, name: `${MARK.nickname}${i}b`, delegation: d, by: SYSTEM } as Omit<
        Command,
        'at'
      >);
    });
    play({ type: 'renameSeat', seatId: 'north2', name: `${MARK.oldName}`, by: HOST } as Omit<Command, 'at'>);
    play({ type: 'renameSeat', seatId: 'north2', name: `${MARK.nickname}0c`, by: HOST } as Omit<Command, 'at'>);
    play({ type: 'startSession', by: HOST });
    play({ type: 'skipPhase', by: HOST }); // → news
    play({ type: 'skipPhase', by: HOST }); // → deliberation
    for (const d of ids) {
      const other = ids.find((x) => x !== d) as string;
      play({ type: 'sendTeamMessage', text: `${MARK.team} from ${d}`, by: by(`${d}1`) } as Omit<Command, 'at'>);
      play({
        type: 'sendDiplomaticMessage',
        to: other,
        text: `${MARK.diplomatic} ${d} to ${other}`,
        by: by(`${d}2`),
      } as Omit<Command, 'at'>);
      play({
        type: 'makeStatement',
        text: `${MARK.public} of ${d}`,
        commitment: { kind: 'pledge', target: other },
        by: by(`${d}1`),
      } as Omit<Command, 'at'>);
      const s = play({
        type: 'proposeMove',
        moveId: 'talk',
        target: other,
        rationale: `${MARK.plan} ${d}`,
        by: by(`${d}1`),
      } as Omit<Command, 'at'>);
      play({ type: 'approveProposal', proposalId: s.proposals.at(-1)!.id, by: by(`${d}2`) } as Omit<Command, 'at'>);
    }
    play({ type: 'skipPhase', by: HOST }); // → decision
    play({ type: 'skipPhase', by: HOST }); // → resolution
    play({ type: 'skipPhase', by: HOST }); // → reflection
    for (const d of ids)
      play({ type: 'submitReflection', text: `${MARK.reflection} ${d}`, by: by(`${d}1`) } as Omit<Command, 'at'>);
    play({ type: 'endSession', by: HOST });
  });
}
