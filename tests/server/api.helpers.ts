// A tiny express app around the session router with a real SQLite store, on a free port (no server/app.ts).
// Test helper only; must not import Colyseus or rooms.
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express, { type Router } from 'express';
import type { Command } from '../../shared/rules/commands.ts';
import { createSessionApi, type SessionApiOptions } from '../../server/http/api.ts';
import type { ApiDeps } from '../../server/http/deps.ts';
import { openStore } from '../../server/store/index.ts';
import type { TranscriptStore } from '../../server/store/types.ts';

export interface ApiFixture {
  base: string;
  store: TranscriptStore;
  dataDir: string;
  deps: ApiDeps;
  /** fetch against the fixture, JSON body encoded when given as an object. */
  call(
    method: string,
    path: string,
    opts?: { body?: unknown; rawBody?: string; key?: string; headers?: Record<string, string> },
  ): Promise<Response>;
  /** Appends commands as the room would (next seqs). */
  appendCommands(code: string, commands: Command[]): Promise<void>;
  close(): Promise<void>;
}

/** Starts the app; `extra` lets a test mount more routes behind the session router (e.g. requireHost reuse). */
export async function startApiFixture(
  options: SessionApiOptions = {},
  extra?: (deps: ApiDeps) => Router,
  publicUrl = 'http://class.example:2567',
): Promise<ApiFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peninsula-api-'));
  const store = await openStore({ dataDir });
  const deps: ApiDeps = { store, publicUrl };
  const app = express();
  app.use('/api', createSessionApi(deps, options));
  if (extra) app.use('/api', extra(deps));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    store,
    dataDir,
    deps,
    call(method, path, opts = {}) {
      const headers: Record<string, string> = { ...opts.headers };
      let body: string | undefined = opts.rawBody;
      if (opts.body !== undefined) {
        body = JSON.stringify(opts.body);
        headers['content-type'] = 'application/json';
      } else if (body !== undefined) headers['content-type'] ??= 'application/json';
      if (opts.key !== undefined) headers.authorization = `Bearer ${opts.key}`;
      return fetch(base + path, { method, headers, ...(body !== undefined ? { body } : {}) });
    },
    async appendCommands(code, commands) {
      const last = (await store.readEntries(code)).at(-1)?.seq ?? 0;
      await store.append(
        code,
        commands.map((command, i) => ({ seq: last + 1 + i, command })),
      );
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
