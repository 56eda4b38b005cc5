import { CALENDAR_OVERRIDES } from '../../../../seeds/reference/holidays.js';
import { WorkingDayCalendar } from '../../../platform/calendar/working-day-calendar.js';
import { appealAnswerDue, appealDeadline, type AppealPeriodRules } from '../appeal-deadlines.js';

const calendar = new WorkingDayCalendar(CALENDAR_OVERRIDES);
/** [YY] Art. 12 / 2009 暂行规定 art. 22: 15 days to appeal, 30 to answer, calendar days. */
const calendarDays: AppealPeriodRules = { appealFilingDays: 15, appealAnswerDays: 30, appealDaysAreWorkingDays: false };
const workingDays: AppealPeriodRules = { ...calendarDays, appealDaysAreWorkingDays: true };

describe('appeal window (申诉期限), counted from the day the decision was served', () => {
  it('in calendar days runs through the National Day holiday and ends on a Saturday', () => {
    expect(appealDeadline(calendar, '2025-09-26', calendarDays)).toBe('2025-10-11');
  });

  it('in working days skips the holiday and counts the make-up days', () => {
    expect(appealDeadline(calendar, '2025-09-26', workingDays)).toBe('2025-10-23');
    expect(calendar.workingDaysBetween('2025-09-26', '2025-10-23')).toBe(15);
  });

  it('in calendar days may end on a public holiday', () => {
    expect(appealDeadline(calendar, '2025-09-16', calendarDays)).toBe('2025-10-01');
    expect(calendar.isWorkingDay('2025-10-01')).toBe(false);
  });
});

describe('answer time (答复期限), counted from the day the appeal was filed', () => {
  it('in calendar days: 30 days after 2025-09-30 is 2025-10-30', () => {
    expect(appealAnswerDue(calendar, '2025-09-30', calendarDays)).toBe('2025-10-30');
  });

  it('in working days: 30 working days after 2025-09-30 is 2025-11-18', () => {
    const due = appealAnswerDue(calendar, '2025-09-30', workingDays);
    expect(due).toBe('2025-11-18');
    expect(calendar.workingDaysBetween('2025-09-30', due)).toBe(30);
    expect(calendar.isWorkingDay(due)).toBe(true);
  });

  it('uses the regime’s own lengths', () => {
    const oneMonthish: AppealPeriodRules = { appealFilingDays: 30, appealAnswerDays: 31, appealDaysAreWorkingDays: false };
    expect(appealDeadline(calendar, '2026-01-31', oneMonthish)).toBe('2026-03-02');
    expect(appealAnswerDue(calendar, '2026-01-31', oneMonthish)).toBe('2026-03-03');
  });

  it('refuses a regime without a positive whole number of days', () => {
    expect(() => appealDeadline(calendar, '2025-09-26', { ...calendarDays, appealFilingDays: 0 })).toThrow(RangeError);
    expect(() => appealAnswerDue(calendar, '2025-09-26', { ...workingDays, appealAnswerDays: 2.5 })).toThrow(RangeError);
  });
});
