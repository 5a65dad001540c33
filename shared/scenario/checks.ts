// Cross-field checks of a structurally valid scenario: names that must refer to real delegations and
// moves, complete parameter matrices, enough moves of both kinds, and a stable linear model.
// Pure; must not import the rules engine's reducer or anything impure.
import type { DelegationId, Scenario } from './types.ts';
import { scenarioSpectralRadius } from './stability.ts';

/** One problem found in a scenario file: where, and why. */
export interface ScenarioProblem {
  path: string;
  reason: string;
}

/** The fewest moves a delegation may list (Hold comes on top). */
export const MIN_MOVES = 8;
const STAGES = ['describe', 'analyze', 'transfer', 'apply'] as const;
const HOLD = 'hold';

/** Every cross-check problem of a scenario whose shape is already valid; empty when it is sound. */
export function crossCheck(s: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const add = (path: string, reason: string) => problems.push({ path, reason });
  const ids = s.delegations.map((d) => d.id);
  const known = new Set(ids);

  duplicates(ids).forEach((index) => add(`delegations[${index}].id`, `"${ids[index]}" is used twice`));
  s.delegations.forEach((d, n) => {
    duplicates(d.objectives.map((o) => o.id)).forEach((index) =>
      add(`delegations[${n}].objectives[${index}].id`, 'is used twice'),
    );
    d.objectives.forEach((o, index) => {
      if (o.meter.kind === 'talks' && (!Number.isInteger(o.threshold) || o.threshold > 4)) {
        add(
          `delegations[${n}].objectives[${index}].threshold`,
          'a talks objective counts rungs: a whole number from 0 to 4',
        );
      }
      if (o.meter.kind !== 'threat') return;
      const at = `delegations[${n}].objectives[${index}].meter`;
      if (!known.has(o.meter.from)) add(`${at}.from`, `"${o.meter.from}" is not a delegation`);
      if (!known.has(o.meter.to)) add(`${at}.to`, `"${o.meter.to}" is not a delegation`);
      if (o.meter.from === o.meter.to) add(at, 'from and to must be different delegations');
    });
  });

  checkMoves(s, known, add);
  checkNews(s, known, add);
  checkParams(s, ids, add);

  for (const key of Object.keys(s.botDefaultMove))
    if (!known.has(key)) add(`botDefaultMove.${key}`, 'is not a delegation');
  for (const id of ids) {
    const moveId = s.botDefaultMove[id];
    if (moveId === undefined) {
      add(`botDefaultMove.${id}`, 'is missing');
      continue;
    }
    if (moveId === HOLD) continue;
    const spec = (s.moves[id] ?? []).find((m) => m.id === moveId);
    if (!spec) add(`botDefaultMove.${id}`, `"${moveId}" is not one of ${id}'s moves`);
    else if (spec.target.kind === 'choose')
      add(`botDefaultMove.${id}`, `"${moveId}" needs a chosen target; a bot default must have a fixed target or none`);
  }

  checkTranslations(s, add);

  const stages = s.debriefPrompts.map((p) => STAGES.indexOf(p.stage));
  stages.forEach((stage, n) => {
    if (n > 0 && stage < (stages[n - 1] ?? 0))
      add(`debriefPrompts[${n}].stage`, 'prompts must run in Describe, Analyze, Transfer, Apply order');
  });
  for (const stage of STAGES)
    if (!s.debriefPrompts.some((p) => p.stage === stage)) add('debriefPrompts', `has no "${stage}" prompt`);
  return problems;
}

type Add = (path: string, reason: string) => void;

function checkMoves(s: Scenario, known: Set<DelegationId>, add: Add): void {
  for (const key of Object.keys(s.moves)) if (!known.has(key)) add(`moves.${key}`, 'is not a delegation');
  for (const d of s.delegations) {
    const moves = s.moves[d.id];
    if (!moves) {
      add(`moves.${d.id}`, 'is missing');
      continue;
    }
    if (moves.length < MIN_MOVES)
      add(`moves.${d.id}`, `must list at least ${MIN_MOVES} moves (Hold is added by the rules), found ${moves.length}`);
    if (!moves.some((m) => m.category === 'diplomatic'))
      add(`moves.${d.id}`, 'must include at least one diplomatic move');
    if (!moves.some((m) => m.category === 'deterrent'))
      add(`moves.${d.id}`, 'must include at least one deterrent move');
    duplicates(moves.map((m) => m.id)).forEach((n) => add(`moves.${d.id}[${n}].id`, `"${moves[n]?.id}" is used twice`));
    moves.forEach((m, n) => {
      const at = `moves.${d.id}[${n}]`;
      if (m.id === HOLD) add(`${at}.id`, '"hold" is added by the rules for every delegation; do not list it');
      if (m.target.kind === 'fixed') {
        if (!known.has(m.target.delegation))
          add(`${at}.target.delegation`, `"${m.target.delegation}" is not a delegation`);
        else if (m.target.delegation === d.id)
          add(`${at}.target.delegation`, 'a move cannot target its own delegation');
      }
      (m.pairs ?? []).forEach((pair, k) => {
        if (!known.has(pair.from)) add(`${at}.pairs[${k}].from`, `"${pair.from}" is not a delegation`);
        if (!known.has(pair.to)) add(`${at}.pairs[${k}].to`, `"${pair.to}" is not a delegation`);
        if (pair.from === pair.to) add(`${at}.pairs[${k}]`, 'from and to must be different delegations');
      });
      if (m.requires) {
        const partner = s.moves[m.requires.delegation];
        if (!known.has(m.requires.delegation))
          add(`${at}.requires.delegation`, `"${m.requires.delegation}" is not a delegation`);
        else if (m.requires.delegation === d.id) add(`${at}.requires.delegation`, 'must name another delegation');
        else if (!partner?.some((p) => p.id === m.requires?.moveId))
          add(`${at}.requires.moveId`, `"${m.requires.moveId}" is not one of ${m.requires.delegation}'s moves`);
      }
    });
  }
}

function checkNews(s: Scenario, known: Set<DelegationId>, add: Add): void {
  const ids = s.news.map((n) => n.id);
  duplicates(ids).forEach((n) => add(`news[${n}].id`, `"${ids[n]}" is used twice`));
  s.news.forEach((item, n) => {
    (item.revealsCovertOf ?? []).forEach((id, index) => {
      if (!known.has(id)) add(`news[${n}].revealsCovertOf[${index}]`, `"${id}" is not a delegation`);
    });
  });
}

function checkParams(s: Scenario, ids: DelegationId[], add: Add): void {
  const known = new Set(ids);
  const p = s.params;
  const full = (name: string, m: Record<string, Record<string, number>>) => {
    for (const i of ids)
      for (const j of ids) {
        if (i !== j && m[i]?.[j] === undefined)
          add(`${name}.${i}.${j}`, 'is missing (every ordered pair of delegations needs a value)');
      }
  };
  const onlyKnown = (name: string, m: Record<string, Record<string, number>>) => {
    for (const [i, row] of Object.entries(m)) {
      if (!known.has(i)) {
        add(`${name}.${i}`, 'is not a delegation');
        continue;
      }
      for (const j of Object.keys(row)) {
        if (!known.has(j)) add(`${name}.${i}.${j}`, 'is not a delegation');
        else if (i === j) add(`${name}.${i}.${j}`, 'a delegation has no value toward itself');
      }
    }
  };
  full('params.reaction', p.reaction);
  full('params.baseline', p.baseline);
  full('initial.threat', s.initial.threat);
  onlyKnown('params.reaction', p.reaction);
  onlyKnown('params.baseline', p.baseline);
  onlyKnown('params.allies', p.allies);
  onlyKnown('params.tensionWeights', p.tensionWeights);
  onlyKnown('initial.threat', s.initial.threat);
  for (const [name, row] of [
    ['params.restraint', p.restraint],
    ['initial.credibility', s.initial.credibility],
    ['params.misperception.bias', p.misperception.bias],
  ] as const) {
    for (const key of Object.keys(row)) if (!known.has(key)) add(`${name}.${key}`, 'is not a delegation');
  }
  for (const i of ids) {
    if (p.restraint[i] === undefined) add(`params.restraint.${i}`, 'is missing');
    if (s.initial.credibility[i] === undefined) add(`initial.credibility.${i}`, 'is missing');
  }
  p.bandThresholds.forEach((t, n) => {
    if (n > 0 && t <= (p.bandThresholds[n - 1] ?? 0))
      add(`params.bandThresholds[${n}]`, 'thresholds must rise from band to band');
    if (n === 0 && t <= 0) add('params.bandThresholds[0]', 'must be above 0 (calm starts at 0)');
  });
  const complete = ids.every(
    (i) => p.restraint[i] !== undefined && ids.every((j) => i === j || p.reaction[i]?.[j] !== undefined),
  );
  if (complete) {
    const radius = scenarioSpectralRadius(ids, p);
    if (!(radius < 1)) {
      add(
        'params.reaction',
        `the linear model is unstable (spectral radius ${radius.toFixed(3)} ≥ 1): raise restraint or lower reaction so that a[i]·a[j] > k[i][j]·k[j][i]`,
      );
    }
  }
}

/** Indexes of entries that repeat an earlier one. */
function duplicates(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  values.forEach((v, n) => {
    if (seen.has(v)) repeated.push(n);
    seen.add(v);
  });
  return repeated;
}

/**
 * Every language the file lists after its first needs every text a person reads, at the same ids; a translation
 * of a language the file does not list, or of an id the file does not have, is refused too.
 */
function checkTranslations(s: Scenario, add: Add): void {
  const langs = s.languages ?? ['en'];
  duplicates(langs).forEach((n) => add(`languages[${n}]`, `"${langs[n]}" is listed twice`));
  for (const lang of Object.keys(s.translations ?? {})) {
    if (!langs.slice(1).includes(lang))
      add(
        `translations.${lang}`,
        `"${lang}" is not one of the file's other languages (${langs.slice(1).join(', ') || 'none'})`,
      );
  }
  for (const lang of langs.slice(1)) {
    const tr = s.translations?.[lang];
    const at = `translations.${lang}`;
    if (!tr) {
      add(at, `is missing: the file lists "${lang}", so every text needs a translation`);
      continue;
    }
    const need = (path: string, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') add(`${at}.${path}`, 'is missing a translation');
    };
    need('title', tr.title);
    need('summary', tr.summary);
    for (const d of s.delegations) {
      const t = tr.delegations?.[d.id];
      const p = `delegations.${d.id}`;
      need(`${p}.name`, t?.name);
      need(`${p}.actor`, t?.actor);
      need(`${p}.publicBrief`, t?.publicBrief);
      need(`${p}.privateBrief`, t?.privateBrief);
      for (const o of d.objectives) need(`${p}.objectives.${o.id}`, t?.objectives?.[o.id]);
      d.redLines.forEach((_, n) => need(`${p}.redLines[${n}]`, t?.redLines?.[n]));
      if ((t?.redLines?.length ?? 0) > d.redLines.length)
        add(`${p}.redLines`, `has more lines than the file (${d.redLines.length})`);
    }
    for (const [d, moves] of Object.entries(s.moves)) {
      for (const m of moves) {
        need(`moves.${d}.${m.id}.label`, tr.moves?.[d]?.[m.id]?.label);
        need(`moves.${d}.${m.id}.why`, tr.moves?.[d]?.[m.id]?.why);
      }
      for (const id of Object.keys(tr.moves?.[d] ?? {}))
        if (!moves.some((m) => m.id === id)) add(`${at}.moves.${d}.${id}`, `is not one of ${d}'s moves`);
    }
    for (const n of s.news) {
      need(`news.${n.id}.headline`, tr.news?.[n.id]?.headline);
      need(`news.${n.id}.body`, tr.news?.[n.id]?.body);
    }
    s.reflectionPrompts.forEach((_, n) => need(`reflectionPrompts[${n}]`, tr.reflectionPrompts?.[n]));
    s.debriefPrompts.forEach((_, n) => need(`debriefPrompts[${n}]`, tr.debriefPrompts?.[n]));
  }
}
