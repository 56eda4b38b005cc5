import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Can } from '../../platform/authz/permission.js';
import { requireAuthed, type RequestContext } from '../../platform/request/request-context.js';
import * as steps from './supervision-step.service.js';
import {
  DecideSupervisionProposalInput, RecordWorkInterviewInput, RecordWorkReminderInput, ReviewRectificationPlanInput, SubmitRectificationPlanInput,
  SupervisionProposalPayload, SupervisionRecordPayload,
} from './supervision-step.types.js';

/** 督查问效 as mutations: one input in, the changed record or proposal out; the rules live in the service. */
@Resolver()
export class SupervisionStepResolver {
  @Mutation(() => SupervisionRecordPayload, { description: '记录工作提醒（经报批后下达提醒函）. Record a work reminder (a reminder letter, after approval).' })
  @Can('supervise', 'SupervisionRecord')
  recordWorkReminder(@Ctx() ctx: RequestContext, @Arg('input', () => RecordWorkReminderInput, { description: '工作提醒. The reminder.' }) input: RecordWorkReminderInput) {
    return steps.recordWorkReminder(requireAuthed(ctx), input);
  }

  @Mutation(() => SupervisionRecordPayload, { description: '记录工作约谈（整改方案5个工作日内提交；一年内第二次约谈提议诫勉，第三次起提议组织处理）. Record a work interview: the plan is due in 5 working days; the second interview in a calendar year proposes 诫勉, the third and later 组织处理.' })
  @Can('supervise', 'SupervisionRecord')
  recordWorkInterview(@Ctx() ctx: RequestContext, @Arg('input', () => RecordWorkInterviewInput, { description: '工作约谈. The interview.' }) input: RecordWorkInterviewInput) {
    return steps.recordWorkInterview(requireAuthed(ctx), input);
  }

  @Mutation(() => SupervisionRecordPayload, { description: '提交整改方案（约谈对象本人或所在单位党组织；逾期照收并记录）. Submit the rectification plan: the interviewee or their unit’s party organisation; a late plan is recorded as late.' })
  @Can('submitPlan', 'SupervisionRecord')
  submitRectificationPlan(@Ctx() ctx: RequestContext, @Arg('input', () => SubmitRectificationPlanInput, { description: '整改方案. The plan.' }) input: SubmitRectificationPlanInput) {
    return steps.submitRectificationPlan(requireAuthed(ctx), input);
  }

  @Mutation(() => SupervisionRecordPayload, { description: '复核整改方案（记录机关）：通过或退回重报. Review the plan (the recording body): verified, or returned for a new one.' })
  @Can('reviewPlan', 'SupervisionRecord')
  reviewRectificationPlan(@Ctx() ctx: RequestContext, @Arg('input', () => ReviewRectificationPlanInput, { description: '复核. The review.' }) input: ReviewRectificationPlanInput) {
    return steps.reviewRectificationPlan(requireAuthed(ctx), input);
  }

  @Mutation(() => SupervisionProposalPayload, { description: '干部管理权限所属党委确认或不予采纳诫勉、组织处理提议. The cadre’s managing committee confirms or rejects a proposal.' })
  @Can('decide', 'SupervisionProposal')
  decideSupervisionProposal(@Ctx() ctx: RequestContext, @Arg('input', () => DecideSupervisionProposalInput, { description: '决定. The decision.' }) input: DecideSupervisionProposalInput) {
    return steps.decideSupervisionProposal(requireAuthed(ctx), input);
  }
}
