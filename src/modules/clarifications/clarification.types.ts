import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { Node } from '../../platform/graphql/node.js';
import { ToleranceOrigin } from '../cases/case.enums.js';
import { ClarificationFinding, ClarificationMethod, ClarificationState, ReferralKind } from './clarification.enums.js';

registerEnumType(ClarificationState, {
  name: 'ClarificationState',
  description: '澄清状态：待受理、已启动、已确定方式、已澄清、已办结、不予受理. Applied, opened, planned, carried out, closed, refused.',
});
registerEnumType(ClarificationFinding, {
  name: 'ClarificationFinding',
  description: '核实结论：失实、查无实据、不实舆情可予澄清；查无实据但不能排除、属实不予澄清. Untrue, unfounded or a false public story qualify; not proven but not excluded, or substantiated, do not.',
});
registerEnumType(ClarificationMethod, {
  name: 'ClarificationMethod',
  description: '澄清方式：书面、当面、会议、通报、函告所在单位、公开澄清（当面、会议、通报须同时书面澄清；公开澄清须本人同意）. Written, in person, meeting, circular, letter to the unit, public statement.',
});
registerEnumType(ReferralKind, { name: 'ReferralKind', description: '诬告陷害的处理：批评教育、党纪政务处分、移送公安司法机关. Education, discipline, or police and judicial authorities.' });

@ObjectType('ClarificationReferral', { description: '诬告陷害的移送处理（保密，仅纪检监察机关可见）. The referral of a malicious false accuser: confidential, for the discipline body only.' })
export class ClarificationReferralNode {
  @Field(() => ReferralKind, { description: '处理方式. How the accuser is dealt with.' }) kind: ReferralKind;
  @Field({ description: '接收机关. The receiving body.' }) recipient: string;
  @Field(() => CalendarDateScalar, { description: '移送日期. Referred on.' }) referredOn: string;
  @Field({ description: '认定诬告陷害的依据. Why it is a malicious false accusation.' }) basis: string;
}

@ObjectType('Clarification', { implements: Node, description: '澄清正名（谁核实谁澄清；不含举报人信息）. Clearing a cadre’s name after an untrue report, by the body that verified it; never shows the reporter.' })
export class ClarificationNode extends Node {
  @Field(() => ToleranceOrigin, { description: '依职权或依本人书面申请. Ex officio or on the cadre’s written application.' }) origin: ToleranceOrigin;
  @Field(() => ClarificationState, { description: '状态. State.' }) state: ClarificationState;
  @Field(() => ClarificationFinding, { nullable: true, description: '核实结论（申请待受理时为空）. The verifying body’s finding; null while an application waits.' }) finding: ClarificationFinding | null;
  @Field({ description: '澄清的具体问题（仅限于此）. The specific allegations cleared, and only these.' }) allegations: string;
  @Field(() => String, { nullable: true, description: '申请所述基本事实. The application’s basic facts.' }) basicFacts: string | null;
  @Field(() => String, { nullable: true, description: '申请的澄清诉求. What the application seeks.' }) sought: string | null;
  @Field(() => CalendarDateScalar, { description: '申请或依职权启动日期. Applied for, or opened ex officio, on.' }) requestedOn: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: '依职权启动前征求本人意见的日期. Ex officio: the day the cadre was consulted.' }) consultedOn: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '启动或受理日期. Opened or accepted on.' }) openedOn: string | null;
  @Field(() => String, { nullable: true, description: '不予受理的理由. Why the application was refused.' }) refusalReason: string | null;
  @Field(() => [ClarificationMethod], { description: '澄清方式. Methods.' }) methods: ClarificationMethod[];
  @Field(() => String, { nullable: true, description: '澄清范围（与不实信息传播范围相当）. The audience: where the report had spread.' }) scope: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '确定方式与范围的日期. Planned on.' }) plannedOn: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '本人书面同意公开澄清的日期. The day the cadre consented in writing to a public statement.' }) cadreConsentedOn: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '澄清日期. Carried out on.' }) carriedOutOn: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '办结日期（反馈本人、材料归档），或不予受理日期. Closed on (fed back to the cadre, files archived), or refused on.' }) closedOn: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '下一步骤期限（每一步骤5个工作日）. When the next step is due: 5 working days per step.' }) dueOn: string | null;
  @Field(() => Int, { description: '版本号（乐观并发）. Version for optimistic concurrency.' }) version: number;
  @Field(() => Date, { description: '登记时间. Recorded at.' }) createdAt: Date;
  @Field(() => Date, { description: '更新时间. Updated at.' }) updatedAt: Date;
}

@InputType({ description: '澄清查询条件. Filter for clarifications.' })
export class ClarificationFilter {
  @Field(() => [ClarificationState], { nullable: true, description: '状态. States.' }) states?: ClarificationState[];
  @Field(() => String, { nullable: true, description: '澄清机关（含下级）. Clarified by this body or one below it.' }) clarifyingUnitId?: string;
  @Field(() => String, { nullable: true, description: '干部. Cadre.' }) cadreId?: string;
  @Field(() => String, { nullable: true, description: '来源案件. The case of the report.' }) caseId?: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: '下一步骤期限不晚于. Next step due on or before.' }) dueOnOrBefore?: string;
}

@ObjectType('ClarificationDueItem', { description: '本机关到期的澄清步骤. A clarification step of your body and when it falls due.' })
export class ClarificationDueItemNode {
  @Field(() => CalendarDateScalar, { description: '期限. Due date.' }) dueOn: string;
  @Field(() => Int, { description: '距期限的工作日数：当天为0，逾期为负. Working days to the due date: 0 on the day, negative when overdue.' }) workingDaysLeft: number;
  @Field({ description: '是否已逾期. Whether the due date is before the day asked about.' }) overdue: boolean;
  @Field(() => ClarificationNode, { description: '澄清. The clarification.' }) clarification: ClarificationNode;
}
