import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { Can } from '../../platform/authz/permission.js';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { asNode } from '../../platform/graphql/node.js';
import { DecisionNode } from './decision.types.js';
import type { EligibilityReason } from './eligibility.js';
import { cadreEligibility } from './eligibility.service.js';
import { CadreEligibilityNode, EligibilityReasonNode } from './eligibility.types.js';

@Resolver(() => CadreEligibilityNode)
export class EligibilityResolver {
  @Query(() => CadreEligibilityNode, {
    nullable: true,
    description: '干部在某日能否提拔、评优评先、担任职务及全部理由（管辖范围外视为不存在）. Whether a cadre may be promoted, receive awards and hold a post on a date, with every reason; outside your jurisdiction the cadre does not exist.',
  })
  @Can('read', 'Cadre')
  cadreEligibility(
    @Ctx() ctx: RequestContext,
    @Arg('cadreId', () => ID, { description: '干部全局ID. Global id of the cadre.' }) cadreId: string,
    @Arg('on', () => CalendarDateScalar, { description: '所查询的日期. The date to answer for.' }) on: string,
  ) {
    return cadreEligibility(requireAuthed(ctx), cadreId, on);
  }
}

@Resolver(() => EligibilityReasonNode)
export class EligibilityReasonResolver {
  @FieldResolver(() => DecisionNode, {
    nullable: true,
    description: '来源决定（无权查看时为空，限制仍然计入）. The decision it comes from; null when you may not read it, the restriction counts all the same.',
  })
  async decision(@Root() r: EligibilityReason, @Ctx() ctx: RequestContext) {
    const d = await ctx.loaders.decision.load(r.decisionId);
    return d ? asNode('Decision', d) : null;
  }
}
