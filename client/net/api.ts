// The HTTP API calls the host page makes: list scenarios, create a session. One place for their shapes.
// Must not import the SDK or Phaser (types only from the protocol file: no zod in the bundle).
import { lang } from '../i18n/index.ts';
import type { CreateSessionBody, CreateSessionReply, ScenarioSummary } from '../../shared/protocol/api.ts';

export type { CreateSessionBody, CreateSessionReply, ScenarioSummary };

/** Thrown for a non-2xx answer; `code` is the API's error code when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function json<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
  if (!res.ok) throw new ApiError(res.status, body.error ?? `http/${res.status}`, body.message ?? res.statusText);
  return body as T;
}

/** GET /api/scenarios (a list, bare or under `scenarios`), titles in the page's language where the scenario has it. */
export async function listScenarios(): Promise<ScenarioSummary[]> {
  const body = await json<ScenarioSummary[] | { scenarios: ScenarioSummary[] }>(
    await fetch(`/api/scenarios?lang=${encodeURIComponent(lang())}`),
  );
  return Array.isArray(body) ? body : body.scenarios;
}

/** POST /api/sessions: the store record only; the room starts when the first client joins. */
export async function createSession(body: CreateSessionBody): Promise<CreateSessionReply> {
  const res = await fetch('/api/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return json<CreateSessionReply>(res);
}

/** Where the QR code for a session's join link is served. */
export function qrUrl(code: string): string {
  return `/api/sessions/${encodeURIComponent(code)}/qr.svg`;
}
