/** Appeal windows and answer times ([YY] Art. 12, DOMAIN.md §3, §8): per regime, in calendar or working days. */
import { addCalendarDays, type CalendarDate, type WorkingDayCalendar } from '../../platform/calendar/working-day-calendar.js';
import type { RuleRegime } from '../units/rule-regime.entity.js';

const addDays = (calendar: WorkingDayCalendar, from: CalendarDate, days: number, working: boolean) =>
  working ? calendar.addWorkingDays(from, days) : addCalendarDays(from, days);

/** The last day an appeal may be filed, counted from service of the decision. */
export function appealDeadline(calendar: WorkingDayCalendar, servedOn: CalendarDate, regime: Pick<RuleRegime, 'appealFilingDays' | 'appealDaysAreWorkingDays'>): CalendarDate {
  return addDays(calendar, servedOn, regime.appealFilingDays, regime.appealDaysAreWorkingDays);
}

/** The day the written answer is due, counted from filing. */
export function appealAnswerDue(calendar: WorkingDayCalendar, filedOn: CalendarDate, regime: Pick<RuleRegime, 'appealAnswerDays' | 'appealDaysAreWorkingDays'>): CalendarDate {
  return addDays(calendar, filedOn, regime.appealAnswerDays, regime.appealDaysAreWorkingDays);
}
