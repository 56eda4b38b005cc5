import type { RequestContext } from '../platform/request/request-context.js';
import { createLoaders } from './loaders.js';

export type { AuthedContext, RequestContext } from '../platform/request/request-context.js';
export { requireAuthed } from '../platform/request/request-context.js';

export function createRequestContext(base: Omit<RequestContext, 'loaders' | 'manager' | 'renewLoaders'>): RequestContext {
  const ctx = { ...base, manager: base.dataSource.manager } as RequestContext;
  // A method, not a closure: Apollo hands resolvers a shallow copy of the context, and the
  // loaders must be renewed on the copy whose manager the write path has just swapped.
  ctx.renewLoaders = function renewLoaders(this: RequestContext) {
    this.loaders = createLoaders(this);
  };
  ctx.renewLoaders();
  return ctx;
}
