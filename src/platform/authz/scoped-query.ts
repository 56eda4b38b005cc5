import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Action, AppAbility, SubjectName } from './ability.js';
import { abilityToSql, type FieldMap, type SqlFragment } from './scope-sql.js';

/**
 * A subject that reads go through. Either it has its own rules (`fields` maps their condition
 * fields to SQL), or it is part of a parent aggregate (`via`): a decision is visible exactly when
 * its case is.
 */
export interface ScopedSubject<E extends ObjectLiteral = ObjectLiteral> {
  name: SubjectName;
  entity: EntityTarget<E>;
  table: string;
  alias: string;
  fields?: FieldMap;
  via?: { parent: ScopedSubject; column: string };
}

export interface ScopeContext {
  ability: AppAbility;
  manager: EntityManager;
}

/** The condition (on `alias`) under which the actor may do `action` to rows of `subject`. */
export function scopeCondition(ability: AppAbility, action: Action, subject: ScopedSubject, alias = subject.alias): SqlFragment {
  if (subject.via) {
    // The child's own type-level rule must exist too: no rule for 'Decision' means no decisions.
    if (!ability.can(action, subject.name)) return { sql: 'FALSE', params: {} };
    const parent = subject.via.parent;
    const inner = scopeCondition(ability, action, parent, `${parent.alias}_${alias}`);
    const column = subject.via.column.replaceAll('{a}', alias);
    return { sql: `${column} IN (SELECT ${parent.alias}_${alias}.id FROM ${parent.table} ${parent.alias}_${alias} WHERE ${inner.sql})`, params: inner.params };
  }
  return abilityToSql(ability, action, subject.name, subject.fields ?? {}, alias);
}

/**
 * THE read path: a query builder over `subject` already restricted to what the actor may see.
 * Lists, single lookups, counts, cursors and loader batches all start here. `where()` is
 * disabled on the result because it would replace the scope; add filters with `andWhere()`.
 */
export function scopedQuery<E extends ObjectLiteral>(ctx: ScopeContext, action: Action, subject: ScopedSubject<E>): SelectQueryBuilder<E> {
  const { sql, params } = scopeCondition(ctx.ability, action, subject);
  const qb = ctx.manager.getRepository(subject.entity).createQueryBuilder(subject.alias).where(sql, params);
  qb.where = () => {
    throw new Error('scopedQuery: use andWhere(); where() would drop the authorization scope');
  };
  return qb;
}

/**
 * The read path of a write step: the rows visible for the step — readable, or in the step's own
 * scope — each with `step_allowed`, the step's CASL condition evaluated on that row. A row outside
 * both is invisible (NOT_FOUND, like a read); a visible row without the permission is FORBIDDEN.
 */
export function scopedStepQuery<E extends ObjectLiteral>(ctx: ScopeContext, action: Action, subject: ScopedSubject<E>): SelectQueryBuilder<E> {
  const read = scopeCondition(ctx.ability, 'read', subject);
  const step = scopeCondition(ctx.ability, action, subject);
  const qb = ctx.manager.getRepository(subject.entity).createQueryBuilder(subject.alias)
    .addSelect(`(${step.sql})`, 'step_allowed')
    .where(`((${read.sql}) OR (${step.sql}))`, { ...read.params, ...step.params });
  qb.where = () => {
    throw new Error('scopedStepQuery: use andWhere(); where() would drop the authorization scope');
  };
  return qb;
}
