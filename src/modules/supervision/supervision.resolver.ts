import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../platform/authz/permission.js';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/connection.js';
import type { NodeSource } from '../../platform/graphql/node.js';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { cadreNode } from '../cadres/cadre.resolver.js';
import { CadreNode } from '../cadres/cadre.types.js';
import { loadUnitNode } from '../units/unit.resolver.js';
import { UnitNode } from '../units/unit.types.js';
import type { SupervisionProposal, SupervisionRecord } from './supervision.entity.js';
import { listSupervisionProposals, listSupervisionRecords, supervisionDue, supervisionProposalNode, supervisionRecordNode } from './supervision.service.js';
import {
  RectificationPlanNode, SupervisionDueItemNode, SupervisionProposalFilter, SupervisionProposalNode, SupervisionRecordFilter, SupervisionRecordNode,
} from './supervision.types.js';

const SupervisionRecordConnection = ConnectionType(SupervisionRecordNode, 'SupervisionRecord', '督查问效记录');
const SupervisionProposalConnection = ConnectionType(SupervisionProposalNode, 'SupervisionProposal', '约谈结果运用提议');
type RecordSource = SupervisionRecord & NodeSource;
type ProposalSource = SupervisionProposal & NodeSource;

async function loadCadreNode(ctx: RequestContext, id: string | null) {
  const cadre = id ? await ctx.loaders.cadre.load(id) : null;
  return cadre ? cadreNode(cadre) : null;
}

@Resolver(() => SupervisionRecordNode)
export class SupervisionRecordResolver {
  @Query(() => SupervisionRecordConnection, { description: '督查问效记录（工作提醒、工作约谈），按干部、单位、方式、年度查询. Work reminders and interviews you may see, by cadre, unit, kind and year; newest first.' })
  @Can('read', 'SupervisionRecord')
  supervisionRecords(@Ctx() ctx: RequestContext, @Arg('filter', () => SupervisionRecordFilter, { nullable: true, description: '查询条件. Filter.' }) filter: SupervisionRecordFilter | null, @Args() page: PageArgs) {
    return listSupervisionRecords(requireAuthed(ctx), filter, page);
  }

  @Query(() => [SupervisionDueItemNode], { description: '督查问效待办：若干工作日内到期的整改方案（含逾期）、待复核的方案、待本党委决定的提议. Your supervision duties: plans due within the given working days (overdue included), plans to review, proposals before your committee.' })
  @Can('read', 'SupervisionRecord')
  supervisionDue(
    @Ctx() ctx: RequestContext,
    @Arg('within', () => Int, { description: '向后看的工作日数（0–60）. Working days to look ahead, 0 to 60.' }) within: number,
    @Arg('asOf', () => CalendarDateScalar, { nullable: true, description: '以哪一天为准（默认北京时间今天）. The day to count from; today in China Standard Time by default.' }) asOf: string | null,
  ) {
    return supervisionDue(requireAuthed(ctx), within, asOf);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '记录机关. The body that recorded it.' })
  recordingUnit(@Root() r: RecordSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, r.recordingUnitId);
  }

  @FieldResolver(() => CadreNode, { nullable: true, description: '被提醒或约谈的干部（对单位时为空）. The cadre; null for a record against a unit.' })
  cadre(@Root() r: RecordSource, @Ctx() ctx: RequestContext) {
    return loadCadreNode(ctx, r.cadreId);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '所涉单位（对干部时为其当时所在单位）. The unit concerned: the unit targeted, or the cadre’s unit at the time.' })
  targetUnit(@Root() r: RecordSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, r.targetUnitId);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '干部管理权限所属党委. The managing committee.' })
  managingCommittee(@Root() r: RecordSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, r.managingCommitteeId);
  }

  @FieldResolver(() => RectificationPlanNode, { nullable: true, description: '整改方案（仅约谈）. The rectification plan; interviews only.' })
  rectificationPlan(@Root() r: RecordSource): RectificationPlanNode | null {
    if (!r.planState || !r.planDueOn) return null;
    return { state: r.planState, dueOn: r.planDueOn, content: r.planContent, submittedOn: r.planSubmittedOn, late: r.planLate, reviewedOn: r.planReviewedOn, reviewNote: r.planReviewNote };
  }

  @FieldResolver(() => SupervisionProposalNode, { nullable: true, description: '本次约谈提出的诫勉或组织处理提议. The proposal this interview opened, if any.' })
  async proposal(@Root() r: RecordSource, @Ctx() ctx: RequestContext) {
    const [first] = await ctx.loaders.supervisionProposalsByRecord.load(r.dbId);
    return first ? supervisionProposalNode(first) : null;
  }
}

@Resolver(() => SupervisionProposalNode)
export class SupervisionProposalResolver {
  @Query(() => SupervisionProposalConnection, { description: '约谈结果运用提议（诫勉、组织处理），按状态、干部、类别、年度查询. Admonishment and organisational-handling proposals you may see, by state, cadre, kind and year; newest first.' })
  @Can('read', 'SupervisionProposal')
  supervisionProposals(@Ctx() ctx: RequestContext, @Arg('filter', () => SupervisionProposalFilter, { nullable: true, description: '查询条件. Filter.' }) filter: SupervisionProposalFilter | null, @Args() page: PageArgs) {
    return listSupervisionProposals(requireAuthed(ctx), filter, page);
  }

  @FieldResolver(() => CadreNode, { nullable: true, description: '干部. The cadre.' })
  cadre(@Root() p: ProposalSource, @Ctx() ctx: RequestContext) {
    return loadCadreNode(ctx, p.cadreId);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '决定机关（干部管理权限所属党委）. The deciding body: the cadre’s managing committee.' })
  decidingUnit(@Root() p: ProposalSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, p.decidingUnitId);
  }

  @FieldResolver(() => SupervisionRecordNode, { nullable: true, description: '触发提议的约谈. The interview that proposed it.' })
  async triggeredBy(@Root() p: ProposalSource, @Ctx() ctx: RequestContext) {
    const r = await ctx.loaders.supervisionRecord.load(p.triggeredByRecordId);
    return r ? supervisionRecordNode(r) : null;
  }
}
