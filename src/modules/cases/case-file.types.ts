import { Field, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { ToleranceOutcome } from '../decisions/decision.enums.js';
import { BasisDateSource, RiskFilingState } from '../risk-filings/risk-filing.enums.js';
import { RiskFilingNode } from '../risk-filings/risk-filing.types.js';
import { EvidenceKind, ParticipantKind, StatementKind } from './case-step.types.js';

@ObjectType('Evidence', { description: '证据. An evidence item.' })
export class EvidenceNode {
  @Field(() => EvidenceKind, { description: '类别. Kind.' }) kind: EvidenceKind;
  @Field({ description: '标题. Title.' }) title: string;
  @Field({ description: '说明. Description.' }) description: string;
  @Field(() => CalendarDateScalar, { description: '取证日期. Collected on.' }) collectedOn: string;
}

@ObjectType('CaseParticipant', { description: '参与调查的代表委员、专家或第三方. An invited participant.' })
export class ParticipantNode {
  @Field(() => ParticipantKind, { description: '类别. Kind.' }) kind: ParticipantKind;
  @Field({ description: '姓名. Name.' }) name: string;
  @Field({ description: '所在单位. Organisation.' }) organisation: string;
  @Field({ description: '参与事项. Role.' }) role: string;
  @Field(() => CalendarDateScalar, { description: '邀请日期. Invited on.' }) invitedOn: string;
}

@ObjectType('Statement', { description: '陈述申辩或书面放弃. A statement, defence or written waiver.' })
export class StatementNode {
  @Field(() => StatementKind, { description: '类别. Kind.' }) kind: StatementKind;
  @Field({ description: '内容. Content.' }) content: string;
  @Field(() => CalendarDateScalar, { description: '听取日期. Heard on.' }) heardOn: string;
}

@ObjectType('ToleranceApplication', { description: '书面容错申请. A written tolerance application.' })
export class ToleranceApplicationNode {
  @Field({ description: '申请内容. Content.' }) content: string;
  @Field(() => CalendarDateScalar, { description: '提交日期. Submitted on.' }) submittedOn: string;
  @Field({ description: '是否由所在单位提出. Whether the cadre’s unit applied (else the cadre).' }) byUnit: boolean;
}

@ObjectType('CriterionFinding', { description: '一项研判标准的结论. A finding on one criterion.' })
export class CriterionFindingNode {
  @Field({ description: '标准代码. Criterion code.' }) criterionCode: string;
  @Field({ description: '结论. Finding.' }) finding: string;
  @Field({ description: '是否有利于容错. Whether it favours tolerance.' }) favourable: boolean;
}

@ObjectType('AssessmentBasis', { description: '作为容错依据的事前报备及其状态（行为发生时与现在）. A risk filing cited as a basis, with its state at the conduct and now.' })
export class AssessmentBasisNode {
  @Field(() => RiskFilingNode, { nullable: true, description: '报备（如有权查看）. The filing, if you may see it.' }) filing: RiskFilingNode | null;
  @Field(() => RiskFilingState, { description: '报备现在的状态. The filing’s state now.' }) state: RiskFilingState;
  @Field({ description: '现在是否为有效报备（已备案且未撤销）. Whether it is a valid filing now (accepted, not revoked).' }) valid: boolean;
  @Field(() => CalendarDateScalar, { description: '判断所依据的日期. The date the filing is judged on.' }) asOf: string;
  @Field(() => BasisDateSource, { description: '该日期为行为发生日，或（未记录行为日期时）线索受理日. Whether that is the conduct’s date, or the clue’s when none was recorded.' }) asOfSource: BasisDateSource;
  @Field(() => RiskFilingState, { nullable: true, description: '行为发生时的状态（为空：当时尚未报备）. The state at the time of the conduct; null: not yet filed then.' }) stateAtConduct: RiskFilingState | null;
  @Field({ description: '行为发生时是否为有效报备. Whether it was a valid filing at the time of the conduct.' }) validAtConduct: boolean;
  @Field(() => Date, { description: '引用时间. Cited at.' }) citedAt: Date;
}

@ObjectType('Assessment', { description: '综合研判. The tolerance assessment.' })
export class AssessmentNode {
  @Field({ description: '研判标准集（本辖区）. The jurisdiction’s criteria set.' }) criteriaCatalogueCode: string;
  @Field(() => [CriterionFindingNode], { description: '逐项结论. Findings.' }) findings: CriterionFindingNode[];
  @Field({ description: '是否具备前提条件. Whether the preconditions are met.' }) preconditionsMet: boolean;
  @Field(() => [String], { description: '不具备的前提条件. Preconditions not met.' }) unmetPreconditionCodes: string[];
  @Field(() => [String], { description: '符合的可容错情形. Tolerable situations matched.' }) tolerableSituationCodes: string[];
  @Field(() => [String], { description: '存在的不予容错情形（任一即不得容错）. Exclusions found: any one blocks tolerance.' }) exclusionCodes: string[];
  @Field({ description: '问责意见. Opinion on accountability.' }) accountabilityOpinion: string;
  @Field({ description: '容错意见. Opinion on tolerance.' }) toleranceOpinion: string;
  @Field(() => ToleranceOutcome, { nullable: true, description: '建议的容错结果. Proposed tolerance outcome.' }) recommendedToleranceOutcome: ToleranceOutcome | null;
  @Field(() => [String], { description: '建议的问责方式. Proposed measures.' }) recommendedMeasureCodes: string[];
}

@ObjectType('CaseCopy', { description: '抄送（抄送即授予接收单位查阅权）. A copy; it grants the recipient read access.' })
export class CaseCopyNode {
  @Field({ description: '接收角色. Recipient role.' }) recipientRole: string;
  @Field(() => Date, { description: '抄送时间. Sent at.' }) sentAt: Date;
}
