import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { AppAbility } from '../authz/ability.js';
import type { Actor } from '../authz/actor.js';
import type { JwtSettings } from '../auth/jwt.js';
import type { LoginThrottle } from '../auth/login-throttle.js';

/**
 * The request's DataLoaders. The platform knows none of them: the application declares them by
 * interface merging (src/app/loaders.ts), so modules type `ctx.loaders` without importing app/.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface RequestLoaders {}

/** Everything a resolver and a service need for one request. Services take it as first argument. */
export interface RequestContext {
  requestId: string;
  actor: Actor | null;
  ability: AppAbility | null;
  /** The request's entity manager: the transaction's, inside the write path. */
  manager: EntityManager;
  dataSource: DataSource;
  loaders: RequestLoaders;
  /** New loaders (empty caches) on the current manager: after a write commits, reads see it. */
  renewLoaders(this: RequestContext): void;
  jwt: JwtSettings;
  log: Logger;
  /** The peer address of the HTTP connection (for login throttling and audit). */
  clientAddress: string;
  loginThrottle: LoginThrottle;
}

/** A context whose actor is known (every root field except `login`, by the permission middleware). */
export type AuthedContext = RequestContext & { actor: Actor; ability: AppAbility };

export function requireAuthed(ctx: RequestContext): AuthedContext {
  if (!ctx.actor || !ctx.ability) throw new Error('requireAuthed: the permission middleware should have refused this request');
  return ctx as AuthedContext;
}
