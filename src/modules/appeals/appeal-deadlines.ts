/** Appeal periods (DOMAIN.md §3): to file, counted from service; to answer, counted from filing. Pure. */
import { addCalendarDays, type CalendarDate, type WorkingDayCalendar } from '../../platform/calendar/working-day-calendar.js';
import type { RuleRegime } from '../units/rule-regime.entity.js';

/** Last day to file an appeal; the day of service is not counted. */
export function appealDeadline(
  calendar: WorkingDayCalendar,
  servedOn: CalendarDate,
  regime: Pick<RuleRegime, 'appealFilingDays' | 'appealDaysAreWorkingDays'>,
): CalendarDate {
  return regime.appealDaysAreWorkingDays ? calendar.addWorkingDays(servedOn, regime.appealFilingDays) : addCalendarDays(servedOn, regime.appealFilingDays);
}

/** Last day for the reviewing body's written answer; the day of filing is not counted. */
export function appealAnswerDue(
  calendar: WorkingDayCalendar,
  filedOn: CalendarDate,
  regime: Pick<RuleRegime, 'appealAnswerDays' | 'appealDaysAreWorkingDays'>,
): CalendarDate {
  return regime.appealDaysAreWorkingDays ? calendar.addWorkingDays(filedOn, regime.appealAnswerDays) : addCalendarDays(filedOn, regime.appealAnswerDays);
}
