import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Can } from '../../platform/authz/permission.js';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { setCalendarYear } from './calendar.service.js';
import { SetCalendarDaysInput, SetCalendarDaysPayload } from './calendar.types.js';

@Resolver()
export class CalendarResolver {
  @Mutation(() => SetCalendarDaysPayload, { description: '录入某年的节假日与调休安排（仅系统管理员）；工作日期限据此计算. Enter a year’s holidays and make-up working days (administrators only); working-day deadlines are counted on them.' })
  @Can('update', 'CalendarDay')
  setCalendarDays(@Ctx() ctx: RequestContext, @Arg('input', () => SetCalendarDaysInput, { description: '年度安排. The year’s arrangement.' }) input: SetCalendarDaysInput) {
    return setCalendarYear(requireAuthed(ctx), input);
  }
}
