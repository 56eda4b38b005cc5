import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { ToleranceOutcome } from '../decisions/decision.enums.js';
import { ClueSource, ConductCategory } from './case.enums.js';
import { CaseNode } from './case.types.js';

/** Kinds of evidence (调查取证) and of invited participants ([HN] §三(二)). */
export enum EvidenceKind { DOCUMENT = 'DOCUMENT', TESTIMONY = 'TESTIMONY', SITE_INSPECTION = 'SITE_INSPECTION', EXPERT_OPINION = 'EXPERT_OPINION', THIRD_PARTY_ASSESSMENT = 'THIRD_PARTY_ASSESSMENT', OTHER = 'OTHER' }
export enum ParticipantKind { DELEGATE = 'DELEGATE', EXPERT = 'EXPERT', THIRD_PARTY = 'THIRD_PARTY' }
/** 陈述 / 申辩, or the subject's written waiver of both. */
export enum StatementKind { STATEMENT = 'STATEMENT', DEFENCE = 'DEFENCE', WAIVER = 'WAIVER' }
registerEnumType(EvidenceKind, { name: 'EvidenceKind', description: '证据类别：书证、证言、现场勘验、专家意见、第三方评估、其他. Kind of evidence.' });
registerEnumType(ParticipantKind, { name: 'ParticipantKind', description: '参与人类别：代表委员、专家、第三方. Kind of invited participant.' });
registerEnumType(StatementKind, { name: 'StatementKind', description: '陈述、申辩，或书面放弃. Statement, defence, or a written waiver.' });

@InputType('CaseStepInput', { description: '案件步骤的共同输入（各步骤输入均继承）. Common input of every case step.' })
export class CaseStepInput {
  @Field(() => ID, { description: '案件ID. Case id.' }) caseId: string;
  @Field(() => Int, { description: '读取时的版本号（不一致则冲突）. The version you read; another current version is CONFLICT.' }) version: number;
}

@InputType({ description: '举报人身份（保密）. Reporter identity (confidential).' })
export class ReporterInput {
  @Field(() => String, { nullable: true, description: '姓名. Name.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: '联系方式. Contact.' }) contact?: string | null;
}

@InputType({ description: '登记问题线索. Register a clue.' })
export class RegisterClueInput {
  @Field(() => [ID], { defaultValue: [], description: '涉及的干部. Subject cadres.' }) subjectCadreIds: string[];
  @Field(() => [ID], { defaultValue: [], description: '涉及的单位. Subject units.' }) subjectUnitIds: string[];
  @Field(() => ClueSource, { description: '线索来源（七类之一）. Source of the clue.' }) clueSource: ClueSource;
  @Field(() => ConductCategory, { description: '为官不为 / 为官乱为. Conduct category.' }) conductCategory: ConductCategory;
  @Field(() => String, { nullable: true, description: '具体情形代码（问责办法第七、八条）. Conduct situation code.' }) conductSituationCode?: string | null;
  @Field({ description: '标题. Title.' }) title: string;
  @Field({ description: '简要案情. Summary.' }) summary: string;
  @Field(() => CalendarDateScalar, { description: '线索收到日期（期限由此起算）. The day the clue was received: deadlines count from it.' }) clueReceivedOn: string;
  @Field(() => ReporterInput, { nullable: true, description: '举报人身份（保密）. Reporter identity, confidential.' }) reporter?: ReporterInput | null;
  @Field(() => ID, { nullable: true, description: '以哪个机关登记（本人有多个调查岗位时）. The body you register for, when you act for several.' }) handlingUnitId?: string | null;
}

@InputType({ description: '提级办理. Take a case over (提级办理).' })
export class TakeOverInput extends CaseStepInput {
  @Field({ description: '理由. Reason.' }) reason: string;
}

@InputType({ description: '按程序报批后启动. Initiate, with the approver.' })
export class InitiateInput extends CaseStepInput {
  @Field({ description: '批准人（按程序报批）. Who approved the start.' }) approvedBy: string;
}

@InputType({ description: '不予启动或了结. Dismiss the clue.' })
export class DismissInput extends CaseStepInput {
  @Field({ description: '理由. Reason.' }) reason: string;
}

@InputType({ description: '进入调查. Start the investigation.' })
export class StartInvestigationInput extends CaseStepInput {}

@InputType({ description: '调查取证. Record an evidence item.' })
export class AddEvidenceInput extends CaseStepInput {
  @Field(() => EvidenceKind, { description: '类别. Kind.' }) kind: EvidenceKind;
  @Field({ description: '标题. Title.' }) title: string;
  @Field({ description: '说明. Description.' }) description: string;
  @Field(() => CalendarDateScalar, { description: '取证日期. Collected on.' }) collectedOn: string;
}

@InputType({ description: '邀请代表委员、专家或第三方参与. Invite a delegate, expert or third party.' })
export class InviteParticipantInput extends CaseStepInput {
  @Field(() => ParticipantKind, { description: '类别. Kind.' }) kind: ParticipantKind;
  @Field({ description: '姓名. Name.' }) name: string;
  @Field({ description: '所在单位. Organisation.' }) organisation: string;
  @Field({ description: '参与事项. What they take part in.' }) role: string;
  @Field(() => CalendarDateScalar, { description: '邀请日期. Invited on.' }) invitedOn: string;
}

@InputType({ description: '陈述申辩（或书面放弃）. A statement, defence or written waiver.' })
export class StatementInput extends CaseStepInput {
  @Field(() => ID, { nullable: true, description: '问责对象干部（调查人员记录时必填；本人提交时为本人）. The subject cadre; when you submit for yourself, you.' }) subjectCadreId?: string | null;
  @Field(() => StatementKind, { description: '类别. Kind.' }) kind: StatementKind;
  @Field({ description: '内容（放弃时为书面放弃声明）. Content; for a waiver, the written waiver.' }) content: string;
  @Field(() => CalendarDateScalar, { description: '听取或提交日期. Heard or submitted on.' }) heardOn: string;
}

@InputType({ description: '书面容错申请. A written tolerance application.' })
export class ApplyForToleranceInput extends CaseStepInput {
  @Field({ description: '申请内容与理由. What is applied for, and why.' }) content: string;
  @Field(() => CalendarDateScalar, { description: '提交日期. Submitted on.' }) submittedOn: string;
}

@InputType({ description: '一项研判标准的结论. A finding on one criterion.' })
export class CriterionFindingInput {
  @Field({ description: '标准代码. Criterion code.' }) criterionCode: string;
  @Field({ description: '结论. Finding.' }) finding: string;
  @Field({ description: '是否有利于容错. Whether it favours tolerance.' }) favourable: boolean;
}

@InputType({ description: '综合研判. The tolerance assessment.' })
export class AssessToleranceInput extends CaseStepInput {
  @Field(() => [CriterionFindingInput], { description: '按本辖区标准逐项研判. Findings on the jurisdiction’s criteria.' }) findings: CriterionFindingInput[];
  @Field(() => [String], { defaultValue: [], description: '不具备的前提条件. Preconditions not met.' }) unmetPreconditionCodes: string[];
  @Field(() => [String], { defaultValue: [], description: '符合的可容错情形. Tolerable situations the facts match.' }) tolerableSituationCodes: string[];
  @Field(() => [String], { defaultValue: [], description: '存在的不予容错情形. Exclusions found.' }) exclusionCodes: string[];
}

@InputType({ description: '提出初步意见（问责与容错）. The preliminary opinion on accountability and tolerance.' })
export class RecommendInput extends CaseStepInput {
  @Field({ description: '问责意见. Opinion on accountability.' }) accountabilityOpinion: string;
  @Field({ description: '容错意见. Opinion on tolerance.' }) toleranceOpinion: string;
  @Field(() => ToleranceOutcome, { nullable: true, description: '建议的容错结果. Proposed tolerance outcome.' }) recommendedToleranceOutcome?: ToleranceOutcome | null;
  @Field(() => [String], { defaultValue: [], description: '建议的问责方式. Proposed measures.' }) recommendedMeasureCodes: string[];
  @Field(() => CalendarDateScalar, { description: '提出日期. Recommended on.' }) recommendedOn: string;
}

@InputType({ description: '经批准延长提出意见的期限. Extend the recommendation deadline, with approval.' })
export class ExtendRecommendationDeadlineInput extends CaseStepInput {
  @Field({ description: '批准人. Who approved.' }) approvedBy: string;
  @Field(() => Int, { nullable: true, description: '延长后的工作日数（默认本辖区上限）. Working days after extension; default the regime’s maximum.' }) workingDays?: number | null;
}

@InputType({ description: '退回补充调查. Return for further investigation.' })
export class ReturnForInvestigationInput extends CaseStepInput {
  @Field({ description: '理由. Reason.' }) reason: string;
}

@InputType({ description: '送达决定. Serve the decision.' })
export class ServeInput extends CaseStepInput {
  @Field(() => CalendarDateScalar, { description: '送达日期（申诉期限由此起算）. Served on; the appeal window counts from it.' }) servedOn: string;
}

@InputType({ description: '开始执行. Start carrying out the measures.' })
export class StartExecutionInput extends CaseStepInput {
  @Field(() => CalendarDateScalar, { description: '开始执行日期. Started on.' }) startedOn: string;
}

@InputType({ description: '反馈与抄送. Feed the conclusion back and send the copies.' })
export class NotifyInput extends CaseStepInput {
  @Field(() => CalendarDateScalar, { description: '反馈日期（归档期限由此起算）. Notified on; the archive deadline counts from it.' }) notifiedOn: string;
}

@InputType({ description: '归档. Archive into the personnel and integrity files.' })
export class ArchiveInput extends CaseStepInput {
  @Field(() => CalendarDateScalar, { description: '归档日期. Archived on.' }) archivedOn: string;
}

@ObjectType('CaseStepPayload', { description: '案件步骤的结果. The result of a case step.' })
export class CaseStepPayload {
  @Field(() => CaseNode, { nullable: true, description: '变更后的案件（无权查看时为空）. The case as changed. Null when you may take the step but not read the case.' }) case: CaseNode | null;
}
