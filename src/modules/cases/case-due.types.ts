import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { CaseDuty } from './case-due.js';
import { CaseNode } from './case.types.js';

registerEnumType(CaseDuty, {
  name: 'CaseDuty',
  description: '到期事项：初步意见、归档、申诉答复、纠错审核、容错申请. What is due: preliminary opinion, archive, appeal answer, correction verification, tolerance application.',
  valuesConfig: {
    RECOMMENDATION: { description: '提出初步意见（线索受理后7–15个工作日，经批准可延长）. The preliminary opinion, 7–15 working days after the clue, extendable.' },
    ARCHIVE: { description: '归档（反馈后规定工作日内）. Archive, within the regime’s working days after feedback.' },
    APPEAL_ANSWER: { description: '书面答复申诉. Answer an appeal in writing.' },
    CORRECTION_VERIFICATION: { description: '纠错审核销号. Verify and close a correction.' },
    TOLERANCE_APPLICATION: { description: '书面容错申请，快速响应（无固定期限）. A written tolerance application, handled with priority; no fixed date.' },
  },
});

@ObjectType('DueItem', { description: '本机关的一项到期事项. One duty of your bodies and when it falls due.' })
export class DueItemNode {
  @Field(() => CaseDuty, { description: '事项. The duty.' }) duty: CaseDuty;
  @Field(() => CalendarDateScalar, { nullable: true, description: '期限（容错申请无期限）. Due date; none for a tolerance application.' }) dueOn: string | null;
  @Field(() => Int, { nullable: true, description: '距期限的工作日数：当天为0，逾期为负；无期限时为空. Working days to the due date: 0 on the day, negative when overdue; null without a due date.' }) workingDaysLeft: number | null;
  @Field({ description: '是否已逾期（期限早于查询日期）. Whether the due date is before the day asked about.' }) overdue: boolean;
  @Field({ description: '是否快速响应（已提出书面容错申请）. Priority: a written tolerance application was filed (快速响应).' }) priority: boolean;
  @Field(() => CaseNode, { description: '案件. The case.' }) case: CaseNode;
}
