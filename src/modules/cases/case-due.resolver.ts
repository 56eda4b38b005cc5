import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../platform/authz/permission.js';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { asNode } from '../../platform/graphql/node.js';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { AppealNode } from '../appeals/appeal.types.js';
import type { DueItem } from './case-due.js';
import { dueCases, overdueCases } from './case-due.service.js';
import { DueItemNode } from './case-due.types.js';
import type { Case } from './case.entity.js';
import { caseNode } from './case.service.js';

const ASOF = { nullable: true, description: '以哪一天为准（默认北京时间今天）. The day to count from; today in China Standard Time by default.' } as const;

const toNode = (item: DueItem<Case>) => ({ ...item, case: caseNode(item.case) });

@Resolver(() => DueItemNode)
export class CaseDueResolver {
  @Query(() => [DueItemNode], { description: '本机关在若干工作日内到期的事项（含已逾期）及全部容错申请，快速响应优先、按期限排序. Duties of your bodies due within the given working days (overdue ones included) and every tolerance application; priority first, then by due date.' })
  @Can('read', 'Case')
  async dueCases(
    @Ctx() ctx: RequestContext,
    @Arg('within', () => Int, { description: '向后看的工作日数（0–60）. Working days to look ahead, 0 to 60.' }) within: number,
    @Arg('asOf', () => CalendarDateScalar, ASOF) asOf: string | null,
  ) {
    return (await dueCases(requireAuthed(ctx), within, asOf)).map(toNode);
  }

  @Query(() => [DueItemNode], { description: '本机关已逾期的事项，快速响应优先、按期限排序. Duties of your bodies past their due date; priority first, then by due date.' })
  @Can('read', 'Case')
  async overdueCases(@Ctx() ctx: RequestContext, @Arg('asOf', () => CalendarDateScalar, ASOF) asOf: string | null) {
    return (await overdueCases(requireAuthed(ctx), asOf)).map(toNode);
  }

  @FieldResolver(() => AppealNode, { nullable: true, description: '待答复的申诉（仅申诉答复事项）. The appeal to answer, for an appeal-answer duty.' })
  async appeal(@Root() item: DueItem<unknown>, @Ctx() ctx: RequestContext) {
    if (!item.appealId) return null;
    const found = await ctx.loaders.appeal.load(item.appealId);
    return found ? asNode('Appeal', found) : null;
  }
}
