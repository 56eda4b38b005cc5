import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { AppAbility } from '../platform/authz/ability.js';
import type { Actor } from '../platform/authz/actor.js';
import type { JwtSettings } from '../platform/auth/jwt.js';
import type { LoginThrottle } from '../platform/auth/login-throttle.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Everything a resolver and a service need for one request. Services take it as first argument. */
export interface RequestContext {
  requestId: string;
  actor: Actor | null;
  ability: AppAbility | null;
  /** The request's entity manager: the transaction's, inside `inTransaction`. */
  manager: EntityManager;
  dataSource: DataSource;
  loaders: Loaders;
  jwt: JwtSettings;
  log: Logger;
  /** The peer address of the HTTP connection (for login throttling and audit). */
  clientAddress: string;
  loginThrottle: LoginThrottle;
}

/** A context whose actor is known (every root field except `login`, by the permission middleware). */
export type AuthedContext = RequestContext & { actor: Actor; ability: AppAbility };

export function createRequestContext(base: Omit<RequestContext, 'loaders' | 'manager'>): RequestContext {
  const ctx = { ...base, manager: base.dataSource.manager } as RequestContext;
  ctx.loaders = createLoaders(ctx);
  return ctx;
}

export function requireAuthed(ctx: RequestContext): AuthedContext {
  if (!ctx.actor || !ctx.ability) throw new Error('requireAuthed: the permission middleware should have refused this request');
  return ctx as AuthedContext;
}
