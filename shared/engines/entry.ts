// The engine entry point: the current source's rules as one Engine object. scripts/freeze-engine.ts bundles this
// file (at a git revision) into shared/engines/v<N>/engine.js when a RULES_VERSION is released.
import { applyCommand } from '../rules/apply.ts';
import { botMove } from '../rules/model/bot.ts';
import { createInitialState } from '../rules/setup.ts';
import { RULES_VERSION } from '../rules/types.ts';
import { audienceKey, needsSnapshot, redactEvents, scenarioFor, viewFor } from '../rules/views.ts';
import { SCENARIOS } from '../scenario/catalog.ts';
import { buildReview } from '../transcript/debrief.ts';
import { exportCsv, exportMarkdown } from '../transcript/export.ts';
import { replay, replaySteps } from '../transcript/replay.ts';
import type { Engine } from './types.ts';

const engine: Engine = {
  rulesVersion: RULES_VERSION,
  scenarios: SCENARIOS,
  createInitialState,
  applyCommand,
  viewFor,
  redactEvents,
  audienceKey,
  needsSnapshot,
  scenarioFor,
  botMove,
  replay,
  replaySteps,
  buildReview,
  exportCsv,
  exportMarkdown: (scenario, transcript, lang) => exportMarkdown(scenario, transcript, undefined, lang),
};

export default engine;
