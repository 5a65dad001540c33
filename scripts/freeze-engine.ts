// Freezes the rules engine of a git revision into shared/engines/v<N>/ (N = that revision's RULES_VERSION):
// one self-contained ES module (rules, transcript tools, the scenarios it shipped) plus its typed facade.
// Run before bumping RULES_VERSION: `npm run freeze:engine -- [rev]` (default HEAD), then register it in registry.ts.
// `--out <dir>` writes elsewhere (to try a freeze without touching shared/engines/).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { inertZod } from './inert-zod.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ENTRY = 'shared/engines/entry.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const outDir = outAt >= 0 ? args.splice(outAt, 2)[1] : undefined;
  const rev = args[0] ?? 'HEAD';
  const commit = execFileSync('git', ['rev-parse', '--verify', `${rev}^{commit}`], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
  const tree = mkdtempSync(join(tmpdir(), 'peninsula-engine-'));
  try {
    const tar = execFileSync('git', ['archive', '--format=tar', commit, 'shared', 'scenarios'], {
      cwd: ROOT,
      maxBuffer: 1 << 28,
    });
    execFileSync('tar', ['-x', '-C', tree], { input: tar });
    // Revisions older than the engine entry point get today's (it only gathers functions those revisions have).
    if (!existsSync(join(tree, ENTRY)))
      cpSync(join(ROOT, 'shared/engines'), join(tree, 'shared/engines'), { recursive: true });
    const version = Number(
      /RULES_VERSION\s*=\s*(\d+)/.exec(readFileSync(join(tree, 'shared/rules/types.ts'), 'utf8'))?.[1],
    );
    if (!Number.isInteger(version)) throw new Error(`no RULES_VERSION found at ${commit}`);
    const catalog = loadedCatalog(tree);
    const out = outDir ?? join(ROOT, `shared/engines/v${version}`);
    mkdirSync(out, { recursive: true });
    const result = await build({
      absWorkingDir: tree,
      entryPoints: [ENTRY],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      target: 'es2022',
      nodePaths: [join(ROOT, 'node_modules')],
      // The scenarios go in as that revision's catalog loaded them (validated, defaults filled), not with the loader.
      plugins: [
        // The command definitions carry their zod payload schemas, but the engine never validates (the edge does;
        // applyCommand only looks a definition up). zod goes in as an inert stand-in, so the bundle stays small,
        // self-contained and independent of whichever zod is installed when it is loaded.
        {
          name: 'inert-zod',
          setup(b) {
            b.onResolve({ filter: /^zod(\/.*)?$/ }, () => ({ path: 'zod', namespace: 'inert' }));
            b.onLoad({ filter: /.*/, namespace: 'inert' }, () => ({ contents: INERT_ZOD, loader: 'js' }));
          },
        },
        {
          name: 'frozen-catalog',
          setup(b) {
            b.onResolve({ filter: /\/catalog\.ts$/ }, () => ({ path: 'catalog', namespace: 'frozen' }));
            b.onLoad({ filter: /.*/, namespace: 'frozen' }, () => ({ contents: catalog, loader: 'js' }));
          },
        },
      ],
      legalComments: 'none',
      write: false,
      banner: {
        js: `// Rules engine ${version}, frozen from commit ${commit} by scripts/freeze-engine.ts. Generated: do not edit.\n// Replays, reviews and continues sessions recorded under RULES_VERSION ${version}; see docs/transcripts-across-rule-changes.md.`,
      },
    });
    const code = result.outputFiles[0]!.text;
    if (/\bfrom ["']node:|require\(|\bfrom ["']zod/.test(code))
      throw new Error('the engine bundle reaches for Node: shared/ must stay pure');
    writeFileSync(join(out, 'engine.js'), code);
    writeFileSync(
      join(out, 'engine.d.ts'),
      `// Typed facade of the frozen rules engine ${version} (engine.js, generated from ${commit.slice(0, 12)}).\n` +
        `// Its results carry version ${version}'s shapes: upcast what a page reads (shared/engines/upcast.ts).\n` +
        `import type { Engine } from '../types.ts';\n\ndeclare const engine: Engine;\nexport default engine;\n`,
    );
    console.log(
      `froze rules engine ${version} from ${commit.slice(0, 12)}: ${(code.length / 1024).toFixed(0)} KB in ${out}/`,
    );
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

/** What `zod` is inside a frozen engine: schemas build, and validating with one throws (replay never validates). */
const INERT_ZOD = inertZod('a frozen rules engine does not validate');

/** The revision's scenario catalog, loaded by its own loader in a child process, as an ES module's source. */
function loadedCatalog(tree: string): string {
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
  const script = `import('./shared/scenario/catalog.ts').then((m) => process.stdout.write(JSON.stringify({ scenarios: m.SCENARIOS, id: m.DEFAULT_SCENARIO_ID })))`;
  const dumped = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
    cwd: tree,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const { scenarios, id } = JSON.parse(dumped) as { scenarios: Record<string, unknown>; id: string };
  return [
    `const SCENARIOS = Object.freeze(${JSON.stringify(scenarios)});`,
    `export { SCENARIOS };`,
    `export const DEFAULT_SCENARIO_ID = ${JSON.stringify(id)};`,
    `export function getScenario(id) { return Object.hasOwn(SCENARIOS, id) ? SCENARIOS[id] : undefined; }`,
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
