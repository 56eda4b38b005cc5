import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { DecisionKind, ToleranceOutcome } from '../decisions/decision.enums.js';
import { DecisionNode } from '../decisions/decision.types.js';
import { CaseStepInput } from './case-step.types.js';
import { CaseNode } from './case.types.js';

@InputType({ description: '集体研究记录. The collective-decision record.' })
export class MeetingInput {
  @Field({ description: '会议名称（如常委会第N次会议）. Meeting, e.g. the standing committee’s n-th meeting.' }) name: string;
  @Field(() => CalendarDateScalar, { description: '会议日期. Held on.' }) heldOn: string;
  @Field(() => Int, { description: '应到人数. Members.' }) total: number;
  @Field(() => Int, { description: '实到人数. Present.' }) present: number;
}

@InputType({ description: '纠错要求. A correction requirement.' })
export class CorrectionRequirementInput {
  @Field({ description: '整改要求. What must be corrected.' }) requirements: string;
  @Field(() => CalendarDateScalar, { description: '完成期限. Due on.' }) dueOn: string;
}

@InputType({ description: '对一名问责对象的决定. The decision on one subject.' })
export class SubjectDecisionInput {
  @Field(() => ID, { nullable: true, description: '问责对象干部. The subject cadre.' }) subjectCadreId?: string | null;
  @Field(() => ID, { nullable: true, description: '问责对象单位. The subject unit.' }) subjectUnitId?: string | null;
  @Field(() => DecisionKind, { description: '决定类别. Kind.' }) kind: DecisionKind;
  @Field(() => [String], { defaultValue: [], description: '问责方式（可合并）. Measures, possibly combined.' }) measureCodes: string[];
  @Field(() => [String], { defaultValue: [], description: '从重情形. Aggravating factors.' }) aggravatingCodes: string[];
  @Field(() => [String], { defaultValue: [], description: '从轻、减轻情形. Mitigating factors.' }) mitigatingCodes: string[];
  @Field(() => ToleranceOutcome, { nullable: true, description: '容错结果. Tolerance outcome.' }) toleranceOutcome?: ToleranceOutcome | null;
  @Field(() => String, { nullable: true, description: '不予容错的理由. Why tolerance is refused.' }) toleranceRefusalReason?: string | null;
  @Field({ description: '文号. Document number.' }) documentNumber: string;
  @Field({ description: '事实. Facts.' }) facts: string;
  @Field({ description: '依据. Basis.' }) basis: string;
  @Field(() => [CorrectionRequirementInput], { defaultValue: [], description: '纠错要求（容错决定）. Correction requirements, with a tolerance decision.' }) corrections: CorrectionRequirementInput[];
}

@InputType({ description: '集体研究作出决定. Decide, collectively.' })
export class DecideInput extends CaseStepInput {
  @Field(() => [SubjectDecisionInput], { description: '对各问责对象的决定. One decision per subject.' }) decisions: SubjectDecisionInput[];
  @Field(() => MeetingInput, { description: '集体研究记录. The collective-decision record.' }) meeting: MeetingInput;
  @Field(() => CalendarDateScalar, { description: '决定日期. Decided on.' }) decidedOn: string;
  @Field(() => CalendarDateScalar, { description: '生效日期（影响期由此起算）. Effective on; influence periods run from it.' }) effectiveOn: string;
  @Field(() => String, { nullable: true, description: '组织部门意见（市管干部须有）. The organisation department’s opinion, required for city-managed cadres.' }) organisationOpinion?: string | null;
}

@ObjectType('DecidePayload', { description: '决定的结果. The result of a decision.' })
export class DecidePayload {
  @Field(() => CaseNode, { nullable: true, description: '变更后的案件（无权查看时为空）. The case as changed. Null when you may take the step but not read the case.' }) case: CaseNode | null;
  @Field(() => [DecisionNode], { description: '作出的决定. The decisions made.' }) decisions: DecisionNode[];
}
