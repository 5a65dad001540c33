// The API's error replies: one JSON shape {error, message}, and zod issues turned into plain words.
// Must not import the store or Colyseus.
import type { ErrorRequestHandler, Response } from 'express';
import type { z } from 'zod';
import { errorMessage } from '../../shared/rules/errors.ts';

/** Sends `{ error: code, message }` with `status`; the message defaults to the code's plain words. */
export function sendError(res: Response, status: number, code: string, message: string = errorMessage(code)): void {
  res.status(status).json({ error: code, message });
}

/** "rounds: at most 12 rounds; phaseSeconds: unknown field "foo"": one clause per problem, path first. */
export function zodReason(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      let text = issue.message;
      if (issue.code === 'unrecognized_keys')
        text = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      else if (issue.code === 'invalid_type' && path === '') text = 'the body must be a JSON object';
      return path ? `${path}: ${text}` : text;
    })
    .join('; ');
}

/**
 * Turns errors under /api into the API's JSON shape: a body that is not JSON → 400, too large → 413, anything
 * else → 500 without details (Express's default page would echo the body and a stack trace). Mount it after
 * every /api router, so a parse error raised in a router that has no handler of its own gets the same shape.
 */
export function apiErrorHandler(): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) return next(err);
    const type =
      typeof err === 'object' && err !== null && 'type' in err ? String((err as { type: unknown }).type) : '';
    if (type === 'entity.parse.failed') return sendError(res, 400, 'protocol/invalid', 'The body is not valid JSON.');
    if (type === 'entity.too.large') return sendError(res, 413, 'protocol/invalid', 'The body is too large.');
    // e.g. a malformed %-escape in a path parameter: the request is wrong, not the server.
    const status =
      typeof err === 'object' && err !== null && 'status' in err ? Number((err as { status: unknown }).status) : 0;
    if (status >= 400 && status < 500) return sendError(res, status, 'protocol/invalid', 'The request is not valid.');
    // Only the message: an error object may hold the request body (which can carry a key).
    console.error('API error:', err instanceof Error ? err.message : String(err));
    sendError(res, 500, 'protocol/server-error');
  };
}
