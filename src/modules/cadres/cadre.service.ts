import type { AuthedContext } from '../../platform/request/request-context.js';
import { scopedQuery } from '../../platform/authz/scoped-query.js';
import { containsPattern, unitWithinSql } from '../../platform/db/sql-filters.js';
import { paginate, type PageArgs } from '../../platform/graphql/connection.js';
import { idOf } from '../../platform/graphql/global-id.js';
import { asNode } from '../../platform/graphql/node.js';
import type { Cadre } from './cadre.entity.js';
import { CADRE_SUBJECT } from './cadre.policy.js';
import type { CadreFilter } from './cadre.types.js';

export const cadreNode = (c: Cadre) => asNode('Cadre', c);

/** Cadres the actor may see, by name. */
export function listCadres(ctx: AuthedContext, filter: CadreFilter | null, page: PageArgs) {
  const qb = scopedQuery(ctx, 'read', CADRE_SUBJECT);
  if (filter?.withinUnitId) qb.andWhere(unitWithinSql('cd.unit_id', 'within'), { within: idOf('Unit', filter.withinUnitId) });
  if (filter?.managingCommitteeId) qb.andWhere('cd.managing_committee_id = :mc', { mc: idOf('Unit', filter.managingCommitteeId) });
  if (filter?.nameContains) qb.andWhere(`cd.name LIKE :name ESCAPE '\\'`, { name: containsPattern(filter.nameContains) });
  return paginate(qb, page, [{ expr: 'cd.name', property: 'name', kind: 'string' }, { expr: 'cd.id', property: 'id', kind: 'string' }], 'ASC', cadreNode);
}
