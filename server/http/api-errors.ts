// The API's error replies: one JSON shape {error, message}, and zod issues turned into plain words.
// Must not import the store or Colyseus.
import type { Response } from 'express';
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
      if (issue.code === 'unrecognized_keys') text = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      else if (issue.code === 'invalid_type' && path === '') text = 'the body must be a JSON object';
      return path ? `${path}: ${text}` : text;
    })
    .join('; ');
}
