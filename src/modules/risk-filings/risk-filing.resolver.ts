import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { Can } from '../../platform/authz/permission.js';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/connection.js';
import type { NodeSource } from '../../platform/graphql/node.js';
import { asNode } from '../../platform/graphql/node.js';
import { CadreNode } from '../cadres/cadre.types.js';
import { loadUnitNode } from '../units/unit.service.js';
import { UnitNode } from '../units/unit.types.js';
import type { RiskFiling } from './risk-filing.entity.js';
import { RiskFilingEventKind } from './risk-filing.enums.js';
import { listRiskFilings, riskFilingsDue } from './risk-filing.service.js';
import { RiskFilingDueItemNode, RiskFilingFilter, RiskFilingHistoryNode, RiskFilingNode } from './risk-filing.types.js';
import { riskFilingWorkflow } from './risk-filing.workflow.js';

const RiskFilingConnection = ConnectionType(RiskFilingNode, 'RiskFiling', '风险报备');
type FilingSource = RiskFiling & NodeSource;

@Resolver(() => RiskFilingNode)
export class RiskFilingResolver {
  @Query(() => RiskFilingConnection, { description: '风险事前报备列表（按状态、单位、答复期限筛选）. Risk filings you may see, newest first; by state, unit and due date.' })
  @Can('read', 'RiskFiling')
  riskFilings(@Ctx() ctx: RequestContext, @Arg('filter', () => RiskFilingFilter, { nullable: true, description: '查询条件. Filter.' }) filter: RiskFilingFilter | null, @Args() page: PageArgs) {
    return listRiskFilings(requireAuthed(ctx), filter, page);
  }

  @Query(() => [RiskFilingDueItemNode], { description: '本受理机关待答复的报备（含已逾期），按期限排序. Filings your office must answer within the given working days, overdue ones included; earliest first.' })
  @Can('receive', 'RiskFiling')
  riskFilingsDue(
    @Ctx() ctx: RequestContext,
    @Arg('within', () => Int, { description: '向后看的工作日数（0–60）. Working days to look ahead, 0 to 60.' }) within: number,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: '以哪一天为准（默认北京时间今天）. The day to count from; today in China Standard Time by default.' }) asOf: string | null,
  ) {
    return riskFilingsDue(requireAuthed(ctx), within, asOf);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '报备单位. The filing unit.' })
  filingUnit(@Root() f: FilingSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, f.filingUnitId);
  }

  @FieldResolver(() => CadreNode, { nullable: true, description: '报备干部（干部本人报备时，如有权查看）. The cadre who filed for their unit, if you may see them.' })
  async filerCadre(@Root() f: FilingSource, @Ctx() ctx: RequestContext) {
    const cadre = f.filerCadreId ? await ctx.loaders.cadre.load(f.filerCadreId) : null;
    return cadre ? asNode('Cadre', cadre) : null;
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '受理机关. The receiving office.' })
  receivingUnit(@Root() f: FilingSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, f.receivingUnitId);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '会同监督的纪检监察机关. The discipline body that supervises jointly.' })
  supervisingUnit(@Root() f: FilingSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, f.supervisingUnitId);
  }

  @FieldResolver(() => [RiskFilingHistoryNode], { description: '状态变化记录（按时间）. Every state change, in order.' })
  history(@Root() f: FilingSource, @Ctx() ctx: RequestContext) {
    return ctx.loaders.riskFilingHistory.load(f.dbId);
  }

  @FieldResolver(() => [RiskFilingEventKind], { description: '当前状态下可进行的步骤. Steps the filing accepts in its current state.' })
  availableEvents(@Root() f: FilingSource): RiskFilingEventKind[] {
    return riskFilingWorkflow.allowedEvents(f.state);
  }
}
