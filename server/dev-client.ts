// `npm run dev`: the pages served from source by Vite (middleware mode) on the server's own port, so pages, API
// and rooms share one origin as in production; a page reloads when its code changes. Reached only through
// `server/main.ts --dev` (Vite is a dev dependency); must not import rooms or the HTTP API.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type express from 'express';
import { createServer } from 'vite';
import { PAGES } from './pages.ts';

const CLIENT_SOURCE = fileURLToPath(new URL('../client/', import.meta.url));
/** Vite's reload socket listens apart from the game's port, whose upgrades all belong to Colyseus. */
const RELOAD_PORT = Number(process.env.VITE_HMR_PORT || 24678);

export interface DevClient {
  mount(app: express.Application): void;
  close(): Promise<void>;
}

/** Starts Vite on client/vite.config.ts; `mount` serves the same routes as the build (server/pages.ts). */
export async function devClient(): Promise<DevClient> {
  const vite = await createServer({
    configFile: `${CLIENT_SOURCE}vite.config.ts`,
    appType: 'custom',
    server: { middlewareMode: true, hmr: { port: RELOAD_PORT } },
  });
  return {
    mount(app) {
      for (const [paths, file] of PAGES) {
        for (const path of paths) {
          app.get(path, (req, res, next) => {
            readFile(`${CLIENT_SOURCE}${file}`, 'utf8')
              .then((html) => vite.transformIndexHtml(req.originalUrl, html))
              .then((html) => void res.setHeader('Cache-Control', 'no-store').type('html').send(html), next);
          });
        }
      }
      app.use(vite.middlewares);
    },
    close: () => vite.close(),
  };
}
