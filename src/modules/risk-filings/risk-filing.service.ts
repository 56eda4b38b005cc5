import type { AuthedContext } from '../../platform/request/request-context.js';
import { scopedQuery } from '../../platform/authz/scoped-query.js';
import { unitWithinSql } from '../../platform/db/sql-filters.js';
import { paginate, type PageArgs } from '../../platform/graphql/connection.js';
import { idOf } from '../../platform/graphql/global-id.js';
import { asNode } from '../../platform/graphql/node.js';
import type { RiskFiling } from './risk-filing.entity.js';
import { RISK_FILING_SUBJECT } from './risk-filing.policy.js';
import type { RiskFilingFilter } from './risk-filing.types.js';

/** Risk filings the actor may see, newest first. */
export function listRiskFilings(ctx: AuthedContext, filter: RiskFilingFilter | null, page: PageArgs) {
  const qb = scopedQuery(ctx, 'read', RISK_FILING_SUBJECT);
  if (filter?.states?.length) qb.andWhere('rf.state IN (:...states)', { states: filter.states });
  if (filter?.filingUnitId) qb.andWhere(unitWithinSql('rf.filing_unit_id', 'fu'), { fu: idOf('Unit', filter.filingUnitId) });
  return paginate(qb, page, [{ expr: 'rf.created_at', property: 'createdAt', kind: 'timestamp' }, { expr: 'rf.id', property: 'id', kind: 'string' }], 'DESC', (x: RiskFiling) => asNode('RiskFiling', x));
}
