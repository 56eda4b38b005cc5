import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { Node } from '../../platform/graphql/node.js';
import { DecisionKind, DecisionStatus, EffectKind, ToleranceOutcome } from './decision.enums.js';

registerEnumType(DecisionKind, { name: 'DecisionKind', description: '决定类别：问责、免予问责、不予问责. Accountability, exemption, or none.' });
registerEnumType(ToleranceOutcome, { name: 'ToleranceOutcome', description: '容错结果：免除、减轻、从轻、不予容错. Tolerance outcome.' });
registerEnumType(DecisionStatus, { name: 'DecisionStatus', description: '决定效力：有效、变更、撤销、被新决定取代. In force, changed, revoked or superseded.' });
registerEnumType(EffectKind, { name: 'EffectKind', description: '影响期限制类别. Kind of influence-period restriction.' });

@ObjectType('Decision', { implements: Node, description: '问责/容错决定（问责决定书）. A decision on one subject: the decision document and tolerance outcome.' })
export class DecisionNode extends Node {
  @Field(() => DecisionKind, { description: '决定类别. Kind.' }) kind: DecisionKind;
  @Field(() => [String], { description: '问责方式代码（可合并使用）. Measure codes, possibly combined.' }) measureCodes: string[];
  @Field(() => ToleranceOutcome, { nullable: true, description: '容错结果. Tolerance outcome.' }) toleranceOutcome: ToleranceOutcome | null;
  @Field(() => String, { nullable: true, description: '不予容错的理由. Why tolerance was refused.' }) toleranceRefusalReason: string | null;
  @Field(() => [String], { description: '从重情形. Aggravating factor codes.' }) aggravatingCodes: string[];
  @Field(() => [String], { description: '从轻情形. Mitigating factor codes.' }) mitigatingCodes: string[];
  @Field(() => String, { nullable: true, description: '文号. Document number.' }) documentNumber: string | null;
  @Field({ description: '事实. Facts.' }) facts: string;
  @Field({ description: '依据. Basis.' }) basis: string;
  @Field(() => CalendarDateScalar, { description: '决定日期. Decided on.' }) decidedOn: string;
  @Field(() => CalendarDateScalar, { description: '生效日期. Effective on.' }) effectiveOn: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: '送达日期. Served on.' }) servedOn: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '申诉期限. Appeal deadline.' }) appealDeadlineOn: string | null;
  @Field(() => DecisionStatus, { description: '效力状态. Whether the decision stands.' }) status: DecisionStatus;
  @Field(() => String, { nullable: true, description: '集体研究的会议. The meeting that decided.' }) meetingName: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '会议日期. Meeting date.' }) meetingOn: string | null;
  @Field(() => Int, { nullable: true, description: '实到人数. Members present.' }) attendancePresent: number | null;
  @Field(() => Int, { nullable: true, description: '应到人数. Members.' }) attendanceTotal: number | null;
  @Field(() => String, { nullable: true, description: '组织部门意见. The organisation department’s opinion.' }) organisationOpinion: string | null;
}

@ObjectType('Effect', { description: '影响期. An influence period on a cadre.' })
export class EffectNode {
  @Field(() => EffectKind, { description: '限制类别. Kind.' }) kind: EffectKind;
  @Field(() => CalendarDateScalar, { description: '起始日期. Starts on.' }) startsOn: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: '届满日期（空为待整改到位）. Ends on; null while open-ended.' }) endsOn: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '取消问责日期. Cancelled on.' }) cancelledOn: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '因申诉变更或撤销而失效的日期（失效的限制从未适用）. Voided on: the decision was changed or revoked on appeal, so it never applied.' }) voidedOn: string | null;
}
