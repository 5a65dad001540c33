// The what-if lab's calls: the teacher's (host key in the Authorization header) or the class's (share token).
// Forks are computed by the server under the session's own rules and never stored.
import type { MoveChoice } from '../../shared/transcript/fork.ts';
import type { ForkComparison, LabInfo } from '../../shared/transcript/whatif.ts';
import { lang } from '../i18n/index.ts';
import { ApiError } from './api.ts';

export type LabSource = { kind: 'host'; code: string; key: string } | { kind: 'shared'; token: string };

async function call<T>(source: LabSource, path: string, body?: unknown): Promise<T> {
  const base =
    source.kind === 'host'
      ? `/api/sessions/${encodeURIComponent(source.code)}`
      : `/api/shared/${encodeURIComponent(source.token)}`;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (source.kind === 'host') headers.authorization = `Bearer ${source.key}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(
    `${base}/${path}`,
    body === undefined ? { headers } : { method: 'POST', headers, body: JSON.stringify(body) },
  );
  if (!res.ok) {
    const answer = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new ApiError(res.status, answer?.message ?? String(res.status));
  }
  return (await res.json()) as T;
}

export const labApi = {
  info: (source: LabSource) => call<LabInfo>(source, `whatif?lang=${encodeURIComponent(lang())}`),
  fork: (source: LabSource, choices: MoveChoice[]) => call<ForkComparison>(source, 'fork', { choices }),
};
