import fc from 'fast-check';
import {
  type CalendarOverrideDay,
  WorkingDayCalendar,
  addCalendarDays,
  parseCalendarDate,
  shanghaiDateOf,
} from '../working-day-calendar.js';

// Test data only (the real holiday table is data loaded elsewhere): the State Council's 2025
// National Day and 2026 Spring Festival arrangements.
const holidays = (from: string, to: string): CalendarOverrideDay[] => {
  const days: CalendarOverrideDay[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) days.push({ date: d, kind: 'HOLIDAY' });
  return days;
};
const OVERRIDES: CalendarOverrideDay[] = [
  { date: '2025-09-28', kind: 'WORKDAY' }, // Sunday make-up day for National Day
  ...holidays('2025-10-01', '2025-10-08'),
  { date: '2025-10-11', kind: 'WORKDAY' }, // Saturday make-up day
  { date: '2026-02-14', kind: 'WORKDAY' }, // Saturday make-up day for Spring Festival
  ...holidays('2026-02-15', '2026-02-23'),
  { date: '2026-02-28', kind: 'WORKDAY' },
];
const calendar = new WorkingDayCalendar(OVERRIDES);
const plain = new WorkingDayCalendar([]);

// Dates from 2024 to 2027 so properties regularly cross the holiday data above.
const dayNumbers = fc.integer({ min: 0, max: 4 * 366 });
const dates = dayNumbers.map((n) => addCalendarDays('2024-01-01', n));

describe('parseCalendarDate', () => {
  it.each(['2026-01-01', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])('accepts %s', (s) => {
    expect(parseCalendarDate(s)).toBe(s);
  });

  it.each([
    '2026-02-30', '2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00',
    '2026-1-1', '26-01-01', '2026/01/01', '2026-01-01T00:00', ' 2026-01-01', '', 'tomorrow', '0000-01-01',
  ])('rejects %j with a RangeError', (s) => {
    expect(() => parseCalendarDate(s)).toThrow(RangeError);
  });

  it('says what is wrong', () => {
    expect(() => parseCalendarDate('2026-1-1')).toThrow('Invalid calendar date "2026-1-1": expected the form YYYY-MM-DD.');
    expect(() => parseCalendarDate('2026-02-30')).toThrow('no such day in the calendar');
  });

  it('rejects non-strings at run time', () => {
    expect(() => parseCalendarDate(20260101 as unknown as string)).toThrow(RangeError);
  });
});

describe('addCalendarDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addCalendarDays('2026-03-15', 0)).toBe('2026-03-15');
    expect(addCalendarDays('2026-01-01', 365)).toBe('2027-01-01');
  });

  it('rejects fractional counts and results outside years 0001–9999', () => {
    expect(() => addCalendarDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addCalendarDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('0001-01-01', -1)).toThrow(RangeError);
  });

  it('agrees with UTC Date arithmetic (property)', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const expected = new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
        expect(addCalendarDays(d, n)).toBe(expected);
      }),
    );
  });

  it('is invertible (property)', () => {
    fc.assert(fc.property(dates, fc.integer({ min: -5000, max: 5000 }), (d, n) => addCalendarDays(addCalendarDays(d, n), -n) === d));
  });
});

describe('shanghaiDateOf', () => {
  it('moves to the next day at 16:00 UTC (midnight in Shanghai)', () => {
    expect(shanghaiDateOf(new Date('2026-02-13T15:59:59.999Z'))).toBe('2026-02-13');
    expect(shanghaiDateOf(new Date('2026-02-13T16:00:00.000Z'))).toBe('2026-02-14');
    expect(shanghaiDateOf(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
  });

  it('handles offsets given in the ISO string and summer dates alike (no DST)', () => {
    expect(shanghaiDateOf(new Date('2026-07-01T00:00:00+08:00'))).toBe('2026-07-01');
    expect(shanghaiDateOf(new Date('2026-06-30T23:59:59+08:00'))).toBe('2026-06-30');
    expect(shanghaiDateOf(new Date('1969-12-31T16:00:00Z'))).toBe('1970-01-01');
  });

  it('rejects an invalid Date', () => {
    expect(() => shanghaiDateOf(new Date('not a date'))).toThrow(RangeError);
  });

  it('equals the UTC date of the instant shifted by eight hours (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        expect(shanghaiDateOf(new Date(ms))).toBe(new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10));
      }),
    );
  });
});

describe('WorkingDayCalendar', () => {
  it('treats Monday to Friday as working days and weekends as rest days by default', () => {
    // 2026-03-02 is a Monday.
    expect(['02', '03', '04', '05', '06', '07', '08'].map((d) => plain.isWorkingDay(`2026-03-${d}`))).toEqual([
      true, true, true, true, true, false, false,
    ]);
  });

  it('applies holiday and make-up overrides', () => {
    expect(calendar.isWorkingDay('2025-10-01')).toBe(false); // Wednesday, National Day
    expect(calendar.isWorkingDay('2025-09-28')).toBe(true); // Sunday make-up day
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday make-up day
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // Monday, Spring Festival
  });

  it('skips weekends', () => {
    expect(plain.addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday → Monday
    expect(plain.addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // Saturday → Monday
    expect(plain.addWorkingDays('2026-03-02', 5)).toBe('2026-03-09');
    expect(plain.addWorkingDays('2026-03-02', 10)).toBe('2026-03-16');
  });

  it('skips a holiday on a weekday', () => {
    expect(calendar.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09'); // Tue → Thu after the Golden Week
  });

  it('counts a Saturday make-up day', () => {
    expect(calendar.addWorkingDays('2025-10-10', 1)).toBe('2025-10-11');
    expect(plain.addWorkingDays('2025-10-10', 1)).toBe('2025-10-13');
  });

  it('counts the 2025-09-28 Sunday make-up day', () => {
    expect(calendar.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(calendar.addWorkingDays('2025-09-26', 3)).toBe('2025-09-30');
    expect(calendar.workingDaysBetween('2025-09-26', '2025-10-09')).toBe(4); // 28, 29, 30 Sep, 9 Oct
  });

  it('runs a deadline across Spring Festival 2026', () => {
    // Fri 13 Feb + 5: Sat 14 (make-up), then Tue 24, 25, 26, 27 Feb after the holiday.
    expect(calendar.addWorkingDays('2026-02-13', 5)).toBe('2026-02-27');
    expect(calendar.addWorkingDays('2026-02-13', 6)).toBe('2026-02-28'); // Saturday make-up day
    expect(calendar.addWorkingDays('2026-02-13', 7)).toBe('2026-03-02');
    expect(plain.addWorkingDays('2026-02-13', 5)).toBe('2026-02-20');
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-27')).toBe(5);
  });

  it('returns start for n = 0 even when start is not a working day', () => {
    expect(calendar.addWorkingDays('2026-02-15', 0)).toBe('2026-02-15');
  });

  it('rejects negative or fractional n and invalid dates', () => {
    expect(() => calendar.addWorkingDays('2026-02-13', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-02-13', 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-02-13', Number.NaN)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2026-2-1')).toThrow(RangeError);
    expect(() => calendar.workingDaysBetween('2026-02-01', 'x')).toThrow(RangeError);
  });

  it('counts working days in (from, to] and 0 for an empty interval', () => {
    expect(plain.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(plain.workingDaysBetween('2026-03-02', '2026-03-03')).toBe(1);
    expect(plain.workingDaysBetween('2026-03-06', '2026-03-08')).toBe(0); // only the weekend
    expect(plain.workingDaysBetween('2026-03-09', '2026-03-02')).toBe(0);
    expect(plain.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(261);
  });

  it('validates overrides', () => {
    expect(() => new WorkingDayCalendar([{ date: '2026-02-30', kind: 'HOLIDAY' }])).toThrow(RangeError);
    expect(() => new WorkingDayCalendar([{ date: '2026-02-16', kind: 'OFF' as 'HOLIDAY' }])).toThrow(/unknown kind/);
    expect(
      () => new WorkingDayCalendar([{ date: '2026-02-16', kind: 'HOLIDAY' }, { date: '2026-02-16', kind: 'WORKDAY' }]),
    ).toThrow('both HOLIDAY and WORKDAY');
    // A repeated identical entry and an override that matches the default are harmless.
    const c = new WorkingDayCalendar([
      { date: '2026-02-16', kind: 'HOLIDAY' }, { date: '2026-02-16', kind: 'HOLIDAY' }, { date: '2026-02-17', kind: 'WORKDAY' },
    ]);
    expect(c.isWorkingDay('2026-02-16')).toBe(false);
    expect(c.workingDaysBetween('2026-02-15', '2026-02-17')).toBe(1);
  });

  describe('properties', () => {
    const counts = fc.integer({ min: 0, max: 400 });

    it('addWorkingDays lands on a working day for n > 0', () => {
      fc.assert(fc.property(dates, fc.integer({ min: 1, max: 400 }), (d, n) => calendar.isWorkingDay(calendar.addWorkingDays(d, n))));
    });

    it('workingDaysBetween(d, addWorkingDays(d, n)) === n', () => {
      fc.assert(fc.property(dates, counts, (d, n) => calendar.workingDaysBetween(d, calendar.addWorkingDays(d, n)) === n));
    });

    it('addWorkingDays is strictly increasing in n', () => {
      fc.assert(
        fc.property(dates, counts, counts, (d, a, b) => {
          fc.pre(a !== b);
          const [lo, hi] = a < b ? [a, b] : [b, a];
          return calendar.addWorkingDays(d, lo) < calendar.addWorkingDays(d, hi);
        }),
      );
    });

    it('composes: adding m then n working days equals adding m + n', () => {
      fc.assert(
        fc.property(dates, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 }), (d, m, n) =>
          calendar.addWorkingDays(calendar.addWorkingDays(d, m), n) === calendar.addWorkingDays(d, m + n)),
      );
    });

    it('workingDaysBetween matches a day-by-day count and is additive', () => {
      fc.assert(
        fc.property(dates, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (d, x, y) => {
          const mid = addCalendarDays(d, x);
          const end = addCalendarDays(mid, y);
          let naive = 0;
          for (let i = 1; i <= x + y; i += 1) if (calendar.isWorkingDay(addCalendarDays(d, i))) naive += 1;
          expect(calendar.workingDaysBetween(d, end)).toBe(naive);
          expect(calendar.workingDaysBetween(d, mid) + calendar.workingDaysBetween(mid, end)).toBe(naive);
        }),
      );
    });

    it('every day skipped by addWorkingDays is a rest day', () => {
      fc.assert(
        fc.property(dates, counts, (d, n) => {
          const prev = calendar.addWorkingDays(d, n);
          const next = calendar.addWorkingDays(d, n + 1);
          for (let day = addCalendarDays(prev, 1); day < next; day = addCalendarDays(day, 1)) {
            if (calendar.isWorkingDay(day)) return false;
          }
          return true;
        }),
      );
    });
  });
});
