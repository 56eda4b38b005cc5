import { CALENDAR_OVERRIDES } from '../../../../seeds/reference/holidays.js';
import { addCalendarDays, WorkingDayCalendar } from '../../../platform/calendar/working-day-calendar.js';
import { archiveDueDate, DEFAULT_DEADLINE_RULES, recommendationDueDate } from '../case.workflow.js';

/** Deadlines on the real State Council calendar (seeds/reference/holidays.ts), not a synthetic one. */
const calendar = new WorkingDayCalendar(CALENDAR_OVERRIDES);
const rules = DEFAULT_DEADLINE_RULES;

/** Every date d with from < d <= to that the calendar counts as a working day. */
function workingDaysIn(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (calendar.isWorkingDay(d)) out.push(d);
  return out;
}

describe('recommendation deadline across the 2025 National Day and Mid-Autumn holiday', () => {
  it('a clue received on Friday 2025-09-26 has its preliminary opinion due on 2025-10-23 (15 working days)', () => {
    expect(recommendationDueDate(calendar, '2025-09-26', rules, false)).toBe('2025-10-23');
  });

  it('counts the make-up Sunday 2025-09-28 and Saturday 2025-10-11, skips 10-01…10-08', () => {
    const counted = workingDaysIn('2025-09-26', '2025-10-23');
    expect(counted).toEqual([
      '2025-09-28', '2025-09-29', '2025-09-30',
      '2025-10-09', '2025-10-10', '2025-10-11',
      '2025-10-13', '2025-10-14', '2025-10-15', '2025-10-16', '2025-10-17',
      '2025-10-20', '2025-10-21', '2025-10-22', '2025-10-23',
    ]);
    expect(calendar.workingDaysBetween('2025-09-26', '2025-10-23')).toBe(15);
    for (let d = '2025-10-01'; d <= '2025-10-08'; d = addCalendarDays(d, 1)) expect(calendar.isWorkingDay(d)).toBe(false);
  });

  it('would fall two working days later (2025-10-27) if the make-up days were not in the data', () => {
    const withoutMakeUp = new WorkingDayCalendar(CALENDAR_OVERRIDES.filter((o) => o.date !== '2025-09-28' && o.date !== '2025-10-11'));
    expect(recommendationDueDate(withoutMakeUp, '2025-09-26', rules, false)).toBe('2025-10-27');
    const withoutOne = new WorkingDayCalendar(CALENDAR_OVERRIDES.filter((o) => o.date !== '2025-10-11'));
    expect(recommendationDueDate(withoutOne, '2025-09-26', rules, false)).toBe('2025-10-24');
  });

  it('extended with approval to 30 working days: Thursday 2025-11-13', () => {
    // From the data: the 15 days above, then 10-24, 10-27…10-31, 11-03…11-07, 11-10…11-13 (no holiday after 10-08).
    const due = recommendationDueDate(calendar, '2025-09-26', rules, true);
    expect(due).toBe('2025-11-13');
    expect(calendar.isWorkingDay(due)).toBe(true);
    expect(workingDaysIn('2025-10-23', due)).toEqual([
      '2025-10-24', '2025-10-27', '2025-10-28', '2025-10-29', '2025-10-30', '2025-10-31',
      '2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06', '2025-11-07',
      '2025-11-10', '2025-11-11', '2025-11-12', '2025-11-13',
    ]);
    expect(calendar.workingDaysBetween('2025-09-26', due)).toBe(30);
  });

  it('a shorter regime limit (7 working days) still counts the make-up days', () => {
    expect(recommendationDueDate(calendar, '2025-09-26', { ...rules, recommendationWorkingDays: 7 }, false)).toBe('2025-10-13');
  });
});

describe('archive deadline', () => {
  it('5 working days from Thursday 2025-11-13 land on Thursday 2025-11-20, over the weekend', () => {
    const due = archiveDueDate(calendar, '2025-11-13', rules);
    expect(due).toBe('2025-11-20');
    expect(workingDaysIn('2025-11-13', due)).toEqual(['2025-11-14', '2025-11-17', '2025-11-18', '2025-11-19', '2025-11-20']);
    expect(calendar.isWorkingDay('2025-11-15')).toBe(false);
    expect(calendar.isWorkingDay('2025-11-16')).toBe(false);
  });

  it('a regime with a stricter limit (3 working days) from a Thursday lands on the Tuesday', () => {
    expect(archiveDueDate(calendar, '2025-11-13', { ...rules, archiveWorkingDays: 3 })).toBe('2025-11-18');
  });
});
