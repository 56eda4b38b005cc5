import type { RequestContext } from '../platform/request/request-context.js';
import { createLoaders } from './loaders.js';

export type { AuthedContext, RequestContext } from '../platform/request/request-context.js';
export { requireAuthed } from '../platform/request/request-context.js';

export function createRequestContext(base: Omit<RequestContext, 'loaders' | 'manager' | 'renewLoaders'>): RequestContext {
  const ctx = { ...base, manager: base.dataSource.manager } as RequestContext;
  ctx.renewLoaders = () => { ctx.loaders = createLoaders(ctx); };
  ctx.renewLoaders();
  return ctx;
}
