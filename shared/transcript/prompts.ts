// The review's debrief prompts, in the order a debrief runs: Describe, Analyze, Transfer, Apply. Pure.
import type { Scenario } from '../scenario/types.ts';
import type { DebriefPrompt } from './review-types.ts';

const STAGE_ORDER: Record<DebriefPrompt['stage'], number> = { describe: 0, analyze: 1, transfer: 2, apply: 3 };

/** The scenario's debrief prompts in Describe, Analyze, Transfer, Apply order (stable within a stage). */
export function orderedPrompts(scenario: Scenario): DebriefPrompt[] {
  return scenario.debriefPrompts
    .map((p, index) => ({ p, index }))
    .sort((a, b) => STAGE_ORDER[a.p.stage] - STAGE_ORDER[b.p.stage] || a.index - b.index)
    .map(({ p }) => ({ stage: p.stage, text: p.text }));
}
