import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { Node } from '../../platform/graphql/node.js';
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
