import { CalendarDay } from './calendar-day.entity.js';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../platform/authz/actor.js';
import { validateCalendarYear, type CalendarYear, type ValidCalendarDay } from './calendar-year.js';
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
  await inTransaction(ctx, (manager) => writeCalendarYear(manager, ctx.actor, ctx.requestId, input.year, days));
  return { year: input.year, days: await calendarDaysOf(ctx, input.year) };
}

/** The write itself, inside the caller's transaction: delete the year, insert its days, audit. Also the CLI import's. */
export async function writeCalendarYear(manager: EntityManager, actor: Actor | null, requestId: string, year: number, days: ValidCalendarDay[]): Promise<void> {
  const [, replaced] = (await manager.query('DELETE FROM calendar_days WHERE date BETWEEN $1 AND $2', [`${year}-01-01`, `${year}-12-31`])) as [unknown, number];
  if (days.length > 0) await manager.insert(CalendarDay, days);
  await appendAudit(manager, actor, requestId, [{
    action: 'calendar.set-year', subjectType: 'CalendarDay', subjectId: String(year),
    detail: {
      replaced,
      holidays: days.filter((d) => d.kind === 'HOLIDAY').length,
      workdays: days.filter((d) => d.kind === 'WORKDAY').length,
      provisional: days.filter((d) => d.provisional).length,
    },
  }]);
}
