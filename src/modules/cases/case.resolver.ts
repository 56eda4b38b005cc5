import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { Can } from '../../platform/authz/permission.js';
import { readConfidential } from '../../platform/graphql/confidential.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/connection.js';
import { asNode, type NodeSource } from '../../platform/graphql/node.js';
import { AppealNode } from '../appeals/appeal.types.js';
import { DecisionNode } from '../decisions/decision.types.js';
import { RiskFilingNode } from '../risk-filings/risk-filing.types.js';
import { loadUnitNode } from '../units/unit.resolver.js';
import { UnitNode } from '../units/unit.types.js';
import type { Case } from './case.entity.js';
import { getCase, listCases } from './case.service.js';
import { CaseDeadlinesNode, CaseFilter, CaseNode, CaseSubjectNode, ReporterIdentityNode } from './case.types.js';

const CaseConnection = ConnectionType(CaseNode, 'Case', '案件');
type CaseSource = Case & NodeSource;

@Resolver(() => CaseNode)
export class CaseResolver {
  @Query(() => CaseConnection, { description: '案件列表（仅管辖范围内）. Cases within your jurisdiction, newest first.' })
  @Can('read', 'Case')
  cases(@Ctx() ctx: RequestContext, @Arg('filter', () => CaseFilter, { nullable: true, description: '查询条件. Filter.' }) filter: CaseFilter | null, @Args() page: PageArgs) {
    return listCases(requireAuthed(ctx), filter, page);
  }

  @Query(() => CaseNode, { description: '按ID获取案件（管辖范围外视为不存在）. One case; outside your jurisdiction it does not exist.' })
  @Can('read', 'Case')
  case(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: '全局ID. Global id.' }) id: string) {
    return getCase(requireAuthed(ctx), id);
  }

  @FieldResolver(() => CaseDeadlinesNode, { description: '办理时限. Deadlines.' })
  deadlines(@Root() c: CaseSource): CaseDeadlinesNode {
    return { recommendationDueOn: c.recommendationDueOn, recommendationDeadlineExtended: c.recommendationDeadlineExtended, recommendationExtensionApprovedBy: c.recommendationExtensionApprovedBy, archiveDueOn: c.archiveDueOn };
  }

  @FieldResolver(() => ReporterIdentityNode, { nullable: true, description: '举报人身份（保密）. Reporter identity: confidential, audited.' })
  reporter(@Root() c: CaseSource, @Ctx() ctx: RequestContext) {
    return readConfidential(ctx.loaders.mayReadCaseConfidential, ctx.loaders.auditConfidentialRead, 'Case', c.dbId, 'reporter', () =>
      c.reporterName || c.reporterContact ? { name: c.reporterName, contact: c.reporterContact } : null,
    );
  }

  @FieldResolver(() => [CaseSubjectNode], { description: '问责对象. The cadres and units the case concerns.' })
  subjects(@Root() c: CaseSource, @Ctx() ctx: RequestContext) {
    return ctx.loaders.subjectsByCase.load(c.dbId);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '问责实施机关（承办机关）. The handling body.' })
  handlingUnit(@Root() c: CaseSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, c.handlingUnitId);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '决定机关（有管理权限的党委）. The deciding committee.' })
  decidingUnit(@Root() c: CaseSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, c.decidingUnitId);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '提级办理前的承办机关. The original handling body, when taken over.' })
  takenOverFrom(@Root() c: CaseSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, c.takenOverFromUnitId);
  }

  @FieldResolver(() => [DecisionNode], { description: '决定. Decisions.' })
  async decisions(@Root() c: CaseSource, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.decisionsByCase.load(c.dbId)).map((d) => asNode('Decision', d));
  }

  @FieldResolver(() => [RiskFilingNode], { description: '作为容错依据引用的事前报备（仅显示有权查看的）. Risk filings the case cites as a basis for tolerance, those you may see.' })
  async riskFilings(@Root() c: CaseSource, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.riskFilingsByCase.load(c.dbId)).map((f) => asNode('RiskFiling', f));
  }

  @FieldResolver(() => [AppealNode], { description: '申诉. Appeals.' })
  async appeals(@Root() c: CaseSource, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.appealsByCase.load(c.dbId)).map((a) => asNode('Appeal', a));
  }
}
