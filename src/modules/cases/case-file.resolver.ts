import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { NodeSource } from '../../platform/graphql/node.js';
import { asNode } from '../../platform/graphql/node.js';
import type { RequestContext } from '../../platform/request/request-context.js';
import { basisFacts } from '../risk-filings/risk-filing.workflow.js';
import { loadUnitNode } from '../units/unit.service.js';
import { UnitNode } from '../units/unit.types.js';
import type { Assessment } from './assessment.entity.js';
import type { CaseCopy } from './case-copy.entity.js';
import type { Case } from './case.entity.js';
import { AssessmentBasisNode, AssessmentNode, CaseCopyNode, EvidenceNode, ParticipantNode, StatementNode, ToleranceApplicationNode } from './case-file.types.js';
import { caseWorkflow } from './case.workflow.js';
import { CaseNode } from './case.types.js';

type CaseSource = Case & NodeSource;
type AssessmentSource = Assessment & { caseDbId: string; caseClueReceivedOn: string };

/** The case file and the procedure's progress, read through scoped loaders (one statement per field per page). */
@Resolver(() => CaseNode)
export class CaseFileResolver {
  @FieldResolver(() => [String], { description: '当前状态下可进行的步骤（事件名）. Events the procedure accepts in the current state.' })
  availableEvents(@Root() c: CaseSource): string[] {
    return caseWorkflow.allowedEvents(c.state);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '报上级：有管理权限的上级党委. Reported up to: the committee with authority above the registering body.' })
  reportedUpTo(@Root() c: CaseSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, c.reportedUpToUnitId);
  }

  @FieldResolver(() => [EvidenceNode], { nullable: true, description: '证据（案卷，限调查、决定、复查机关）. Evidence: the case file, for investigators, deciders and the appeal body.' })
  evidence(@Root() c: CaseSource, @Ctx() ctx: RequestContext) {
    return ctx.loaders.evidenceByCase.load(c.dbId);
  }

  @FieldResolver(() => [ParticipantNode], { description: '参与调查的代表委员、专家、第三方. Invited participants.' })
  participants(@Root() c: CaseSource, @Ctx() ctx: RequestContext) {
    return ctx.loaders.participantsByCase.load(c.dbId);
  }

  @FieldResolver(() => [StatementNode], { description: '陈述申辩. Statements, defences and waivers.' })
  statements(@Root() c: CaseSource, @Ctx() ctx: RequestContext) {
    return ctx.loaders.statementsByCase.load(c.dbId);
  }

  @FieldResolver(() => [ToleranceApplicationNode], { description: '书面容错申请. Written tolerance applications.' })
  async toleranceApplications(@Root() c: CaseSource, @Ctx() ctx: RequestContext): Promise<ToleranceApplicationNode[]> {
    return (await ctx.loaders.toleranceApplicationsByCase.load(c.dbId)).map((a) => ({ content: a.content, submittedOn: a.submittedOn, byUnit: a.applicantCadreId === null }));
  }

  @FieldResolver(() => AssessmentNode, { nullable: true, description: '综合研判（启动时依职权开启）. The tolerance assessment, opened ex officio at initiation.' })
  async assessment(@Root() c: CaseSource, @Ctx() ctx: RequestContext): Promise<AssessmentSource | null> {
    const [a] = await ctx.loaders.assessmentByCase.load(c.dbId);
    return a ? { ...a, caseDbId: c.dbId, caseClueReceivedOn: c.clueReceivedOn } : null;
  }

  @FieldResolver(() => [CaseCopyNode], { description: '抄送. Copies sent.' })
  copies(@Root() c: CaseSource, @Ctx() ctx: RequestContext): Promise<CaseCopy[]> {
    return ctx.loaders.copiesByCase.load(c.dbId);
  }
}

@Resolver(() => AssessmentNode)
export class AssessmentResolver {
  @FieldResolver(() => [AssessmentBasisNode], { description: '作为依据的事前报备：行为发生时及现在是否有效、被退回或被撤销. The risk filings the case cites: valid, returned or revoked at the time of the conduct, and now.' })
  async basis(@Root() a: AssessmentSource, @Ctx() ctx: RequestContext): Promise<AssessmentBasisNode[]> {
    const cited = await ctx.loaders.citedFilingsByCase.load(a.caseDbId);
    return Promise.all(cited.map(async (c) => {
      const filing = await ctx.loaders.riskFiling.load(c.riskFilingId);
      return { ...basisFacts(c.changes, c.conductOn, a.caseClueReceivedOn), filing: filing ? (asNode('RiskFiling', filing) as never) : null, citedAt: c.citedAt };
    }));
  }
}

@Resolver(() => CaseCopyNode)
export class CaseCopyResolver {
  @FieldResolver(() => UnitNode, { nullable: true, description: '接收单位. The recipient unit.' })
  recipient(@Root() c: CaseCopy, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, c.recipientUnitId);
  }
}
