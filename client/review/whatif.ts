// The what-if lab on the review page: choose other moves (round, delegation, move, target), run the fork on the
// server under the session's own rules, and compare several forks with the record (curves, moves, differing causes).
import type { MoveChoice, MoveSource } from '../../shared/transcript/fork.ts';
import type { CauseLine, ForkComparison, LabInfo, MoveLine } from '../../shared/transcript/whatif.ts';
import { HOLD_MOVE, HOLD_MOVE_ID } from '../../shared/rules/moves.ts';
import { t } from '../i18n/index.ts';
import { h, replace } from '../panels/dom.ts';
import { lt } from './lab-text.ts';
import { labApi, type LabSource } from './whatif-api.ts';

const NS = 'http://www.w3.org/2000/svg';
const W = 760;
const H = 240;
const PAD = { left: 40, right: 30, top: 16, bottom: 28 };
/** One dash per fork, so forks are told apart without colour. */
const DASHES = ['6 3', '2 3', '10 3 2 3', '1 2', '14 4'];
const COLORS = ['#38bdf8', '#f472b6', '#a3e635', '#fb923c', '#c084fc'];
const MAX_FORKS = 5;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

const SOURCE: Record<MoveSource, Parameters<typeof lt>[0]> = {
  chosen: 'sourceChosen',
  recorded: 'sourceRecorded',
  bot: 'sourceBot',
  policy: 'sourcePolicy',
};

interface Fork {
  n: number;
  result: ForkComparison;
}

/** A move's label as the reader reads it: the rules' own Hold comes in English from the server. */
function shown(move: { id: string; label: string }): string {
  return move.id === HOLD_MOVE_ID && move.label === HOLD_MOVE.label ? t('hold') : move.label;
}

/** The lab section for a session: the chooser, the forks run so far, and their comparison with the record. */
export function whatIfLab(source: LabSource, info: LabInfo): HTMLElement {
  const name = (id: string | null) => info.delegations.find((d) => d.id === id)?.name ?? id ?? '';
  const moveLabel = (delegation: string, moveId: string) => {
    const label =
      info.delegations.find((d) => d.id === delegation)?.moves.find((m) => m.id === moveId)?.label ?? moveId;
    return shown({ id: moveId, label });
  };
  let choices: MoveChoice[] = [];
  const forks: Fork[] = [];
  let counter = 0;

  const roundSel = h(
    'select',
    { id: 'lab-round' },
    ...Array.from({ length: Math.max(1, info.roundsPlayed) }, (_, i) => h('option', { value: i + 1 }, String(i + 1))),
  );
  const delegationSel = h(
    'select',
    { id: 'lab-delegation' },
    ...info.delegations.map((d) => h('option', { value: d.id }, d.name)),
  );
  const moveSel = h('select', { id: 'lab-move' });
  const targetSel = h('select', { id: 'lab-target' });
  const targetField = h('div', { class: 'field' }, h('label', { for: 'lab-target' }, lt('target')), targetSel);
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const list = h('ul', { class: 'lab-choices' });
  const results = h('div', { class: 'lab-results' });

  const fillMoves = () => {
    const d = info.delegations.find((x) => x.id === delegationSel.value);
    replace(
      moveSel,
      ...(d?.moves ?? []).map((m) =>
        h('option', { value: m.id }, `${shown(m)} (${m.goldstein > 0 ? '+' : ''}${m.goldstein})`),
      ),
    );
    fillTargets();
  };
  const fillTargets = () => {
    const d = info.delegations.find((x) => x.id === delegationSel.value);
    const m = d?.moves.find((x) => x.id === moveSel.value);
    const options = m?.target === 'choose' ? info.delegations.filter((x) => x.id !== d?.id) : [];
    replace(targetSel, ...options.map((x) => h('option', { value: x.id }, x.name)));
    targetField.hidden = options.length === 0;
  };
  delegationSel.addEventListener('change', fillMoves);
  moveSel.addEventListener('change', fillTargets);
  fillMoves();

  const showChoices = () => {
    replace(
      list,
      ...(choices.length === 0
        ? [h('li', {}, lt('noChoices'))]
        : choices.map((c, i) =>
            h(
              'li',
              {},
              lt('choiceLine', {
                round: c.round,
                delegation: name(c.delegation),
                move: moveLabel(c.delegation, c.moveId),
              }) + (c.target ? ` → ${name(c.target)}` : ''),
              ' ',
              h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  onclick: () => {
                    choices = choices.filter((_, j) => j !== i);
                    showChoices();
                  },
                },
                lt('remove'),
              ),
            ),
          )),
    );
    run.disabled = choices.length === 0;
  };

  const add = h('button', { type: 'button' }, lt('add'));
  add.addEventListener('click', () => {
    const d = info.delegations.find((x) => x.id === delegationSel.value);
    const m = d?.moves.find((x) => x.id === moveSel.value);
    if (!d || !m) return;
    const target = m.target === 'choose' ? targetSel.value || null : m.target;
    const round = Number(roundSel.value);
    choices = [
      ...choices.filter((c) => !(c.round === round && c.delegation === d.id)),
      { round, delegation: d.id, moveId: m.id, target },
    ].sort((a, b) => a.round - b.round);
    showChoices();
  });
  const run = h('button', { type: 'button', class: 'primary' }, lt('run'));
  run.addEventListener('click', () => {
    if (choices.length === 0) return;
    status.textContent = lt('running');
    run.disabled = true;
    labApi
      .fork(source, choices)
      .then((result) => {
        forks.push({ n: ++counter, result });
        while (forks.length > MAX_FORKS) forks.shift();
        status.textContent = '';
        showResults();
      })
      .catch((error: Error) => {
        status.textContent = lt('failed', { message: error.message });
      })
      .finally(() => {
        run.disabled = choices.length === 0;
      });
  });
  const clear = h('button', { type: 'button' }, lt('clear'));
  clear.addEventListener('click', () => {
    choices = [];
    showChoices();
  });

  const showResults = () => {
    if (forks.length === 0) return replace(results);
    replace(
      results,
      compareChart(forks),
      ...forks
        .slice()
        .reverse()
        .map((f) => forkDetails(f)),
    );
  };

  const forkDetails = (fork: Fork): HTMLElement => {
    const { result } = fork;
    const exportButton = h('button', { type: 'button' }, lt('exportJson'));
    exportButton.addEventListener('click', () =>
      download(`peninsula-what-if-${fork.n}.json`, JSON.stringify({ whatIf: fork.n, ...result }, null, 1)),
    );
    const removeButton = h('button', { type: 'button', class: 'link' }, lt('remove'));
    removeButton.addEventListener('click', () => {
      forks.splice(forks.indexOf(fork), 1);
      showResults();
    });
    const moveList = (moves: MoveLine[]) =>
      h(
        'ul',
        {},
        ...moves.map((m) =>
          h(
            'li',
            {},
            `${name(m.delegation)}: ${m.hidden ? lt('hidden') : shown({ id: m.moveId, label: m.label })}${m.target && !m.hidden ? ` → ${name(m.target)}` : ''} (${lt(SOURCE[m.source])})`,
          ),
        ),
      );
    const causeList = (causes: CauseLine[]) =>
      causes.length === 0
        ? h('p', {}, lt('noDiff'))
        : h('ul', { class: 'causes' }, ...causes.map((c) => h('li', { class: 'cause' }, c.cause)));
    return h(
      'details',
      { class: 'lab-fork', open: true },
      h(
        'summary',
        {},
        `${lt('forkName', { n: fork.n })}: ${result.choices.map((c) => lt('choiceLine', { round: c.round, delegation: name(c.delegation), move: moveLabel(c.delegation, c.moveId) })).join('; ')}`,
      ),
      h('p', {}, exportButton, ' ', removeButton),
      result.skipped > 0 ? h('p', { class: 'hint' }, lt('skipped', { n: result.skipped })) : null,
      ...result.rounds.map((r) =>
        h(
          'section',
          { class: 'lab-round' },
          h('h4', {}, lt('roundHeading', { round: r.round })),
          h('p', {}, lt('tensionAfter', { recorded: r.recorded.tension ?? '—', fork: r.fork.tension ?? '—' })),
          h(
            'div',
            { class: 'side-by-side' },
            h(
              'div',
              {},
              h('h5', {}, lt('movesRecorded')),
              moveList(r.recorded.moves),
              h('h5', {}, lt('causesRecorded')),
              causeList(r.recorded.causes),
            ),
            h(
              'div',
              {},
              h('h5', {}, lt('movesFork')),
              moveList(r.fork.moves),
              h('h5', {}, lt('causesFork')),
              causeList(r.fork.causes),
            ),
          ),
        ),
      ),
    );
  };

  showChoices();
  return h(
    'div',
    { class: 'whatif-lab' },
    h('p', {}, lt('intro')),
    h(
      'div',
      { class: 'lab-form' },
      h('div', { class: 'field' }, h('label', { for: 'lab-round' }, lt('round')), roundSel),
      h('div', { class: 'field' }, h('label', { for: 'lab-delegation' }, lt('delegation')), delegationSel),
      h('div', { class: 'field' }, h('label', { for: 'lab-move' }, lt('move')), moveSel),
      targetField,
      add,
    ),
    h('h4', {}, lt('choices')),
    list,
    h('p', {}, run, ' ', clear),
    status,
    results,
  );
}

/** The recorded curve and every fork's, on one chart, with the same values as a table. */
function compareChart(forks: readonly Fork[]): HTMLElement {
  const recorded = forks[0]?.result.recorded ?? [];
  const rounds = Math.max(1, ...forks.map((f) => f.result.fork.length - 1), recorded.length - 1);
  const x = (round: number) => PAD.left + (round / rounds) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / 100) * (H - PAD.top - PAD.bottom);
  const root = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-labelledby': 'lab-title lab-desc',
    class: 'meter-chart lab-chart',
  });
  root.append(
    svg('title', { id: 'lab-title' }, lt('compareTitle')),
    svg('desc', { id: 'lab-desc' }, lt('compareDesc', { n: forks.length })),
  );
  for (const v of [0, 25, 50, 75, 100])
    root.append(
      svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: 'grid' }),
      svg('text', { x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, String(v)),
    );
  for (let r = 0; r <= rounds; r++)
    root.append(
      svg(
        'text',
        { x: x(r), y: H - 8, 'text-anchor': 'middle', class: 'axis' },
        r === 0 ? '0' : lt('roundHeading', { round: r }),
      ),
    );
  const path = (values: readonly number[], stroke: string, dash: string, width: number) =>
    svg('path', {
      d: values.map((v, r) => `${r === 0 ? 'M' : 'L'}${x(r).toFixed(1)},${y(v).toFixed(1)}`).join(' '),
      fill: 'none',
      stroke,
      'stroke-width': width,
      'stroke-dasharray': dash,
    });
  root.append(path(recorded, '#fbbf24', '', 4));
  forks.forEach((f, i) =>
    root.append(path(f.result.fork, COLORS[i % COLORS.length]!, DASHES[i % DASHES.length]!, 2.5)),
  );
  const sample = (stroke: string, dash: string, width: number) =>
    svg(
      'svg',
      { width: 34, height: 10, 'aria-hidden': 'true' },
      svg('line', { x1: 0, x2: 34, y1: 5, y2: 5, stroke, 'stroke-width': width, 'stroke-dasharray': dash }),
    );
  const legend = h(
    'ul',
    { class: 'legend' },
    h('li', {}, sample('#fbbf24', '', 4), lt('recorded')),
    ...forks.map((f, i) =>
      h('li', {}, sample(COLORS[i % COLORS.length]!, DASHES[i % DASHES.length]!, 2.5), lt('forkName', { n: f.n })),
    ),
  );
  const table = h(
    'table',
    { class: 'data-table' },
    h('caption', {}, lt('compareTitle')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, lt('round')),
        h('th', { scope: 'col' }, lt('recorded')),
        ...forks.map((f) => h('th', { scope: 'col' }, lt('forkName', { n: f.n }))),
      ),
    ),
    h(
      'tbody',
      {},
      ...Array.from({ length: rounds + 1 }, (_, r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, String(r)),
          h('td', {}, String(recorded[r] ?? '—')),
          ...forks.map((f) => h('td', {}, String(f.result.fork[r] ?? '—'))),
        ),
      ),
    ),
  );
  return h(
    'div',
    { class: 'chart' },
    root as unknown as HTMLElement,
    legend,
    h('details', { class: 'chart-table' }, h('summary', {}, lt('asTable')), table),
  );
}

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
