import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { CaseStepInput } from '../cases/case-step.types.js';
import { FilingAttachmentKind, SpecialApprovalKind } from './risk-filing.enums.js';
import { RiskFilingNode } from './risk-filing.types.js';

@InputType({ description: '决策程序证明. Proof of the decision procedure.' })
export class DecisionProcedureInput {
  @Field({ description: '经集体研究（必须）. Collectively studied; required.' }) collectiveStudy: boolean;
  @Field({ defaultValue: false, description: '专家论证. Expert review.' }) expertReview: boolean;
  @Field({ defaultValue: false, description: '合法性审查. Legal review.' }) legalReview: boolean;
  @Field({ defaultValue: false, description: '风险评估. Risk assessment.' }) riskAssessment: boolean;
  @Field(() => String, { nullable: true, description: '说明（会议名称、日期等）. Notes: the meeting, its date.' }) notes?: string | null;
}

@InputType({ description: '附件元数据（不上传文件）. Attachment metadata; no file is uploaded.' })
export class FilingAttachmentInput {
  @Field({ description: '文件名. File name.' }) name: string;
  @Field(() => FilingAttachmentKind, { description: '类别. Kind.' }) kind: FilingAttachmentKind;
  @Field(() => Int, { description: '大小（字节）. Size in bytes.' }) sizeBytes: number;
  @Field({ description: 'SHA-256 摘要（64位小写十六进制）. SHA-256 digest, 64 lowercase hex digits.' }) sha256: string;
}

@InputType({ description: '特事特办的同意文件. An approval of special handling.' })
export class SpecialApprovalInput {
  @Field(() => SpecialApprovalKind, { description: '类别. Kind.' }) kind: SpecialApprovalKind;
  @Field({ description: '同意机关. Who approved.' }) approvedBy: string;
  @Field(() => CalendarDateScalar, { description: '同意日期. Approved on.' }) approvedOn: string;
  @Field(() => String, { nullable: true, description: '文号. Document number.' }) documentNumber?: string | null;
}

@InputType({ description: '前瞻性决策风险事前报备. Submit a risk filing.' })
export class SubmitRiskFilingInput {
  @Field(() => ID, { nullable: true, description: '为哪个单位报备（本人有多个单位党组织岗位时；干部本人为其所在单位）. The unit you file for, when you act for several; a cadre files for their own unit.' }) filingUnitId?: string | null;
  @Field({ description: '事项. Matter.' }) matter: string;
  @Field({ description: '理由（创新性、紧迫性）. Why it is innovative or urgent.' }) reason: string;
  @Field({ description: '风险点. Risk points.' }) riskPoints: string;
  @Field({ description: '防控措施. Prevention measures.' }) preventionMeasures: string;
  @Field(() => DecisionProcedureInput, { description: '决策程序证明. Proof of the decision procedure.' }) decisionProcedure: DecisionProcedureInput;
  @Field(() => [FilingAttachmentInput], { defaultValue: [], description: '附件元数据. Attachments, as metadata.' }) attachments: FilingAttachmentInput[];
  @Field({ defaultValue: false, description: '是否特事特办. Special handling (特事特办).' }) specialHandling: boolean;
  @Field(() => [SpecialApprovalInput], { defaultValue: [], description: '特事特办：同级政府同意与上级业务主管部门同意. Special handling: the government’s consent and the upper department’s approval.' }) specialApprovals: SpecialApprovalInput[];
  @Field(() => CalendarDateScalar, { nullable: true, description: '计划实施日期（特事特办必填，不得早于同意日期）. Implementation date; required for special handling, never before its approvals.' }) implementationOn?: string | null;
  @Field(() => CalendarDateScalar, { description: '报备日期（受理期限由此起算）. Submitted on; the office’s working days count from it.' }) submittedOn: string;
}

@InputType('RiskFilingStepInput', { description: '报备步骤的共同输入. Common input of every filing step.' })
export class RiskFilingStepInput {
  @Field(() => ID, { description: '报备ID. Filing id.' }) riskFilingId: string;
  @Field(() => Int, { description: '读取时的版本号（不一致则冲突）. The version you read; another current version is CONFLICT.' }) version: number;
}

@InputType({ description: '予以备案. Accept a filing.' })
export class AcceptRiskFilingInput extends RiskFilingStepInput {
  @Field(() => CalendarDateScalar, { description: '备案日期. Accepted on.' }) acceptedOn: string;
  @Field(() => String, { nullable: true, description: '意见. Remarks.' }) note?: string | null;
}

@InputType({ description: '退回补充. Return a filing for supplement.' })
export class ReturnRiskFilingInput extends RiskFilingStepInput {
  @Field({ description: '需补充的材料. What is missing.' }) missing: string;
  @Field(() => CalendarDateScalar, { description: '退回日期. Returned on.' }) returnedOn: string;
}

@InputType({ description: '不予备案. Refuse a filing.' })
export class RefuseRiskFilingInput extends RiskFilingStepInput {
  @Field({ description: '理由. Reasons.' }) reasons: string;
  @Field(() => CalendarDateScalar, { description: '不予备案日期. Refused on.' }) refusedOn: string;
}

@InputType({ description: '补充后重新报备（未填的内容不变）. Resubmit after a return; what you leave out stays as it was.' })
export class ResubmitRiskFilingInput extends RiskFilingStepInput {
  @Field({ description: '补充说明. What was supplied.' }) supplement: string;
  @Field(() => String, { nullable: true, description: '理由. Reason.' }) reason?: string | null;
  @Field(() => String, { nullable: true, description: '风险点. Risk points.' }) riskPoints?: string | null;
  @Field(() => String, { nullable: true, description: '防控措施. Prevention measures.' }) preventionMeasures?: string | null;
  @Field(() => DecisionProcedureInput, { nullable: true, description: '决策程序证明. Proof of the decision procedure.' }) decisionProcedure?: DecisionProcedureInput | null;
  @Field(() => [FilingAttachmentInput], { defaultValue: [], description: '新增附件. Attachments to add.' }) addAttachments: FilingAttachmentInput[];
  @Field(() => [SpecialApprovalInput], { nullable: true, description: '特事特办的同意文件（替换原有）. Approvals of special handling, replacing those on file.' }) specialApprovals?: SpecialApprovalInput[] | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '计划实施日期. Implementation date.' }) implementationOn?: string | null;
  @Field(() => CalendarDateScalar, { description: '重新报备日期（受理期限重新起算）. Resubmitted on; the office’s working days count again from it.' }) resubmittedOn: string;
}

@InputType({ description: '撤销备案（以备案为挡箭牌乱作为）. Revoke a filing used as a shield.' })
export class RevokeRiskFilingInput extends RiskFilingStepInput {
  @Field({ description: '理由. Reason.' }) reason: string;
  @Field(() => CalendarDateScalar, { description: '撤销日期. Revoked on.' }) revokedOn: string;
}

@InputType({ description: '案件引用事前报备作为容错依据. Cite a risk filing in a case as a basis for tolerance.' })
export class CiteRiskFilingInput extends CaseStepInput {
  @Field(() => ID, { description: '报备ID. Filing id.' }) riskFilingId: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: '所涉行为发生日期（不填则以线索受理日期为准）. When the conduct took place; the clue’s date stands in when left out.' }) conductOn?: string | null;
}

@ObjectType('RiskFilingPayload', { description: '报备步骤的结果. The result of a filing step.' })
export class RiskFilingPayload {
  @Field(() => RiskFilingNode, { nullable: true, description: '变更后的报备（无权查看时为空）. The filing as changed; null when you may act on it but not read it.' }) riskFiling: RiskFilingNode | null;
}
