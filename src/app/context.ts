import type { RequestContext } from '../platform/request/request-context.js';
import { createLoaders } from './loaders.js';

export type { AuthedContext, RequestContext } from '../platform/request/request-context.js';
export { requireAuthed } from '../platform/request/request-context.js';

export function createRequestContext(base: Omit<RequestContext, 'loaders' | 'manager' | 'renewLoaders'>): RequestContext {
  const ctx = { ...base, manager: base.dataSource.manager } as RequestContext;
  // Apollo hands resolvers a shallow clone of this object: renew the loaders of the context the
  // method is called on (the clone, whose manager the write path swapped), not of this original.
  ctx.renewLoaders = function renewLoaders(this: RequestContext) { this.loaders = createLoaders(this); };
  ctx.renewLoaders();
  return ctx;
}
