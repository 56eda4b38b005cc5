import { createHash } from 'node:crypto';

/** API tokens look like `rct_<43 chars>`; only their SHA-256 is stored (they are random, not passwords). */
export const API_TOKEN_PREFIX = 'rct_';

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const isApiToken = (bearer: string) => bearer.startsWith(API_TOKEN_PREFIX);
