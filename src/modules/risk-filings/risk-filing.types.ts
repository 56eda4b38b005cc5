import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { Node } from '../../platform/graphql/node.js';
import { BasisDateSource, FilingAttachmentKind, RiskFilingEventKind, RiskFilingState, SpecialApprovalKind } from './risk-filing.enums.js';

registerEnumType(RiskFilingState, { name: 'RiskFilingState', description: '报备状态. Risk filing state.' });
registerEnumType(RiskFilingEventKind, { name: 'RiskFilingEvent', description: '报备事项：报备、备案、退回补充、重新报备、不予备案、撤销备案. What happened to a filing.' });
registerEnumType(SpecialApprovalKind, { name: 'SpecialApprovalKind', description: '特事特办所需同意：同级人民政府同意、上级业务主管部门同意. Approval special handling needs.' });
registerEnumType(FilingAttachmentKind, { name: 'FilingAttachmentKind', description: '附件类别：会议纪要、专家论证、合法性审查、风险评估、批复、其他. What an attachment proves.' });
registerEnumType(BasisDateSource, { name: 'BasisDateSource', description: '依据判断日期的来源：行为发生日，或（未记录时）线索受理日. Which date a basis is judged on: the conduct’s, or the clue’s when none is recorded.' });

@ObjectType('DecisionProcedure', { description: '决策程序证明. Proof of the decision procedure.' })
export class DecisionProcedureNode {
  @Field({ description: '集体研究. Collective study.' }) collectiveStudy: boolean;
  @Field({ description: '专家论证. Expert review.' }) expertReview: boolean;
  @Field({ description: '合法性审查. Legal review.' }) legalReview: boolean;
  @Field({ description: '风险评估. Risk assessment.' }) riskAssessment: boolean;
  @Field(() => String, { nullable: true, description: '说明（会议名称、日期等）. Notes: the meeting, its date.' }) notes?: string | null;
}

@ObjectType('FilingAttachment', { description: '附件（仅元数据，文件由报备单位保存）. An attachment, as metadata; the filing unit keeps the file.' })
export class FilingAttachmentNode {
  @Field({ description: '文件名. File name.' }) name: string;
  @Field(() => FilingAttachmentKind, { description: '类别. Kind.' }) kind: FilingAttachmentKind;
  @Field(() => Int, { description: '大小（字节）. Size in bytes.' }) sizeBytes: number;
  @Field({ description: 'SHA-256 摘要（十六进制）. SHA-256 digest, hex.' }) sha256: string;
}

@ObjectType('SpecialApproval', { description: '特事特办的同意文件. An approval of special handling.' })
export class SpecialApprovalNode {
  @Field(() => SpecialApprovalKind, { description: '类别. Kind.' }) kind: SpecialApprovalKind;
  @Field({ description: '同意机关. Who approved.' }) approvedBy: string;
  @Field(() => CalendarDateScalar, { description: '同意日期. Approved on.' }) approvedOn: string;
  @Field(() => String, { nullable: true, description: '文号. Document number.' }) documentNumber?: string | null;
}

@ObjectType('RiskFilingHistoryEntry', { description: '报备的一次状态变化. One state change of a filing.' })
export class RiskFilingHistoryNode {
  @Field(() => RiskFilingEventKind, { description: '事项. What happened.' }) event: RiskFilingEventKind;
  @Field(() => RiskFilingState, { description: '变化后的状态. The state it led to.' }) toState: RiskFilingState;
  @Field(() => CalendarDateScalar, { description: '生效日期. Effective on.' }) effectiveOn: string;
  @Field(() => String, { nullable: true, description: '说明（需补充的材料、理由）. Note: what is missing, the reasons.' }) note: string | null;
}

@ObjectType('RiskFiling', { implements: Node, description: '前瞻性决策风险事前报备. A pre-registered risk filing for a forward-looking decision.' })
export class RiskFilingNode extends Node {
  @Field({ description: '报备编号. Filing number.' }) filingNumber: string;
  @Field({ description: '事项. Matter.' }) matter: string;
  @Field({ description: '理由（创新性、紧迫性）. Reason: why it is innovative or urgent.' }) reason: string;
  @Field({ description: '风险点. Risk points.' }) riskPoints: string;
  @Field({ description: '防控措施. Prevention measures.' }) preventionMeasures: string;
  @Field(() => DecisionProcedureNode, { description: '决策程序. Decision procedure.' }) decisionProcedure: DecisionProcedureNode;
  @Field(() => [FilingAttachmentNode], { description: '附件. Attachments.' }) attachments: FilingAttachmentNode[];
  @Field({ description: '是否特事特办. Special handling (特事特办).' }) specialHandling: boolean;
  @Field(() => [SpecialApprovalNode], { description: '特事特办的同意文件. Approvals of special handling.' }) specialApprovals: SpecialApprovalNode[];
  @Field(() => CalendarDateScalar, { nullable: true, description: '计划实施日期. Implementation date.' }) implementationOn: string | null;
  @Field(() => RiskFilingState, { description: '状态. State.' }) state: RiskFilingState;
  @Field(() => Date, { description: '首次报备时间. First submitted at.' }) submittedAt: Date;
  @Field(() => CalendarDateScalar, { description: '（最近一次）报备日期. Date of the latest submission.' }) submittedOn: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: '受理机关答复期限（工作日）. The office answers by this day.' }) dueOn: string | null;
  @Field(() => Date, { nullable: true, description: '处理时间. Decided at.' }) decidedAt: Date | null;
  @Field(() => String, { nullable: true, description: '受理机关意见（需补充的材料、不予备案理由）. The office’s note: what is missing, or the reasons.' }) decisionNote: string | null;
  @Field(() => String, { nullable: true, description: '撤销备案理由. Why the filing was revoked.' }) revocationReason: string | null;
  @Field(() => Int, { description: '版本号（变更时提交）. Version; pass it with a change.' }) version: number;
}

@InputType({ description: '报备查询条件. Filter for risk filings.' })
export class RiskFilingFilter {
  @Field(() => [RiskFilingState], { nullable: true, description: '状态. States.' }) states?: RiskFilingState[];
  @Field(() => String, { nullable: true, description: '报备单位（含下级）. Filed by this unit or below.' }) filingUnitId?: string;
  @Field(() => String, { nullable: true, description: '受理机关. Received by this office.' }) receivingUnitId?: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: '答复期限不早于. Due on or after.' }) dueFrom?: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: '答复期限不晚于. Due on or before.' }) dueTo?: string;
  @Field(() => Boolean, { nullable: true, description: '是否特事特办. Special handling only, or none.' }) specialHandling?: boolean;
}

@ObjectType('RiskFilingDueItem', { description: '待受理机关答复的报备. A filing the office must answer.' })
export class RiskFilingDueItemNode {
  @Field(() => RiskFilingNode, { description: '报备. The filing.' }) riskFiling: RiskFilingNode;
  @Field(() => CalendarDateScalar, { description: '答复期限. Due on.' }) dueOn: string;
  @Field(() => Int, { description: '剩余工作日（逾期为负）. Working days left; negative when overdue.' }) workingDaysLeft: number;
  @Field({ description: '是否逾期. Whether it is overdue.' }) overdue: boolean;
}
