// The client pages as the server serves them: which route shows which page, and the built files of dist/client.
// Must not import rooms or the HTTP API; `npm run dev` serves the same routes from source (server/dev-client.ts).
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';

const CLIENT_DIR = fileURLToPath(new URL('../dist/client/', import.meta.url));

/** The page each client route serves: an HTML file of client/ (built into dist/client by Vite). */
export const PAGES: [string[], string][] = [
  [['/', '/join/:code'], 'index.html'],
  [['/host'], 'host.html'],
  [['/projector/:code'], 'projector.html'],
  [['/review/:code', '/shared/:token'], 'review.html'],
];

/** Serves the built pages and their hashed assets (`npm start`). */
export function mountBuiltClient(app: express.Application): void {
  if (!existsSync(CLIENT_DIR)) {
    app.get('/', (_req, res) => {
      res.status(503).type('text/plain').send('The client is not built yet: run `npm run build:client`.');
    });
    return;
  }
  app.use('/assets', servePrecompressed(`${CLIENT_DIR}assets/`));
  app.use('/assets', express.static(`${CLIENT_DIR}assets`, { immutable: true, maxAge: '365d', fallthrough: false }));
  for (const [paths, file] of PAGES) {
    for (const path of paths) {
      app.get(path, (_req, res) => {
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(file, { root: CLIENT_DIR });
      });
    }
  }
  app.use(express.static(CLIENT_DIR, { index: false }));
}

/**
 * Sends the `.gz` the build wrote beside a hashed asset when the browser accepts gzip (Phaser: 1.4 MB → 350 KB
 * on a school connection); anything else falls through to the plain static files.
 */
function servePrecompressed(dir: string): express.RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return next();
    const name = req.path.slice(1);
    if (!/^[\w.-]+\.(js|css|svg)$/.test(name) || !existsSync(`${dir}${name}.gz`)) return next();
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Vary', 'Accept-Encoding');
    res.type(extname(name));
    res.sendFile(`${name}.gz`, { root: dir, immutable: true, maxAge: '365d' });
  };
}
