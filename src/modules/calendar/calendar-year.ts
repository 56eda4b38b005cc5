/**
 * A year's holidays and make-up working days as an administrator enters them from the State
 * Council's notice (DOMAIN.md §2.1: the calendar is data). Pure: the rules a new year must meet
 * before it replaces the old one, each refusal naming the field and the day's index.
 */
import { parseCalendarDate } from '../../platform/calendar/working-day-calendar.js';
import { badInput } from '../../platform/errors/domain-error.js';

export const MIN_CALENDAR_YEAR = 2000;
export const MAX_CALENDAR_YEAR = 2100;
/** A notice lists about 30 days (every date of each holiday span and the make-up days); 60 leaves room. */
export const MAX_DAYS_PER_YEAR = 60;
const MAX_NAME_LENGTH = 100;

export interface CalendarDayEntry {
  date: string;
  kind: string;
  nameZh: string;
  nameEn: string;
  provisional: boolean;
}

export interface CalendarYear {
  year: number;
  days: CalendarDayEntry[];
}

export interface ValidCalendarDay extends CalendarDayEntry {
  kind: 'HOLIDAY' | 'WORKDAY';
}

/** Day of the week of a valid 'YYYY-MM-DD', 0 = Sunday … 6 = Saturday (UTC, so no zone can shift it). */
function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function requireName(value: unknown, field: string, index: number): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (name.length < 1 || name.length > MAX_NAME_LENGTH) {
    throw badInput(`days[${index}].${field.split('.').pop()} must be 1 to ${MAX_NAME_LENGTH} characters`, { field, index });
  }
  return name;
}

/**
 * Checks a year's entries and returns them sorted by date with names trimmed. Throws
 * BAD_USER_INPUT (`field`, and `index` into `days` for a day's fault) on the first fault.
 */
export function validateCalendarYear(input: CalendarYear): ValidCalendarDay[] {
  const { year, days } = input;
  if (!Number.isInteger(year) || year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
    throw badInput(`year must be between ${MIN_CALENDAR_YEAR} and ${MAX_CALENDAR_YEAR}`, { field: 'year' });
  }
  if (!Array.isArray(days) || days.length > MAX_DAYS_PER_YEAR) {
    throw badInput(`at most ${MAX_DAYS_PER_YEAR} days may be given for one year`, { field: 'days' });
  }
  const firstIndexOf = new Map<string, number>();
  const valid = days.map((d, index): ValidCalendarDay => {
    try {
      parseCalendarDate(d.date);
    } catch {
      throw badInput(`days[${index}].date is not a calendar date YYYY-MM-DD`, { field: 'days.date', index });
    }
    if (!d.date.startsWith(`${String(year)}-`)) {
      throw badInput(`days[${index}].date ${d.date} is not in ${year}`, { field: 'days.date', index });
    }
    const earlier = firstIndexOf.get(d.date);
    if (earlier !== undefined) {
      throw badInput(`days[${index}].date ${d.date} is already given at days[${earlier}]`, { field: 'days.date', index });
    }
    firstIndexOf.set(d.date, index);
    if (d.kind !== 'HOLIDAY' && d.kind !== 'WORKDAY') {
      throw badInput(`days[${index}].kind must be HOLIDAY or WORKDAY`, { field: 'days.kind', index });
    }
    // 调休: a make-up working day is a weekend day worked; a weekday is a working day already.
    const weekday = weekdayOf(d.date);
    if (d.kind === 'WORKDAY' && weekday !== 0 && weekday !== 6) {
      throw badInput(`days[${index}]: ${d.date} is a weekday, so it cannot be a make-up working day`, { field: 'days.kind', index });
    }
    const nameZh = requireName(d.nameZh, 'days.nameZh', index);
    const nameEn = requireName(d.nameEn, 'days.nameEn', index);
    if (typeof d.provisional !== 'boolean') {
      throw badInput(`days[${index}].provisional must be true or false`, { field: 'days.provisional', index });
    }
    return { date: d.date, kind: d.kind, nameZh, nameEn, provisional: d.provisional };
  });
  return valid.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
