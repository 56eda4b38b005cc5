import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { Can } from '../../platform/authz/permission.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/connection.js';
import type { NodeSource } from '../../platform/graphql/node.js';
import { listRiskFilings } from './risk-filing.service.js';
import { loadUnitNode } from '../units/unit.resolver.js';
import { UnitNode } from '../units/unit.types.js';
import type { RiskFiling } from './risk-filing.entity.js';
import { RiskFilingFilter, RiskFilingNode } from './risk-filing.types.js';

const RiskFilingConnection = ConnectionType(RiskFilingNode, 'RiskFiling', '风险报备');

@Resolver(() => RiskFilingNode)
export class RiskFilingResolver {
  @Query(() => RiskFilingConnection, { description: '风险事前报备列表. Risk filings you may see, newest first.' })
  @Can('read', 'RiskFiling')
  riskFilings(@Ctx() ctx: RequestContext, @Arg('filter', () => RiskFilingFilter, { nullable: true, description: '查询条件. Filter.' }) filter: RiskFilingFilter | null, @Args() page: PageArgs) {
    return listRiskFilings(requireAuthed(ctx), filter, page);
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
