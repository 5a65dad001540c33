// The review page's calls to the review API: the host's review and replay data, release, delete, exports.
// Must not import Phaser or the SDK; the host key travels only in the Authorization header.
import { lang, rt } from '../i18n/index.ts';
import type {
  HostReplayReply,
  HostReviewReply,
  ReleaseInfo,
  ReleaseLevel,
  ReviewModel,
} from '../../shared/transcript/review-types.ts';

/** A refused request, with the server's plain-words message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit = {}, hostKey?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (hostKey) headers.authorization = `Bearer ${hostKey}`;
  if (init.body) headers['content-type'] = 'application/json';
  const res = await fetch(path, { ...init, headers });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null;
    // The server words its refusals in English; other languages get the catalogue's sentence with the status.
    throw new ApiError(
      res.status,
      (lang() === 'en' ? body?.message : undefined) ?? rt('serverAnswered', { status: res.status }),
    );
  }
  return (await res.json()) as T;
}

const enc = encodeURIComponent;
/** The review's sentences come back in the page's language. */
const inLang = () => `lang=${enc(lang())}`;

export const reviewApi = {
  hostReview: (code: string, key: string) =>
    call<HostReviewReply>(`/api/sessions/${enc(code)}/review?${inLang()}`, {}, key),
  replayData: (code: string, key: string) =>
    call<HostReplayReply>(`/api/sessions/${enc(code)}/replay?${inLang()}`, {}, key),
  shared: (token: string) => call<ReviewModel>(`/api/shared/${enc(token)}?${inLang()}`),
  release: (code: string, key: string, choice: { level: ReleaseLevel; pseudonyms: boolean } | null) =>
    call<{ release: ReleaseInfo | null }>(
      `/api/sessions/${enc(code)}/release`,
      { method: 'PUT', body: JSON.stringify(choice ?? { level: null }) },
      key,
    ),
  remove: async (code: string, key: string) => {
    const res = await fetch(`/api/sessions/${enc(code)}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${key}` },
    });
    if (!res.ok && res.status !== 404) throw new ApiError(res.status, rt('serverAnswered', { status: res.status }));
  },
  /** Downloads an export through fetch (a plain link cannot carry the host key); `in_` is the export's language. */
  download: async (code: string, key: string, format: 'json' | 'csv' | 'md', in_: string = lang()) => {
    const res = await fetch(`/api/sessions/${enc(code)}/transcript?format=${format}&lang=${enc(in_)}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    if (!res.ok) throw new ApiError(res.status, rt('exportFailed', { status: res.status }));
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `peninsula-${code}.${format}`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
