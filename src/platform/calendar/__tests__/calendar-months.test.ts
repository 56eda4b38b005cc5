import fc from 'fast-check';
import { addCalendarMonths } from '../working-day-calendar.js';

describe('addCalendarMonths', () => {
  it('adds months, falling back to the last day of a shorter month', () => {
    expect(addCalendarMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addCalendarMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(addCalendarMonths('2026-05-20', 24)).toBe('2028-05-20');
    expect(addCalendarMonths('2026-05-20', 0)).toBe('2026-05-20');
  });

  it('rejects bad input with a RangeError', () => {
    expect(() => addCalendarMonths('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addCalendarMonths('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addCalendarMonths('9999-12-01', 1)).toThrow(RangeError);
  });

  it('keeps the day of month whenever the target month has it, and never goes past the month', () => {
    fc.assert(fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: -240, max: 240 }), (y, m, d, n) => {
      const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const out = addCalendarMonths(date, n);
      expect(Number(out.slice(8))).toBe(d);
      const months = (Number(out.slice(0, 4)) * 12 + Number(out.slice(5, 7))) - (y * 12 + m);
      expect(months).toBe(n);
    }));
  });
});
