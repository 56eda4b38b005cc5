import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { SupervisionSituation } from './supervision.enums.js';
import { SupervisionProposalNode, SupervisionRecordNode } from './supervision.types.js';

@InputType('SupervisionTargetInput', { description: '督查问效的共同输入（对象为干部或单位，二者择一）. Common input: against a cadre or a unit, exactly one.' })
export class SupervisionTargetInput {
  @Field(() => ID, { nullable: true, description: '干部. The cadre.' }) cadreId?: string | null;
  @Field(() => ID, { nullable: true, description: '单位. The unit.' }) unitId?: string | null;
  @Field(() => SupervisionSituation, { description: '情形. The situation.' }) situation: SupervisionSituation;
  @Field({ description: '事由（1–2000字）. Reason, 1 to 2000 characters.' }) reason: string;
  @Field({ description: '批准人（经报批或经主要领导同意）. Who approved it.' }) approvedBy: string;
  @Field(() => ID, { nullable: true, description: '以哪个机关记录（本人有多个岗位时）. The body you record for, when you act for several.' }) recordingUnitId?: string | null;
}

@InputType({ description: '工作提醒（提醒函）. A work reminder (reminder letter).' })
export class RecordWorkReminderInput extends SupervisionTargetInput {
  @Field(() => CalendarDateScalar, { description: '提醒函下达日期（不得晚于今日）. Issued on; not in the future.' }) issuedOn: string;
}

@InputType({ description: '工作约谈. A work interview.' })
export class RecordWorkInterviewInput extends SupervisionTargetInput {
  @Field(() => CalendarDateScalar, { description: '约谈日期（不得晚于今日）. Held on; not in the future.' }) heldOn: string;
  @Field({ description: '主约谈人. Who led the interview.' }) interviewer: string;
}

@InputType('SupervisionRecordStepInput', { description: '督查问效记录步骤的共同输入. Common input of a step on a supervision record.' })
export class SupervisionRecordStepInput {
  @Field(() => ID, { description: '记录ID. The supervision record.' }) recordId: string;
  @Field(() => Int, { description: '读取时的版本号（不一致则冲突）. The version you read; another current version is CONFLICT.' }) version: number;
}

@InputType({ description: '提交整改方案（约谈对象本人或所在单位党组织）. Submit the rectification plan: the interviewee or their unit’s party organisation.' })
export class SubmitRectificationPlanInput extends SupervisionRecordStepInput {
  @Field({ description: '整改方案（1–5000字）. The plan, 1 to 5000 characters.' }) content: string;
  @Field(() => CalendarDateScalar, { description: '提交日期（不得晚于今日）. Submitted on; not in the future.' }) submittedOn: string;
}

@InputType({ description: '复核整改方案：通过，或退回重报. Review the plan: verified, or returned for a new one.' })
export class ReviewRectificationPlanInput extends SupervisionRecordStepInput {
  @Field({ description: '是否复核通过. Whether the plan is accepted.' }) accepted: boolean;
  @Field({ description: '复核意见（1–2000字）. Note, 1 to 2000 characters.' }) note: string;
  @Field(() => CalendarDateScalar, { description: '复核日期（不得晚于今日）. Reviewed on; not in the future.' }) reviewedOn: string;
}

@InputType({ description: '干部管理权限所属党委决定提议：确认或不予采纳. The managing committee confirms or rejects a proposal.' })
export class DecideSupervisionProposalInput {
  @Field(() => ID, { description: '提议ID. The proposal.' }) proposalId: string;
  @Field(() => Int, { description: '读取时的版本号（不一致则冲突）. The version you read; another current version is CONFLICT.' }) version: number;
  @Field({ description: '是否确认. Whether the proposal is confirmed.' }) confirmed: boolean;
  @Field({ description: '决定意见（1–2000字）. Note, 1 to 2000 characters.' }) note: string;
  @Field(() => CalendarDateScalar, { description: '决定日期（不得晚于今日）. Decided on; not in the future.' }) decidedOn: string;
}

@ObjectType('SupervisionRecordPayload', { description: '督查问效步骤的结果. The result of a supervision step.' })
export class SupervisionRecordPayload {
  @Field(() => SupervisionRecordNode, { nullable: true, description: '变更后的记录（其 proposal 为本次约谈提出的提议）（无权查看时为空）. The record as changed (its proposal is the one this interview opened); null when you may take the step but not read it.' }) record: SupervisionRecordNode | null;
}

@ObjectType('SupervisionProposalPayload', { description: '决定提议的结果. The result of deciding a proposal.' })
export class SupervisionProposalPayload {
  @Field(() => SupervisionProposalNode, { nullable: true, description: '变更后的提议. The proposal as changed.' }) proposal: SupervisionProposalNode | null;
}
