import DataLoader from 'dataloader';
import type { ObjectLiteral } from 'typeorm';
import type { Action } from './ability.js';
import { scopedQuery, type ScopeContext, type ScopedSubject } from './scoped-query.js';

/**
 * Dispatch a batch after the current macrotask rather than the current microtask queue: all the
 * resolvers of one wave (every node of a page) enqueue first, so a wave is one statement however
 * its promises interleave.
 */
const batchScheduleFn = (callback: () => void) => setImmediate(callback);

/**
 * Rows by id, through the scoped query: one statement per batch, and an id outside the actor's
 * scope loads as null, exactly like an id that does not exist.
 */
export function scopedByIdLoader<E extends ObjectLiteral & { id: string }>(ctx: ScopeContext, subject: ScopedSubject<E>, action: Action = 'read') {
  return new DataLoader<string, E | null>(async (ids) => {
    const rows = await scopedQuery(ctx, action, subject).andWhere(`${subject.alias}.id IN (:...ids)`, { ids: [...new Set(ids)] }).getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }, { batchScheduleFn });
}

/** Children by parent id (a case's subjects, decisions…), scoped: one statement per batch. */
export function scopedChildrenLoader<E extends ObjectLiteral>(ctx: ScopeContext, subject: ScopedSubject<E>, foreignKey: keyof E & string, orderBy: string) {
  return new DataLoader<string, E[]>(async (parentIds) => {
    const rows = await scopedQuery(ctx, 'read', subject)
      .andWhere(`${subject.alias}.${snake(foreignKey)} IN (:...parentIds)`, { parentIds: [...new Set(parentIds)] })
      .orderBy(orderBy)
      .getMany();
    const groups = new Map<string, E[]>();
    for (const row of rows) {
      const key = row[foreignKey] as string;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(row);
    }
    return parentIds.map((id) => groups.get(id) ?? []);
  }, { batchScheduleFn });
}

/** Which of the given ids the actor may do `action` on (e.g. read a case's confidential fields). */
export function scopedPermissionLoader(ctx: ScopeContext, subject: ScopedSubject, action: Action) {
  return new DataLoader<string, boolean>(async (ids) => {
    const rows = await scopedQuery(ctx, action, subject)
      .select(`${subject.alias}.id`, 'id')
      .andWhere(`${subject.alias}.id IN (:...ids)`, { ids: [...new Set(ids)] })
      .getRawMany<{ id: string }>();
    const allowed = new Set(rows.map((r) => r.id));
    return ids.map((id) => allowed.has(id));
  }, { batchScheduleFn });
}

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
