import type { Actor, Grant } from './actor.js';

/** The actor's grants of the given roles (none for API tokens). */
export function grantsOf(actor: Actor, ...roles: string[]): Grant[] {
  return actor.kind === 'account' ? actor.grants.filter((g) => roles.includes(g.role)) : [];
}

export function tokenHasScope(actor: Actor, scope: string): actor is Extract<Actor, { kind: 'token' }> {
  return actor.kind === 'token' && actor.scopes.includes(scope);
}
