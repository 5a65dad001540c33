// Loading a scenario file: shape (shape.ts) then cross-checks (checks.ts); a bad file throws with every problem.
// Pure (zod only); must not import the reducer or anything impure.
import type { z } from 'zod';
import type { Scenario } from './types.ts';
import type { ScenarioProblem } from './checks.ts';
import { crossCheck } from './checks.ts';
import { scenarioShape } from './shape.ts';

export { scenarioShape } from './shape.ts';
export type { ScenarioProblem } from './checks.ts';

/** A scenario file that cannot be played; `problems` lists each as path + reason, and so does the message. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
  constructor(
    readonly scenarioId: string,
    readonly problems: ScenarioProblem[],
  ) {
    super(`Scenario "${scenarioId}" is invalid:\n${problems.map((p) => `  ${p.path}: ${p.reason}`).join('\n')}`);
  }
}

/** Every problem of a scenario file, shape first; empty when it can be played. */
export function scenarioProblems(json: unknown): ScenarioProblem[] {
  return check(json).problems;
}

/** Validates a scenario file and returns it typed (strings trimmed); throws ScenarioError listing every problem. */
export function loadScenario(json: unknown): Scenario {
  const { problems, scenario } = check(json);
  if (scenario && problems.length === 0) return scenario;
  const id =
    typeof json === 'object' && json !== null && typeof (json as { id?: unknown }).id === 'string'
      ? (json as { id: string }).id
      : '(no id)';
  throw new ScenarioError(id, problems);
}

function check(json: unknown): { problems: ScenarioProblem[]; scenario: Scenario | null } {
  const parsed = scenarioShape.safeParse(json);
  if (!parsed.success) return { problems: parsed.error.issues.map(issueProblem), scenario: null };
  const scenario = parsed.data;
  return { problems: crossCheck(scenario), scenario };
}

function issueProblem(issue: z.core.$ZodIssue): ScenarioProblem {
  return { path: formatPath(issue.path), reason: issue.message };
}

/** ["moves", "seoul", 3, "goldstein"] → "moves.seoul[3].goldstein". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(file)' : out;
}
