import type { AuthedContext, RequestContext } from '../../platform/request/request-context.js';
import { scopedQuery } from '../../platform/authz/scoped-query.js';
import { containsPattern, unitWithinSql } from '../../platform/db/sql-filters.js';
import { paginate, type PageArgs } from '../../platform/graphql/connection.js';
import { idOf } from '../../platform/graphql/global-id.js';
import { asNode } from '../../platform/graphql/node.js';
import type { Unit } from './unit.entity.js';
import { UNIT_SUBJECT } from './unit.policy.js';
import type { UnitFilter } from './unit.types.js';

export const unitNode = (u: Unit) => asNode('Unit', u);

/** A unit by id through the scoped loader, as a GraphQL source; null when missing or out of scope. */
export async function loadUnitNode(ctx: RequestContext, id: string | null) {
  const unit = id ? await ctx.loaders.unit.load(id) : null;
  return unit ? unitNode(unit) : null;
}

export function listUnits(ctx: AuthedContext, filter: UnitFilter | null, page: PageArgs) {
  const qb = scopedQuery(ctx, 'read', UNIT_SUBJECT);
  if (filter?.parentId) qb.andWhere('u.parent_id = :parentId', { parentId: idOf('Unit', filter.parentId) });
  if (filter?.withinId) qb.andWhere(unitWithinSql('u.id', 'withinId'), { withinId: idOf('Unit', filter.withinId) });
  if (filter?.kinds?.length) qb.andWhere('u.kind IN (:...kinds)', { kinds: filter.kinds });
  if (filter?.level) qb.andWhere('u.level = :level', { level: filter.level });
  if (filter?.nameContains) qb.andWhere(`u.name LIKE :name ESCAPE '\\'`, { name: containsPattern(filter.nameContains) });
  return paginate(qb, page, [{ expr: 'u.code', property: 'code', kind: 'string' }, { expr: 'u.id', property: 'id', kind: 'string' }], 'ASC', unitNode);
}

export async function rootUnits(ctx: AuthedContext) {
  const roots = await scopedQuery(ctx, 'read', UNIT_SUBJECT).andWhere('u.parent_id IS NULL').orderBy('u.code').getMany();
  return roots.map(unitNode);
}

/** The rules in force at a unit: those of the nearest unit at or above it that sets any. */
export async function effectiveRuleRegime(ctx: RequestContext, unit: Unit) {
  const ancestorIds = unit.path.split('/').filter(Boolean).reverse();
  const ancestors = await ctx.loaders.unit.loadMany(ancestorIds);
  const setter = ancestors.find((a): a is Unit => !!a && !(a instanceof Error) && a.ruleRegimeId !== null);
  return setter ? ctx.loaders.ruleRegime.load(setter.ruleRegimeId!) : null;
}
