import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { Can } from '../../platform/authz/permission.js';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { readConfidential } from '../../platform/graphql/confidential.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/connection.js';
import type { NodeSource } from '../../platform/graphql/node.js';
import { cadreNode } from '../cadres/cadre.resolver.js';
import { CadreNode } from '../cadres/cadre.types.js';
import { readCase } from '../cases/case.service.js';
import { CaseNode } from '../cases/case.types.js';
import { loadUnitNode } from '../units/unit.resolver.js';
import { UnitNode } from '../units/unit.types.js';
import type { Clarification } from './clarification.entity.js';
import { dueClarifications, getClarification, listClarifications } from './clarification.service.js';
import { ClarificationDueItemNode, ClarificationFilter, ClarificationNode, ClarificationReferralNode } from './clarification.types.js';
import { clarificationWorkflow } from './clarification.workflow.js';

const ClarificationConnection = ConnectionType(ClarificationNode, 'Clarification', '澄清正名');
type ClarificationSource = Clarification & NodeSource;

@Resolver(() => ClarificationNode)
export class ClarificationResolver {
  @Query(() => ClarificationConnection, { description: '澄清正名列表（按管辖范围；干部本人仅见本人的）. Clarifications you may see, newest first; a cadre sees their own.' })
  @Can('read', 'Clarification')
  clarifications(@Ctx() ctx: RequestContext, @Arg('filter', () => ClarificationFilter, { nullable: true, description: '查询条件. Filter.' }) filter: ClarificationFilter | null, @Args() page: PageArgs) {
    return listClarifications(requireAuthed(ctx), filter, page);
  }

  @Query(() => ClarificationNode, { description: '按ID获取澄清（范围外视为不存在）. One clarification; outside your scope it does not exist.' })
  @Can('read', 'Clarification')
  clarification(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: '全局ID. Global id.' }) id: string) {
    return getClarification(requireAuthed(ctx), id);
  }

  @Query(() => [ClarificationDueItemNode], { description: '本机关在若干工作日内到期的澄清步骤（含已逾期），按期限排序. Clarification steps of your body due within the given working days, overdue ones included, earliest first.' })
  @Can('clarify', 'Clarification')
  dueClarifications(
    @Ctx() ctx: RequestContext,
    @Arg('within', () => Int, { description: '向后看的工作日数（0–60）. Working days to look ahead, 0 to 60.' }) within: number,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: '以哪一天为准（默认北京时间今天）. The day to count from; today in China Standard Time by default.' }) asOf: string | null,
  ) {
    return dueClarifications(requireAuthed(ctx), within, asOf);
  }

  @FieldResolver(() => [String], { description: '当前状态下可进行的步骤（事件名）. Events the clarification accepts in its current state.' })
  availableEvents(@Root() c: ClarificationSource): string[] {
    return clarificationWorkflow.allowedEvents(c.state);
  }

  @FieldResolver(() => CadreNode, { nullable: true, description: '被澄清的干部. The cadre whose name is cleared.' })
  async cadre(@Root() c: ClarificationSource, @Ctx() ctx: RequestContext) {
    const cadre = await ctx.loaders.cadre.load(c.cadreId);
    return cadre ? cadreNode(cadre) : null;
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '澄清机关（谁核实谁澄清）. The body that verified and clarifies.' })
  clarifyingUnit(@Root() c: ClarificationSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, c.clarifyingUnitId);
  }

  @FieldResolver(() => CaseNode, { nullable: true, description: '来源案件（仅有权查看时）. The case of the report, when you may read it.' })
  case(@Root() c: ClarificationSource, @Ctx() ctx: RequestContext) {
    return c.caseId ? readCase(ctx, c.caseId) : null;
  }

  @FieldResolver(() => ClarificationReferralNode, { nullable: true, description: '诬告陷害的移送处理（保密，仅纪检监察机关，读取留痕）. The referral of a false accuser: confidential, for the discipline body only, audited.' })
  referral(@Root() c: ClarificationSource, @Ctx() ctx: RequestContext) {
    return readConfidential(ctx.loaders.mayReadClarificationConfidential, ctx.loaders.auditConfidentialRead, 'Clarification', c.dbId, 'referral', () =>
      c.referredOn && c.referralKind ? { kind: c.referralKind, recipient: c.referralRecipient ?? '', referredOn: c.referredOn, basis: c.referralBasis ?? '' } : null,
    );
  }
}
