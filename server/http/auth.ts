// Who may touch a session over HTTP: the `:code` in the URL, normalised, and the teacher's Bearer host key.
// Must not import Colyseus or the rules; the store is reached only through ApiDeps.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { codeSchema } from '../../shared/protocol/messages.ts';
import { secretMatches } from '../store/secrets.ts';
import type { SessionRecord } from '../store/types.ts';
import { sendError } from './api-errors.ts';
import type { ApiDeps } from './deps.ts';

/** The canonical (trimmed, upper-case) code, or null when it cannot be a session code at all. */
export function normaliseCode(raw: unknown): string | null {
  const parsed = codeSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The key from `Authorization: Bearer <key>`, or null. */
export function bearerToken(req: Request): string | null {
  const header = req.get('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/** Loads the session named by `:code` into res.locals.session; false (after answering 404) when there is none. */
async function loadInto(deps: ApiDeps, req: Request, res: Response): Promise<boolean> {
  const code = normaliseCode(req.params.code);
  const session = code ? await deps.store.getSession(code) : null;
  if (!session) {
    sendError(res, 404, 'protocol/unknown-session');
    return false;
  }
  res.locals.session = session;
  return true;
}

/** 404 unless `:code` names a stored session; the record goes to res.locals.session. */
export function loadSession(deps: ApiDeps): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (await loadInto(deps, req, res)) next();
  };
}

/**
 * 404 unless `:code` names a stored session; 401 unless `Authorization: Bearer <hostKey>` matches its hash.
 * On success the record is in res.locals.session (read it with `hostSession(res)`).
 */
export function requireHost(deps: ApiDeps): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (!(await loadInto(deps, req, res))) return;
    const key = bearerToken(req);
    if (!key || !secretMatches(key, hostSession(res).hostKeyHash)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="peninsula"');
      return sendError(res, 401, 'protocol/unauthorized');
    }
    next();
  };
}

/** The session loaded by requireHost / loadSession for this request. */
export function hostSession(res: Response): SessionRecord {
  const session = res.locals.session as SessionRecord | undefined;
  if (!session) throw new Error('hostSession: requireHost(deps) or loadSession(deps) must run first');
  return session;
}
