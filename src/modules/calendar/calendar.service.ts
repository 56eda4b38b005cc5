import { CalendarDay } from './calendar-day.entity.js';
import { shanghaiDateOf, WorkingDayCalendar, type CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import type { RequestContext } from '../../platform/request/request-context.js';

/**
 * The working-day calendar as the database holds it now (a few hundred rows: holidays and
 * make-up working days are reference data, readable by everyone signed in).
 */
export async function loadCalendar(ctx: Pick<RequestContext, 'manager'>): Promise<WorkingDayCalendar> {
  const days = await ctx.manager.getRepository(CalendarDay).find();
  return new WorkingDayCalendar(days);
}

/** Today in China Standard Time: the day a step is recorded on when its input gives none. */
export const todayInShanghai = (): CalendarDate => shanghaiDateOf(new Date());
