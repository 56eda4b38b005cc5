import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Can } from '../../platform/authz/permission.js';
import { requireAuthed, type RequestContext } from '../../platform/request/request-context.js';
import * as steps from './clarification-steps.service.js';
import {
  AcceptClarificationInput, ApplyForClarificationInput, CarryOutClarificationInput, ClarificationPayload, CloseClarificationInput, OpenClarificationInput,
  PlanClarificationInput, ReferFalseAccusationInput, RefuseClarificationInput,
} from './clarification-step.types.js';

/** Clarification as mutations: one argument in, the changed clarification out; the rules live in the service. */
@Resolver()
export class ClarificationStepResolver {
  @Mutation(() => ClarificationPayload, { description: '依职权启动澄清（核实机关，征求本人意见后；须核实为失实或查无实据）. Open ex officio, after consulting the cadre; the report must be found untrue or unfounded.' })
  @Can('clarify', 'Clarification')
  openClarification(@Ctx() ctx: RequestContext, @Arg('input', () => OpenClarificationInput, { description: '启动. Opening.' }) input: OpenClarificationInput) {
    return steps.openClarification(requireAuthed(ctx), input);
  }

  @Mutation(() => ClarificationPayload, { description: '本人书面申请澄清（基本事实、失实问题、澄清诉求）. Apply in writing: the basic facts, the untrue allegations, what you seek.' })
  @Can('applyClarification', 'Clarification')
  applyForClarification(@Ctx() ctx: RequestContext, @Arg('input', () => ApplyForClarificationInput, { description: '申请. Application.' }) input: ApplyForClarificationInput) {
    return steps.applyForClarification(requireAuthed(ctx), input);
  }

  @Mutation(() => ClarificationPayload, { description: '受理澄清申请（须核实为失实或查无实据）. Accept an application; the report must be found untrue or unfounded.' })
  @Can('clarify', 'Clarification')
  acceptClarification(@Ctx() ctx: RequestContext, @Arg('input', () => AcceptClarificationInput, { description: '受理. Acceptance.' }) input: AcceptClarificationInput) {
    return steps.acceptClarification(requireAuthed(ctx), input);
  }

  @Mutation(() => ClarificationPayload, { description: '不予受理澄清申请（说明理由）. Refuse an application, with the reason.' })
  @Can('clarify', 'Clarification')
  refuseClarification(@Ctx() ctx: RequestContext, @Arg('input', () => RefuseClarificationInput, { description: '不予受理. Refusal.' }) input: RefuseClarificationInput) {
    return steps.refuseClarification(requireAuthed(ctx), input);
  }

  @Mutation(() => ClarificationPayload, { description: '确定澄清方式与范围（公开澄清须本人书面同意）. Plan the methods and audience; a public statement needs the cadre’s written consent.' })
  @Can('clarify', 'Clarification')
  planClarification(@Ctx() ctx: RequestContext, @Arg('input', () => PlanClarificationInput, { description: '方式与范围. Plan.' }) input: PlanClarificationInput) {
    return steps.planClarification(requireAuthed(ctx), input);
  }

  @Mutation(() => ClarificationPayload, { description: '实施澄清. Carry the clarification out.' })
  @Can('clarify', 'Clarification')
  carryOutClarification(@Ctx() ctx: RequestContext, @Arg('input', () => CarryOutClarificationInput, { description: '澄清. Clarification.' }) input: CarryOutClarificationInput) {
    return steps.carryOutClarification(requireAuthed(ctx), input);
  }

  @Mutation(() => ClarificationPayload, { description: '办结（反馈本人，材料归档）. Close: feed back to the cadre, archive the files.' })
  @Can('clarify', 'Clarification')
  closeClarification(@Ctx() ctx: RequestContext, @Arg('input', () => CloseClarificationInput, { description: '办结. Closing.' }) input: CloseClarificationInput) {
    return steps.closeClarification(requireAuthed(ctx), input);
  }

  @Mutation(() => ClarificationPayload, { description: '诬告陷害的移送处理（纪检监察机关，保密）. Refer a malicious false accuser: the discipline body; confidential.' })
  @Can('referFalseAccusation', 'Clarification')
  referFalseAccusation(@Ctx() ctx: RequestContext, @Arg('input', () => ReferFalseAccusationInput, { description: '移送. Referral.' }) input: ReferFalseAccusationInput) {
    return steps.referFalseAccusation(requireAuthed(ctx), input);
  }
}
