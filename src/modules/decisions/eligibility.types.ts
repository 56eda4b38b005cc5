import { Field, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { CadreNode } from '../cadres/cadre.types.js';
import { EffectKind } from './decision.enums.js';

@ObjectType('EligibilityReason', {
  description: '不符合条件的理由：一项影响期限制及其来源决定. Why not: one influence-period restriction and the decision it comes from.',
})
export class EligibilityReasonNode {
  @Field(() => EffectKind, { description: '限制类别. Kind of restriction.' }) effectKind: EffectKind;
  @Field(() => String, { nullable: true, description: '产生该限制的问责方式代码. The accountability measure that imposes it.' }) measureCode: string | null;
  @Field(() => CalendarDateScalar, { description: '起始日期. Starts on.' }) startsOn: string;
  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: '限制适用的最后一日（“当年度”类为12月31日；空为至整改到位）. The last day it applies (31 December for the year-bound kinds); null until rectified.',
  })
  endsOn: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '取消问责日期（晚于所查询日期时）. Date of a cancellation later than the day asked about.' })
  cancelledOn: string | null;
  @Field(() => String, { nullable: true, description: '来源决定的文号. Document number of the decision.' }) documentNumber: string | null;
  @Field({ description: '说明（中文，英文）. Explanation, in Chinese and English.' }) explanation: string;
}

@ObjectType('EligibilityVerdict', { description: '某一事项是否允许及全部理由. Whether one thing is allowed, and every reason why not.' })
export class EligibilityVerdictNode {
  @Field({ description: '是否允许. Allowed.' }) allowed: boolean;
  @Field(() => [EligibilityReasonNode], { description: '不允许的全部理由（允许时为空）. Every reason it is not allowed; empty when allowed.' })
  reasons: EligibilityReasonNode[];
}

@ObjectType('CadreEligibility', {
  description: '干部在某日能否提拔、评优评先、担任职务（[YY]第十八条影响期）. Whether a cadre may be promoted, receive awards and hold a post on a date ([YY] Art. 18).',
})
export class CadreEligibilityNode {
  @Field(() => CadreNode, { description: '干部. The cadre.' }) cadre: CadreNode;
  @Field(() => CalendarDateScalar, { description: '所查询的日期. The date asked about.' }) on: string;
  @Field(() => EligibilityVerdictNode, { description: '提拔. Promotion.' }) promotion: EligibilityVerdictNode;
  @Field(() => EligibilityVerdictNode, { description: '考核评优评先. Appraisal awards and honours.' }) awards: EligibilityVerdictNode;
  @Field(() => EligibilityVerdictNode, { description: '担任（安排）职务. Holding a post.' }) holdingPost: EligibilityVerdictNode;
}
