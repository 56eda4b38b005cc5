import { GraphQLError } from 'graphql';
import { CALENDAR_OVERRIDES } from '../../../../seeds/reference/holidays.js';
import { WorkingDayCalendar } from '../../../platform/calendar/working-day-calendar.js';
import { type CalendarDayEntry, validateCalendarYear } from '../calendar-year.js';

const day = (date: string, kind = 'HOLIDAY', extra: Partial<CalendarDayEntry> = {}): CalendarDayEntry => ({
  date, kind, nameZh: '国庆节', nameEn: 'National Day', provisional: false, ...extra,
});

/** The refusal's extensions: the code and where the fault is. */
function refusal(work: () => unknown): Record<string, unknown> {
  try {
    work();
  } catch (e) {
    expect(e).toBeInstanceOf(GraphQLError);
    const { code, field, index } = (e as GraphQLError).extensions;
    return { code, field, ...(index === undefined ? {} : { index }) };
  }
  throw new Error('expected a refusal');
}

describe('validateCalendarYear', () => {
  it('accepts the real 2025 and 2026 notices and returns them sorted', () => {
    for (const year of [2025, 2026]) {
      const days = CALENDAR_OVERRIDES.filter((o) => o.date.startsWith(`${year}-`));
      const valid = validateCalendarYear({ year, days: [...days].reverse() });
      expect(valid.map((d) => d.date)).toEqual(days.map((d) => d.date));
      expect(() => new WorkingDayCalendar(valid)).not.toThrow();
    }
  });

  it('accepts an empty year (a year with no notice yet) and trims names', () => {
    expect(validateCalendarYear({ year: 2030, days: [] })).toEqual([]);
    expect(validateCalendarYear({ year: 2028, days: [day('2028-10-02', 'HOLIDAY', { nameZh: ' 国庆节 ' })] })[0]!.nameZh).toBe('国庆节');
  });

  it('a HOLIDAY may be any day, a WORKDAY only a Saturday or Sunday', () => {
    // 2028-10-01 is a Sunday, 2028-09-30 a Saturday, 2028-10-09 a Monday.
    expect(validateCalendarYear({ year: 2028, days: [day('2028-10-01'), day('2028-09-30', 'WORKDAY'), day('2028-10-08', 'WORKDAY'), day('2028-10-09')] })).toHaveLength(4);
    expect(refusal(() => validateCalendarYear({ year: 2028, days: [day('2028-10-01'), day('2028-10-09', 'WORKDAY')] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'days.kind', index: 1 });
  });

  it('refuses a year outside 2000–2100 or more than 60 days', () => {
    expect(refusal(() => validateCalendarYear({ year: 1999, days: [] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(refusal(() => validateCalendarYear({ year: 2101, days: [] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(refusal(() => validateCalendarYear({ year: 2028.5, days: [] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'year' });
    const many = Array.from({ length: 61 }, (_, i) => day(`2028-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`));
    expect(refusal(() => validateCalendarYear({ year: 2028, days: many }))).toEqual({ code: 'BAD_USER_INPUT', field: 'days' });
    expect(validateCalendarYear({ year: 2028, days: many.slice(0, 60) })).toHaveLength(60);
  });

  it('refuses an impossible date, a date of another year and a duplicate, with its index', () => {
    expect(refusal(() => validateCalendarYear({ year: 2027, days: [day('2027-01-01'), day('2027-02-29')] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'days.date', index: 1 });
    expect(refusal(() => validateCalendarYear({ year: 2028, days: [day('2029-01-01')] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'days.date', index: 0 });
    expect(refusal(() => validateCalendarYear({ year: 2028, days: [day('2028-10-01'), day('2028-10-02'), day('2028-10-01', 'HOLIDAY', { nameZh: '重复' })] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'days.date', index: 2 });
    expect(refusal(() => validateCalendarYear({ year: 2028, days: [day('28-10-01')] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'days.date', index: 0 });
  });

  it('refuses an unknown kind, a blank or over-long name and a non-boolean provisional flag', () => {
    expect(refusal(() => validateCalendarYear({ year: 2028, days: [day('2028-10-02', 'FESTIVAL')] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'days.kind', index: 0 });
    expect(refusal(() => validateCalendarYear({ year: 2028, days: [day('2028-10-02', 'HOLIDAY', { nameZh: '   ' })] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'days.nameZh', index: 0 });
    expect(refusal(() => validateCalendarYear({ year: 2028, days: [day('2028-10-02', 'HOLIDAY', { nameEn: 'x'.repeat(101) })] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'days.nameEn', index: 0 });
    expect(validateCalendarYear({ year: 2028, days: [day('2028-10-02', 'HOLIDAY', { nameEn: 'x'.repeat(100) })] })).toHaveLength(1);
    expect(refusal(() => validateCalendarYear({ year: 2028, days: [day('2028-10-02', 'HOLIDAY', { provisional: 'yes' as unknown as boolean })] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'days.provisional', index: 0 });
  });
});
