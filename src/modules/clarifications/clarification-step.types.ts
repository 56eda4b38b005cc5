import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { ClarificationFinding, ClarificationMethod, ReferralKind } from './clarification.enums.js';
import { ClarificationNode } from './clarification.types.js';

@InputType({ description: '依职权启动澄清（核实机关）. Open a clarification ex officio: the body that verified the report.' })
export class OpenClarificationInput {
  @Field(() => ID, { nullable: true, description: '来源案件（澄清机关即其承办机关）. The case of the report; its handling body clarifies.' }) caseId?: string | null;
  @Field(() => ID, { description: '被澄清的干部（案件的问责对象）. The cadre; with a case, one of its subjects.' }) cadreId: string;
  @Field(() => ClarificationFinding, { description: '核实结论. The verification finding.' }) finding: ClarificationFinding;
  @Field({ description: '澄清的具体问题. The specific allegations to clear.' }) allegations: string;
  @Field(() => CalendarDateScalar, { description: '征求本人意见的日期. The day the cadre was consulted.' }) consultedOn: string;
  @Field(() => CalendarDateScalar, { description: '启动日期. Opened on.' }) openedOn: string;
  @Field(() => ID, { nullable: true, description: '以哪个机关澄清（无来源案件且本人有多个调查岗位时）. The body you act for, without a case and when you act for several.' }) clarifyingUnitId?: string | null;
}

@InputType({ description: '本人书面申请澄清. The cadre’s written application for clarification.' })
export class ApplyForClarificationInput {
  @Field(() => ID, { description: '本人作为问责对象的案件. Your case the report led to.' }) caseId: string;
  @Field({ description: '基本事实. Basic facts.' }) basicFacts: string;
  @Field({ description: '失实的具体问题. The untrue allegations.' }) allegations: string;
  @Field({ description: '澄清诉求（方式、范围）. What you seek: how and before whom.' }) sought: string;
  @Field(() => CalendarDateScalar, { description: '申请日期. Applied on.' }) appliedOn: string;
}

@InputType('ClarificationStepInput', { description: '澄清步骤的共同输入. Common input of every clarification step.' })
export class ClarificationStepInput {
  @Field(() => ID, { description: '澄清ID. Clarification id.' }) clarificationId: string;
  @Field(() => Int, { description: '读取时的版本号（不一致则冲突）. The version you read; another current version is CONFLICT.' }) version: number;
}

@InputType({ description: '受理澄清申请. Accept an application.' })
export class AcceptClarificationInput extends ClarificationStepInput {
  @Field(() => ClarificationFinding, { description: '核实结论. The verification finding.' }) finding: ClarificationFinding;
  @Field(() => String, { nullable: true, description: '予以澄清的具体问题（默认申请所列）. The allegations cleared; by default those applied for.' }) allegations?: string | null;
  @Field(() => CalendarDateScalar, { description: '受理日期. Accepted on.' }) acceptedOn: string;
}

@InputType({ description: '不予受理澄清申请. Refuse an application, with the reason.' })
export class RefuseClarificationInput extends ClarificationStepInput {
  @Field({ description: '理由（告知本人）. The reason, explained to the cadre.' }) reason: string;
  @Field(() => ClarificationFinding, { nullable: true, description: '核实结论. The verification finding.' }) finding?: ClarificationFinding | null;
  @Field(() => CalendarDateScalar, { description: '决定日期. Refused on.' }) refusedOn: string;
}

@InputType({ description: '确定澄清方式与范围. Plan the methods and the audience.' })
export class PlanClarificationInput extends ClarificationStepInput {
  @Field(() => [ClarificationMethod], { description: '方式. Methods.' }) methods: ClarificationMethod[];
  @Field({ description: '范围（不实信息传播的范围）. The audience: where the report had spread.' }) scope: string;
  @Field(() => CalendarDateScalar, { description: '确定日期. Planned on.' }) plannedOn: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: '本人书面同意公开澄清的日期（公开澄清必填）. The day of the cadre’s written consent; required for a public statement.' }) cadreConsentedOn?: string | null;
}

@InputType({ description: '实施澄清. Carry the clarification out.' })
export class CarryOutClarificationInput extends ClarificationStepInput {
  @Field(() => CalendarDateScalar, { description: '澄清日期. Carried out on.' }) carriedOutOn: string;
}

@InputType({ description: '办结：反馈本人，材料归档. Close: feed back to the cadre and archive the files.' })
export class CloseClarificationInput extends ClarificationStepInput {
  @Field(() => CalendarDateScalar, { description: '办结日期. Closed on.' }) closedOn: string;
}

@InputType({ description: '诬告陷害的移送处理（纪检监察机关）. Refer a malicious false accuser: the discipline body.' })
export class ReferFalseAccusationInput extends ClarificationStepInput {
  @Field(() => ReferralKind, { description: '处理方式. How the accuser is dealt with.' }) kind: ReferralKind;
  @Field({ description: '接收机关. The receiving body.' }) recipient: string;
  @Field(() => CalendarDateScalar, { description: '移送日期. Referred on.' }) referredOn: string;
  @Field({ description: '认定诬告陷害的依据. Why it is a malicious false accusation.' }) basis: string;
}

@ObjectType('ClarificationPayload', { description: '澄清步骤的结果. The result of a clarification step.' })
export class ClarificationPayload {
  @Field(() => ClarificationNode, { nullable: true, description: '变更后的澄清（无权查看时为空）. The clarification as changed; null when you may take the step but not read it.' }) clarification: ClarificationNode | null;
}
