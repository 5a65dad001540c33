// Join codes, host keys, seat and share tokens, and how their hashes are kept and compared.
// Must not import a database driver or express: pure node:crypto.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../../shared/protocol/messages.ts';

/** A six-character join code from the no-look-alike alphabet (uniform: randomInt has no modulo bias). */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** The teacher's key: 256 random bits, URL-safe. Only its hash is stored. */
export function newHostKey(): string {
  return randomBytes(32).toString('base64url');
}

/** A student's seat token: 192 random bits, URL-safe. Only its hash is stored. */
export function newSeatToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The token in a read-only shared review link: 192 random bits, URL-safe. */
export function newShareToken(): string {
  return randomBytes(24).toString('base64url');
}

/** sha-256 hex of a secret. Secrets are long random strings, so a fast hash suffices (no dictionary to guess). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether `secret` hashes to `hash`, compared in constant time. */
export function secretMatches(secret: string, hash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(hash, 'hex');
  if (expected.length !== actual.length) return false;
  return timingSafeEqual(actual, expected);
}
