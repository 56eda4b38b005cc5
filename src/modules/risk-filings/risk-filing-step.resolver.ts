import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Can } from '../../platform/authz/permission.js';
import { requireAuthed, type RequestContext } from '../../platform/request/request-context.js';
import { CaseStepPayload } from '../cases/case-step.types.js';
import { citeRiskFiling } from './risk-filing-citation.service.js';
import * as steps from './risk-filing-step.service.js';
import {
  AcceptRiskFilingInput, CiteRiskFilingInput, RefuseRiskFilingInput, ResubmitRiskFilingInput, ReturnRiskFilingInput, RevokeRiskFilingInput, RiskFilingPayload,
  SubmitRiskFilingInput,
} from './risk-filing-step.types.js';

/** Risk filings as mutations: one input in, the changed filing (or case) out; the rules live in the services. */
@Resolver()
export class RiskFilingStepResolver {
  @Mutation(() => RiskFilingPayload, { description: '单位党组织为本单位、干部为所在单位进行风险事前报备（受理机关及期限由本辖区规则确定）. Submit a risk filing for your unit; the regime names the receiving office and its working days.' })
  @Can('file', 'RiskFiling')
  submitRiskFiling(@Ctx() ctx: RequestContext, @Arg('input', () => SubmitRiskFilingInput, { description: '报备. The filing.' }) input: SubmitRiskFilingInput) {
    return steps.submitRiskFiling(requireAuthed(ctx), input);
  }

  @Mutation(() => RiskFilingPayload, { description: '受理机关予以备案. The receiving office accepts the filing.' })
  @Can('receive', 'RiskFiling')
  acceptRiskFiling(@Ctx() ctx: RequestContext, @Arg('input', () => AcceptRiskFilingInput, { description: '备案. Acceptance.' }) input: AcceptRiskFilingInput) {
    return steps.acceptRiskFiling(requireAuthed(ctx), input);
  }

  @Mutation(() => RiskFilingPayload, { description: '受理机关退回补充（写明需补充的材料）. The receiving office returns the filing, saying what is missing.' })
  @Can('receive', 'RiskFiling')
  returnRiskFiling(@Ctx() ctx: RequestContext, @Arg('input', () => ReturnRiskFilingInput, { description: '退回. Return.' }) input: ReturnRiskFilingInput) {
    return steps.returnRiskFiling(requireAuthed(ctx), input);
  }

  @Mutation(() => RiskFilingPayload, { description: '受理机关不予备案（写明理由）. The receiving office refuses the filing, with reasons.' })
  @Can('receive', 'RiskFiling')
  refuseRiskFiling(@Ctx() ctx: RequestContext, @Arg('input', () => RefuseRiskFilingInput, { description: '不予备案. Refusal.' }) input: RefuseRiskFilingInput) {
    return steps.refuseRiskFiling(requireAuthed(ctx), input);
  }

  @Mutation(() => RiskFilingPayload, { description: '退回后补充重新报备（期限重新起算）. Resubmit after a return; the office’s working days count again.' })
  @Can('file', 'RiskFiling')
  resubmitRiskFiling(@Ctx() ctx: RequestContext, @Arg('input', () => ResubmitRiskFilingInput, { description: '重新报备. Resubmission.' }) input: ResubmitRiskFilingInput) {
    return steps.resubmitRiskFiling(requireAuthed(ctx), input);
  }

  @Mutation(() => RiskFilingPayload, { description: '纪检监察机关撤销以备案为挡箭牌的报备. The discipline body revokes a filing used as a shield.' })
  @Can('revoke', 'RiskFiling')
  revokeRiskFiling(@Ctx() ctx: RequestContext, @Arg('input', () => RevokeRiskFilingInput, { description: '撤销备案. Revocation.' }) input: RevokeRiskFilingInput) {
    return steps.revokeRiskFiling(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '承办机关在案件中引用事前报备作为容错依据（研判显示其在行为发生时及现在的状态）. The handling body cites a filing as a basis for tolerance; the assessment shows its state at the conduct and now.' })
  @Can('handle', 'Case')
  citeRiskFiling(@Ctx() ctx: RequestContext, @Arg('input', () => CiteRiskFilingInput, { description: '引用. Citation.' }) input: CiteRiskFilingInput) {
    return citeRiskFiling(requireAuthed(ctx), input);
  }
}
