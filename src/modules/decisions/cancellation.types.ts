import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { CaseNode } from '../cases/case.types.js';
import { DecisionNode } from './decision.types.js';

@InputType('CancelAccountabilityInput', { description: '取消问责（[YY]第十三条）. Cancel an accountability decision after its influence period ([YY] Art. 13).' })
export class CancelAccountabilityInput {
  @Field(() => ID, { description: '案件全局ID. Global id of the case.' }) caseId: string;
  @Field(() => Int, { description: '读取时的案件版本号. The version of the case you read.' }) version: number;
  @Field(() => ID, { description: '要取消的问责决定. The decision to cancel.' }) decisionId: string;
  @Field(() => CalendarDateScalar, { description: '取消问责决定日期（不得晚于今日，须在影响期满后）. Date of the cancellation: not in the future, after the influence period.' })
  cancelledOn: string;
  @Field({ description: '取消问责决定书文号（1–80字）. Document number of the cancellation (1–80 characters).' }) documentNumber: string;
  @Field({ description: '问责期内反省深刻、整改到位（须为真）. The cadre reflected and rectified during the period; must be true.' }) rectified: boolean;
}

@ObjectType('CancelAccountabilityPayload', { description: '取消问责的结果. Result of cancelling accountability.' })
export class CancelAccountabilityPayload {
  @Field(() => CaseNode, { nullable: true, description: '案件（版本号已更新）（无权查看时为空）. The case, with its new version. Null when you may take the step but not read the case.' }) case: CaseNode | null;
  @Field(() => DecisionNode, { description: '已取消问责的决定. The decision, its effects now cancelled.' }) decision: DecisionNode;
}
