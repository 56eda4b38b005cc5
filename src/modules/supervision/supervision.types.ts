import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { Node } from '../../platform/graphql/node.js';
import {
  RectificationPlanState, SupervisionDuty, SupervisionKind, SupervisionProposalKind, SupervisionProposalState, SupervisionSituation,
} from './supervision.enums.js';

registerEnumType(SupervisionKind, {
  name: 'SupervisionKind', description: '督查问效方式：工作提醒、工作约谈. A work reminder or a work interview.',
  valuesConfig: {
    REMINDER: { description: '工作提醒（提醒函）. A work reminder (reminder letter).' },
    INTERVIEW: { description: '工作约谈. A work interview.' },
  },
});
registerEnumType(SupervisionSituation, {
  name: 'SupervisionSituation', description: '应当督查问效的情形（宜昌办法九种）. The nine situations that call for supervision ([YC]).',
  valuesConfig: {
    DIRECTIVES_NOT_CARRIED_OUT: { description: '有令不行、有禁不止，打折扣、做选择、搞变通. Directives not carried out, or carried out selectively.' },
    KEY_WORK_DELAYED: { description: '落实重点工作不力，导致进度滞后. Key work delayed by weak implementation.' },
    LONG_LAGGING: { description: '工作在全市长期靠后. Work long at the bottom of the city’s rankings.' },
    MAJOR_INCIDENT: { description: '重要领域发生较大及以上事故. A serious incident in a key field through weak supervision.' },
    RECTIFICATION_NOT_DONE: { description: '反馈问题未按时整改或整改不力. Findings of inspections or audits not rectified in time.' },
    PUBLIC_INTEREST_HARMED: { description: '群众切身利益问题处置不当. People’s vital interests handled badly.' },
    LOCAL_INTEREST_OBSTRUCTION: { description: '只顾地方或部门利益，软拖硬顶. Local or departmental interest obstructing reform.' },
    BUCK_PASSING: { description: '推诿扯皮，致使工作延误. Buck-passing that delayed the work.' },
    OTHER: { description: '其他应当督查问效的情形. Another situation that calls for supervision.' },
  },
});
registerEnumType(RectificationPlanState, {
  name: 'RectificationPlanState', description: '整改方案状态：待提交、已提交、退回重报、复核通过. Pending, submitted, returned, or verified.',
});
registerEnumType(SupervisionProposalKind, {
  name: 'SupervisionProposalKind', description: '约谈结果运用：诫勉、组织处理. What repeated interviews propose: admonishment or organisational handling.',
  valuesConfig: {
    ADMONISHMENT: { description: '诫勉（一年内被约谈两次）. Admonishment: interviewed twice in a calendar year.' },
    ORGANISATIONAL_HANDLING: { description: '组织处理（一年内累计约谈三次及以上）. Organisational handling: three or more interviews in a calendar year.' },
  },
});
registerEnumType(SupervisionProposalState, { name: 'SupervisionProposalState', description: '提议状态：待决定、已确认、不予采纳. Proposed, confirmed, or rejected.' });
registerEnumType(SupervisionDuty, {
  name: 'SupervisionDuty', description: '督查问效待办：提交整改方案、复核整改方案、决定提议. A supervision duty: submit a plan, review a plan, decide a proposal.',
  valuesConfig: {
    PLAN_SUBMISSION: { description: '提交整改方案（约谈后5个工作日内）. Submit the rectification plan, within 5 working days of the interview.' },
    PLAN_REVIEW: { description: '复核已提交的整改方案. Review a submitted rectification plan.' },
    PROPOSAL_DECISION: { description: '确认或不予采纳诫勉、组织处理提议. Confirm or reject an admonishment or organisational-handling proposal.' },
  },
});

@ObjectType('RectificationPlan', { description: '整改方案（约谈后5个工作日内制定）. The rectification plan, due within 5 working days of the interview.' })
export class RectificationPlanNode {
  @Field(() => RectificationPlanState, { description: '状态. State.' }) state: RectificationPlanState;
  @Field(() => CalendarDateScalar, { description: '提交期限（退回后重新起算）. Due date; counted afresh after a return.' }) dueOn: string;
  @Field(() => String, { nullable: true, description: '方案内容. The plan.' }) content: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '提交日期. Submitted on.' }) submittedOn: string | null;
  @Field(() => Boolean, { nullable: true, description: '是否逾期提交. Whether submitted after the due date.' }) late: boolean | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '复核日期. Reviewed on.' }) reviewedOn: string | null;
  @Field(() => String, { nullable: true, description: '复核意见. Review note.' }) reviewNote: string | null;
}

@ObjectType('SupervisionRecord', { implements: Node, description: '督查问效记录：工作提醒或工作约谈. A work reminder or work interview, against a cadre or a unit.' })
export class SupervisionRecordNode extends Node {
  @Field(() => SupervisionKind, { description: '方式. Reminder or interview.' }) kind: SupervisionKind;
  @Field(() => SupervisionSituation, { description: '情形. The situation.' }) situation: SupervisionSituation;
  @Field({ description: '事由. Reason.' }) reason: string;
  @Field(() => CalendarDateScalar, { description: '约谈日期或提醒函下达日期. Day of the interview, or the reminder letter.' }) heldOn: string;
  @Field(() => String, { nullable: true, description: '主约谈人（提醒无）. Who led the interview; none for a reminder.' }) interviewer: string | null;
  @Field({ description: '批准人（经报批或主要领导同意）. Who approved it.' }) approvedBy: string;
  @Field(() => Int, { description: '版本号（乐观并发）. Version for optimistic concurrency.' }) version: number;
  @Field(() => Date, { description: '登记时间. Recorded at.' }) createdAt: Date;
  @Field(() => Date, { description: '更新时间. Updated at.' }) updatedAt: Date;
}

@ObjectType('SupervisionProposal', { implements: Node, description: '约谈结果运用提议：诫勉或组织处理，由干部管理权限所属党委决定. A proposal of admonishment or organisational handling, for the cadre’s managing committee.' })
export class SupervisionProposalNode extends Node {
  @Field(() => SupervisionProposalKind, { description: '提议类别. Kind.' }) kind: SupervisionProposalKind;
  @Field(() => SupervisionProposalState, { description: '状态. State.' }) state: SupervisionProposalState;
  @Field(() => Int, { description: '计数年度（自然年）. The calendar year counted.' }) year: number;
  @Field(() => Int, { description: '该年度约谈次数（含本次）. Interviews in that year, the proposing one included.' }) interviewCount: number;
  @Field(() => CalendarDateScalar, { description: '提议日期（触发约谈的日期）. Proposed on: the day of the interview that proposed it.' }) proposedOn: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: '决定日期. Decided on.' }) decidedOn: string | null;
  @Field(() => String, { nullable: true, description: '决定意见. The committee’s note.' }) decisionNote: string | null;
  @Field(() => Int, { description: '版本号（乐观并发）. Version for optimistic concurrency.' }) version: number;
  @Field(() => Date, { description: '提议时间. Created at.' }) createdAt: Date;
}

@InputType({ description: '督查问效记录查询条件. Filter for supervision records.' })
export class SupervisionRecordFilter {
  @Field(() => String, { nullable: true, description: '干部. Against this cadre.' }) cadreId?: string;
  @Field(() => String, { nullable: true, description: '单位（含下级，含其干部）. About this unit or below, its cadres included.' }) unitId?: string;
  @Field(() => SupervisionKind, { nullable: true, description: '方式. Reminder or interview.' }) kind?: SupervisionKind;
  @Field(() => Int, { nullable: true, description: '自然年度. Calendar year.' }) year?: number;
}

@InputType({ description: '约谈结果运用提议查询条件. Filter for supervision proposals.' })
export class SupervisionProposalFilter {
  @Field(() => [SupervisionProposalState], { nullable: true, description: '状态. States.' }) states?: SupervisionProposalState[];
  @Field(() => String, { nullable: true, description: '干部. For this cadre.' }) cadreId?: string;
  @Field(() => SupervisionProposalKind, { nullable: true, description: '类别. Kind.' }) kind?: SupervisionProposalKind;
  @Field(() => Int, { nullable: true, description: '自然年度. Calendar year.' }) year?: number;
}

@ObjectType('SupervisionDueItem', { description: '督查问效的一项待办. One supervision duty of yours.' })
export class SupervisionDueItemNode {
  @Field(() => SupervisionDuty, { description: '事项. The duty.' }) duty: SupervisionDuty;
  @Field(() => CalendarDateScalar, { nullable: true, description: '期限（复核、决定无固定期限）. Due date; none for a review or a decision.' }) dueOn: string | null;
  @Field(() => Int, { nullable: true, description: '距期限的工作日数：当天为0，逾期为负. Working days to the due date: 0 on the day, negative when overdue.' }) workingDaysLeft: number | null;
  @Field({ description: '是否已逾期. Whether the due date is before the day asked about.' }) overdue: boolean;
  @Field(() => SupervisionRecordNode, { nullable: true, description: '约谈记录（整改方案事项）. The interview, for a plan duty.' }) record: SupervisionRecordNode | null;
  @Field(() => SupervisionProposalNode, { nullable: true, description: '提议（决定事项）. The proposal, for a decision duty.' }) proposal: SupervisionProposalNode | null;
}
