import DataLoader from 'dataloader';
import type { ObjectLiteral } from 'typeorm';
import type { Action } from './ability.js';
import { snakeCase } from '../db/snake-naming-strategy.js';
import type { BatchWaves } from './batch-waves.js';
import { scopedQuery, type ScopeContext, type ScopedSubject } from './scoped-query.js';

const options = (waves: BatchWaves) => ({ batchScheduleFn: waves.schedule });

function groupBy<V>(pairs: ReadonlyArray<readonly [string, V]>): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const [key, value] of pairs) (groups.get(key) ?? groups.set(key, []).get(key)!).push(value);
  return groups;
}

/**
 * Rows by id, through the scoped query: one statement per batch, and an id outside the actor's
 * scope loads as null, exactly like an id that does not exist.
 */
export function scopedByIdLoader<E extends ObjectLiteral & { id: string }>(ctx: ScopeContext, waves: BatchWaves, subject: ScopedSubject<E>, action: Action = 'read') {
  return new DataLoader<string, E | null>((ids) => waves.track(async () => {
    const rows = await scopedQuery(ctx, action, subject).andWhere(`${subject.alias}.id IN (:...ids)`, { ids: [...new Set(ids)] }).getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }), options(waves));
}

/** Children by parent id (a case's subjects, decisions…), scoped: one statement per batch. */
export function scopedChildrenLoader<E extends ObjectLiteral>(ctx: ScopeContext, waves: BatchWaves, subject: ScopedSubject<E>, foreignKey: keyof E & string, orderBy: string, action: Action = 'read') {
  return new DataLoader<string, E[]>((parentIds) => waves.track(async () => {
    const rows = await scopedQuery(ctx, action, subject)
      .andWhere(`${subject.alias}.${snakeCase(foreignKey)} IN (:...parentIds)`, { parentIds: [...new Set(parentIds)] })
      .orderBy(orderBy)
      .getMany();
    const groups = groupBy(rows.map((row) => [row[foreignKey] as string, row] as const));
    return parentIds.map((id) => groups.get(id) ?? []);
  }), options(waves));
}

/** Which of the given ids the actor may do `action` on (e.g. read a case's confidential fields). */
export function scopedPermissionLoader(ctx: ScopeContext, waves: BatchWaves, subject: ScopedSubject, action: Action) {
  return new DataLoader<string, boolean>((ids) => waves.track(async () => {
    const rows = await scopedQuery(ctx, action, subject)
      .select(`${subject.alias}.id`, 'id')
      .andWhere(`${subject.alias}.id IN (:...ids)`, { ids: [...new Set(ids)] })
      .getRawMany<{ id: string }>();
    const allowed = new Set(rows.map((r) => r.id));
    return ids.map((id) => allowed.has(id));
  }), options(waves));
}


/**
 * Rows of `subject` linked to parents through a join table (a case's cited risk filings):
 * scoped like every other read, one statement per batch.
 */
export function scopedLinkedLoader<E extends ObjectLiteral & { id: string }>(
  ctx: ScopeContext, waves: BatchWaves, subject: ScopedSubject<E>, link: { table: string; parentColumn: string; childColumn: string }, orderBy: string,
) {
  return new DataLoader<string, E[]>((parentIds) => waves.track(async () => {
    const { raw, entities } = await scopedQuery(ctx, 'read', subject)
      .innerJoin(link.table, 'link', `link.${link.childColumn} = ${subject.alias}.id`)
      .addSelect(`link.${link.parentColumn}`, 'link_parent_id')
      .andWhere(`link.${link.parentColumn} IN (:...parentIds)`, { parentIds: [...new Set(parentIds)] })
      .orderBy(orderBy)
      .getRawAndEntities();
    const byId = new Map(entities.map((e) => [e.id, e]));
    const links = (raw as Array<Record<string, string>>).map((row) => [row.link_parent_id!, byId.get(row[`${subject.alias}_id`]!)] as const);
    const groups = groupBy(links.filter((l): l is readonly [string, E] => l[1] !== undefined));
    return parentIds.map((id) => groups.get(id) ?? []);
  }), options(waves));
}
