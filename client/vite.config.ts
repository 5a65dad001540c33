// Builds the four pages into dist/client (at the repo root): join/game, host, projector, review. `npm run dev`
// serves them from source through the game server instead (server/dev-client.ts), on its port.
// Phaser and the SDK are reached only through dynamic imports from the join page, so they get their own chunks.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { inertZod } from '../scripts/inert-zod.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Writes a `.gz` beside every built script and stylesheet, compressed once at the highest level, so the server
 * sends Phaser's 1.4 MB as ~350 KB without compressing anything per request (a class joins all at once).
 */
function precompress(): Plugin {
  let outDir = here('../dist/client');
  return {
    name: 'peninsula-precompress',
    apply: 'build',
    // The e2e harness builds into a private folder (--outDir) first: compress where the build really went.
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const assets = `${outDir}/assets/`;
      for (const name of readdirSync(assets)) {
        if (!/\.(js|css|svg)$/.test(name)) continue;
        const raw = readFileSync(assets + name);
        writeFileSync(`${assets}${name}.gz`, gzipSync(raw, { level: constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}

/**
 * The command definitions (shared/commands/) carry their zod payload schemas beside the phases, handlers and event
 * folds the pages use; the pages never validate a command (the server does, at its edge). There zod is an inert
 * stand-in, so a student's game page does not download the schema library. The scenario loader keeps the real one
 * (the review page validates the catalog it replays with).
 */
function inertCommandSchemas(): Plugin {
  const id = '\0peninsula-inert-zod';
  return {
    name: 'peninsula-inert-command-schemas',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'zod' && importer !== undefined && /[\\/]shared[\\/]commands[\\/]/.test(importer)) return id;
      return null;
    },
    load(loaded) {
      return loaded === id ? inertZod('the pages do not validate commands: the server does') : null;
    },
  };
}

export default defineConfig({
  plugins: [inertCommandSchemas(), precompress()],
  root: here('.'),
  base: '/',
  publicDir: false,
  build: {
    outDir: here('../dist/client'),
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    chunkSizeWarningLimit: 1600, // Phaser alone is ~1.2 MB minified; it is a lazy chunk by design.
    rolldownOptions: {
      input: {
        index: here('index.html'),
        host: here('host.html'),
        projector: here('projector.html'),
        review: here('review.html'),
      },
      output: {
        // The board is reached lazily from every page, and statically from review's scrubber. Left alone,
        // the bundler put a board module inside the review entry chunk, so loading the board on /host ran
        // the review page. Named groups keep the board (and Phaser) in chunks of their own.
        codeSplitting: {
          // Capture only the named modules, not what they import: i18n and view models stay shared.
          includeDependenciesRecursively: false,
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ },
            { name: 'board', test: /client[\\/]board[\\/]/ },
          ],
        },
      },
    },
  },
});
