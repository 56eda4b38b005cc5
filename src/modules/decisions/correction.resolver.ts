import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { Can } from '../../platform/authz/permission.js';
import { asNode, type NodeSource } from '../../platform/graphql/node.js';
import type { Decision } from './decision.entity.js';
import { DecisionNode } from './decision.types.js';
import { reportCorrection, verifyCorrection } from './correction.service.js';
import { CorrectionNode, CorrectionPayload, ReportCorrectionInput, VerifyCorrectionInput } from './correction.types.js';

@Resolver(() => DecisionNode)
export class CorrectionResolver {
  @FieldResolver(() => [CorrectionNode], { description: '纠错要求. Correction requirements that come with this decision.' })
  async corrections(@Root() d: Decision & NodeSource, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.correctionsByDecision.load(d.dbId)).map((c) => asNode('Correction', c));
  }

  @Mutation(() => CorrectionPayload, { description: '报告整改完成（干部本人或所在单位党组织）. Report a correction done: the cadre or their unit’s party organisation.' })
  @Can('reportCorrection', 'Case')
  reportCorrection(@Ctx() ctx: RequestContext, @Arg('input', () => ReportCorrectionInput, { description: '整改报告. The report.' }) input: ReportCorrectionInput) {
    return reportCorrection(requireAuthed(ctx), input);
  }

  @Mutation(() => CorrectionPayload, { description: '审核纠错：通过即销号，未通过则案件退回党委重新决定. Verify a correction: closed, or failed and the case goes back to the committee.' })
  @Can('decide', 'Case')
  verifyCorrection(@Ctx() ctx: RequestContext, @Arg('input', () => VerifyCorrectionInput, { description: '审核结论. The verification.' }) input: VerifyCorrectionInput) {
    return verifyCorrection(requireAuthed(ctx), input);
  }
}
