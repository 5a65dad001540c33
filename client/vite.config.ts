// Builds the four pages into dist/client (at the repo root): join/game, host, projector, review.
// Phaser and the SDK are reached only through dynamic imports from the join page, so they get their own chunks.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
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
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:2567', '/matchmake': { target: 'http://localhost:2567', ws: true } },
  },
});
