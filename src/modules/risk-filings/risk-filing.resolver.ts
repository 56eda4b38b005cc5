import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context.js';
import { requireAuthed } from '../../app/context.js';
import { Can } from '../../platform/authz/permission.js';
import { scopedQuery } from '../../platform/authz/scoped-query.js';
import { ConnectionType, PageArgs, paginate } from '../../platform/graphql/connection.js';
import { idOf } from '../../platform/graphql/global-id.js';
import { asNode, type NodeSource } from '../../platform/graphql/node.js';
import { loadUnitNode } from '../units/unit.resolver.js';
import { UnitNode } from '../units/unit.types.js';
import type { RiskFiling } from './risk-filing.entity.js';
import { RISK_FILING_SUBJECT } from './risk-filing.policy.js';
import { RiskFilingFilter, RiskFilingNode } from './risk-filing.types.js';
import { unitWithinSql } from '../../platform/db/sql-filters.js';

const RiskFilingConnection = ConnectionType(RiskFilingNode, 'RiskFiling', '风险报备');

@Resolver(() => RiskFilingNode)
export class RiskFilingResolver {
  @Query(() => RiskFilingConnection, { description: '风险事前报备列表. Risk filings you may see, newest first.' })
  @Can('read', 'RiskFiling')
  riskFilings(@Ctx() ctx: RequestContext, @Arg('filter', () => RiskFilingFilter, { nullable: true, description: '查询条件. Filter.' }) filter: RiskFilingFilter | null, @Args() page: PageArgs) {
    const qb = scopedQuery(requireAuthed(ctx), 'read', RISK_FILING_SUBJECT);
    if (filter?.states?.length) qb.andWhere('rf.state IN (:...states)', { states: filter.states });
    if (filter?.filingUnitId) qb.andWhere(unitWithinSql('rf.filing_unit_id', 'fu'), { fu: idOf('Unit', filter.filingUnitId) });
    return paginate(qb, page, [{ expr: 'rf.created_at', property: 'createdAt', kind: 'timestamp' }, { expr: 'rf.id', property: 'id', kind: 'string' }], 'DESC', (x: RiskFiling) => asNode('RiskFiling', x));
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '报备单位. The filing unit.' })
  filingUnit(@Root() f: RiskFiling & NodeSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, f.filingUnitId);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '受理机关. The receiving office.' })
  receivingUnit(@Root() f: RiskFiling & NodeSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, f.receivingUnitId);
  }
}
