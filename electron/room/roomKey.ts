import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 128 random bits, base64url (22 characters): the room's key, or the facilitator's token. */
export function newSecret(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Compares a secret in constant time. Both sides are hashed first so that neither the length nor
 * the first differing character of the real key can be learned from how long a refusal takes.
 */
export function secretMatches(candidate: string, secret: string | null): boolean {
  if (secret === null) return false;
  const a = createHash('sha256').update(candidate, 'utf8').digest();
  const b = createHash('sha256').update(secret, 'utf8').digest();
  return timingSafeEqual(a, b);
}
