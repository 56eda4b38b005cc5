/**
 * Appeal periods (DOMAIN.md §3, §8): how long a subject has to appeal, and the reviewing body to
 * answer. Regimes differ in length and in what they count — calendar days (2009 暂行规定 art. 22,
 * copied by [YY]) or working days — so both come from the jurisdiction's rule regime. Pure.
 */
import { addCalendarDays, type CalendarDate, type WorkingDayCalendar } from '../../platform/calendar/working-day-calendar.js';

/** The appeal settings of a rule regime (a RuleRegime row satisfies it). */
export interface AppealPeriodRules {
  appealFilingDays: number;
  appealAnswerDays: number;
  /** true: the periods count working days (工作日); false: calendar days. */
  appealDaysAreWorkingDays: boolean;
}

function addPeriod(calendar: WorkingDayCalendar, from: CalendarDate, days: number, workingDays: boolean, what: string): CalendarDate {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`${what} must be a whole number of days >= 1, got ${String(days)}.`);
  // As for every deadline here, the day the period starts on is not counted.
  return workingDays ? calendar.addWorkingDays(from, days) : addCalendarDays(from, days);
}

/** Last day to file an appeal, counted from the day the decision was served (received). */
export function appealDeadline(calendar: WorkingDayCalendar, servedOn: CalendarDate, regime: AppealPeriodRules): CalendarDate {
  return addPeriod(calendar, servedOn, regime.appealFilingDays, regime.appealDaysAreWorkingDays, 'appealFilingDays');
}

/** Last day for the reviewing body's written answer, counted from the day the appeal was filed. */
export function appealAnswerDue(calendar: WorkingDayCalendar, filedOn: CalendarDate, regime: AppealPeriodRules): CalendarDate {
  return addPeriod(calendar, filedOn, regime.appealAnswerDays, regime.appealDaysAreWorkingDays, 'appealAnswerDays');
}
