import { CalendarDay } from './calendar-day.entity.js';
import { validateCalendarYear, type CalendarYear } from './calendar-year.js';
import { shanghaiDateOf, WorkingDayCalendar, type CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import { calendarDaysOf } from '../catalogues/catalogue.service.js';
import { appendAudit } from '../../platform/audit/audit-log.js';
import type { AuthedContext, RequestContext } from '../../platform/request/request-context.js';
import { inTransaction } from '../../platform/write/write-path.js';

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

/**
 * Replaces one year's holidays and make-up working days (the State Council's notice for that
 * year, or a correction of it). Validated before anything is written; the delete, the insert and
 * the audit entry share one transaction. Deadlines already stored on cases are not recomputed:
 * they were set under the calendar in force when their step was taken.
 */
export async function setCalendarYear(ctx: AuthedContext, input: CalendarYear): Promise<{ year: number; days: CalendarDay[] }> {
  const days = validateCalendarYear(input);
  const { year } = input;
  const range = { from: `${year}-01-01`, to: `${year}-12-31` };
  await inTransaction(ctx, async (manager) => {
    const [, replaced] = (await manager.query('DELETE FROM calendar_days WHERE date BETWEEN $1 AND $2', [range.from, range.to])) as [unknown, number];
    if (days.length > 0) await manager.insert(CalendarDay, days);
    await appendAudit(manager, ctx.actor, ctx.requestId, [{
      action: 'calendar.set-year', subjectType: 'CalendarDay', subjectId: String(year),
      detail: {
        replaced,
        holidays: days.filter((d) => d.kind === 'HOLIDAY').length,
        workdays: days.filter((d) => d.kind === 'WORKDAY').length,
        provisional: days.filter((d) => d.provisional).length,
      },
    }]);
  });
  return { year, days: await calendarDaysOf(ctx, year) };
}
