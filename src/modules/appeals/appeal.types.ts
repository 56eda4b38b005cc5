import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { Node } from '../../platform/graphql/node.js';
import { CaseNode } from '../cases/case.types.js';
import { ToleranceOutcome } from '../decisions/decision.enums.js';
import { DecisionNode } from '../decisions/decision.types.js';
import { AppealOutcome, AppealState } from './appeal.enums.js';

registerEnumType(AppealState, { name: 'AppealState', description: '申诉状态. Appeal state.' });
registerEnumType(AppealOutcome, { name: 'AppealOutcome', description: '复查结果：维持、变更、撤销. Upheld, changed or revoked.' });

@ObjectType('Appeal', { implements: Node, description: '申诉（不停止执行）. An appeal; it does not suspend execution.' })
export class AppealNode extends Node {
  @Field(() => AppealState, { description: '状态. State.' }) state: AppealState;
  @Field({ description: '申诉理由. Grounds.' }) grounds: string;
  @Field(() => CalendarDateScalar, { description: '收到决定日期. Decision received on.' }) decisionReceivedOn: string;
  @Field(() => CalendarDateScalar, { description: '提出日期. Filed on.' }) filedOn: string;
  @Field(() => CalendarDateScalar, { description: '答复期限. Answer due on.' }) answerDueOn: string;
  @Field(() => AppealOutcome, { nullable: true, description: '结果. Outcome.' }) outcome: AppealOutcome | null;
  @Field(() => String, { nullable: true, description: '书面答复. Written answer.' }) answer: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '答复日期. Answered on.' }) answeredOn: string | null;
}

@InputType({ description: '提出申诉（干部本人）. Appeal a decision: the subject, through self-service.' })
export class FileAppealInput {
  @Field(() => ID, { description: '案件全局ID. The case.' }) caseId: string;
  @Field(() => Int, { description: '读取到的案件版本号. The case version you read.' }) version: number;
  @Field(() => ID, { description: '被申诉的决定. The decision appealed against.' }) decisionId: string;
  @Field({ description: '申诉理由（1–5000字）. Grounds, 1 to 5000 characters.' }) grounds: string;
  @Field(() => CalendarDateScalar, { description: '提出日期（不得晚于今日）. Filed on; not in the future.' }) filedOn: string;
}

@InputType({ description: '申诉复查结论（决定机关的上级机关）. The reviewing body answers an appeal.' })
export class DecideAppealInput {
  @Field(() => ID, { description: '案件全局ID. The case.' }) caseId: string;
  @Field(() => Int, { description: '读取到的案件版本号. The case version you read.' }) version: number;
  @Field(() => ID, { description: '申诉. The appeal.' }) appealId: string;
  @Field(() => AppealOutcome, { description: '复查结果. Outcome.' }) outcome: AppealOutcome;
  @Field({ description: '书面答复（1–5000字）. Written answer, 1 to 5000 characters.' }) answer: string;
  @Field(() => CalendarDateScalar, { description: '答复日期（不得晚于今日）. Answered on; not in the future.' }) answeredOn: string;
  @Field(() => [String], { nullable: true, description: '变更后的问责方式代码（仅变更时）. The new measure codes, for CHANGED only.' }) changedMeasureCodes?: string[] | null;
  @Field(() => ToleranceOutcome, { nullable: true, description: '变更后的容错结果（仅变更时）. The new tolerance outcome, for CHANGED only.' }) changedToleranceOutcome?: ToleranceOutcome | null;
}

@ObjectType('FileAppealPayload', { description: '提出申诉的结果（不停止执行）. The appeal filed; execution continues.' })
export class FileAppealPayload {
  @Field(() => CaseNode, { nullable: true, description: '案件（状态不变）（无权查看时为空）. The case; its state is unchanged. Null when you may take the step but not read the case.' }) case: CaseNode | null;
  @Field(() => AppealNode, { description: '申诉. The appeal.' }) appeal: AppealNode;
}

@ObjectType('DecideAppealPayload', { description: '申诉复查的结果. The appeal answered.' })
export class DecideAppealPayload {
  @Field(() => CaseNode, { nullable: true, description: '案件（无权查看时为空）. The case. Null when you may take the step but not read the case.' }) case: CaseNode | null;
  @Field(() => AppealNode, { description: '申诉. The appeal.' }) appeal: AppealNode;
  @Field(() => DecisionNode, { description: '被申诉的决定（维持、变更或撤销后）. The decision appealed against, as it now stands.' }) decision: DecisionNode;
  @Field(() => DecisionNode, { nullable: true, description: '变更后的新决定. The decision that replaces it, when changed.' }) newDecision: DecisionNode | null;
}
