// `npm run balance`: plays the Korean scenario through the real reducer (named classes, 50 seeded random
// classes, a best-response search) and prints a table per policy and a verdict line per requirement of #9.
import { getScenario } from '../../shared/scenario/catalog.ts';
import { BANDS, TALKS_LADDER } from '../../shared/rules/types.ts';
import { balance } from './requirements.ts';

const started = performance.now();
const scenario = getScenario('korea');
if (!scenario) throw new Error('korea scenario missing');
const ids = scenario.delegations.map((d) => d.id);
const report = balance(scenario);
const pad = (s: string | number, n: number) => String(s).padEnd(n);

console.log(`Peninsula balance report — scenario ${scenario.id} v${scenario.version}\n`);
for (const { named, played } of report.classes) {
  console.log(`## ${named.name}${played.crisisHolds > 0 ? `  (crisis hold ×${played.crisisHolds})` : ''}`);
  console.log(`${pad('round', 7)}${pad('tension', 9)}${pad('band', 16)}${pad('talks', 24)}`);
  played.history.forEach((m, r) =>
    console.log(
      `${pad(r, 7)}${pad(m.tension.toFixed(1), 9)}${pad(BANDS[m.band] ?? m.band, 16)}${pad(TALKS_LADDER[m.talks] ?? m.talks, 24)}`,
    ),
  );
  console.log(`scores: ${ids.map((d) => `${d} ${played.scores[d]}`).join(', ')}\n`);
}
const peaks = report.random.map((c) => Math.max(...c.history.map((m) => m.tension))).sort((a, b) => a - b);
const bands: Record<string, number> = {};
for (const c of report.random) {
  const b = BANDS[Math.max(...c.history.map((m) => m.band))] ?? '?';
  bands[b] = (bands[b] ?? 0) + 1;
}
console.log(
  `## 50 seeded random classes\npeak tension: min ${peaks[0]}, median ${peaks[25]}, max ${peaks[49]}; highest band: ${Object.entries(
    bands,
  )
    .map(([b, n]) => `${b} ${n}`)
    .join(', ')}\n`,
);
console.log('## best response (one move repeated every round) per opponent profile');
for (const row of report.search)
  console.log(`${pad(row.delegation, 11)}${pad(row.profile, 18)}best ${row.bestScore}: ${row.best.join(', ')}`);
console.log('\n## verdicts');
for (const v of report.verdicts) console.log(`${v.pass ? 'PASS' : 'FAIL'} #9.${v.requirement} ${v.text} — ${v.detail}`);
const failed = report.verdicts.filter((v) => !v.pass).length;
console.log(
  `\n${failed === 0 ? 'every verdict holds' : `${failed} verdict(s) fail`}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
process.exitCode = failed === 0 ? 0 : 1;
