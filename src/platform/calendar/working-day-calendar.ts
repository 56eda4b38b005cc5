/**
 * Working-day arithmetic over holiday data (DOMAIN.md §2.1: deadlines are 工作日 — weekends and
 * public holidays skipped, make-up working days 调休 counted; the calendar is data, not code).
 *
 * All arithmetic runs on integer day numbers (days since 1970-01-01 in the proleptic Gregorian
 * calendar), so results never depend on the server's local time zone or on DST.
 */

/** 'YYYY-MM-DD', a calendar date in the Asia/Shanghai calendar. */
export type CalendarDate = string;

/** HOLIDAY: a non-working day even on a weekday; WORKDAY: a make-up working day (调休) even on a weekend. */
export interface CalendarOverrideDay {
  date: CalendarDate;
  kind: 'HOLIDAY' | 'WORKDAY';
}

const MS_PER_DAY = 86_400_000;
// China Standard Time is a fixed UTC+8 with no DST, so a constant offset is exact.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Four-digit years only, so every result can be written back as 'YYYY-MM-DD' and parsed again.
const MIN_DAY = daysFromCivil(1, 1, 1);
const MAX_DAY = daysFromCivil(9999, 12, 31);

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

// Howard Hinnant's days_from_civil: exact for any Gregorian date, no Date object involved.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

function toDayNumber(s: string): number {
  const match = typeof s === 'string' ? DATE_PATTERN.exec(s) : null;
  if (!match) {
    throw new RangeError(`Invalid calendar date ${JSON.stringify(s)}: expected the form YYYY-MM-DD.`);
  }
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new RangeError(`Invalid calendar date "${s}": no such day in the calendar.`);
  }
  return daysFromCivil(y, m, d);
}

function fromDayNumber(days: number): CalendarDate {
  if (days < MIN_DAY || days > MAX_DAY) {
    throw new RangeError('Calendar date out of range: only years 0001 to 9999 are supported.');
  }
  const [y, m, d] = civilFromDays(days);
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function requireInteger(name: string, n: number, min: number): void {
  if (!Number.isSafeInteger(n) || n < min) {
    throw new RangeError(`${name} must be an integer >= ${min}, got ${String(n)}.`);
  }
}

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

function isWeekday(days: number): boolean {
  const w = weekdayOf(days);
  return w !== 0 && w !== 6;
}

/** Validates and returns s unchanged; throws RangeError for anything that is not a real date. */
export function parseCalendarDate(s: string): CalendarDate {
  toDayNumber(s);
  return s;
}

/** d plus n calendar days (n may be negative). */
export function addCalendarDays(d: CalendarDate, n: number): CalendarDate {
  requireInteger('Number of days', n, Number.MIN_SAFE_INTEGER);
  return fromDayNumber(toDayNumber(d) + n);
}

/**
 * d plus n calendar months (n may be negative), for periods stated in months (影响期 "6个月").
 * A day past the end of the target month falls back to its last day: 08-31 + 6 months = 02-28.
 */
export function addCalendarMonths(d: CalendarDate, n: number): CalendarDate {
  requireInteger('Number of months', n, Number.MIN_SAFE_INTEGER);
  parseCalendarDate(d);
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + n;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const lastDay = daysInMonth(year, month);
  return parseCalendarDate(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`);
}


/** The Shanghai calendar date (UTC+8) on which a UTC instant falls. */
export function shanghaiDateOf(instant: Date): CalendarDate {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new RangeError('shanghaiDateOf: the instant is not a valid Date.');
  }
  return fromDayNumber(Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

export class WorkingDayCalendar {
  /** Only the overrides that change a day's default status, by day number. */
  private readonly exceptions = new Map<number, boolean>();

  constructor(overrides: readonly CalendarOverrideDay[]) {
    const seen = new Map<number, CalendarOverrideDay['kind']>();
    for (const o of overrides) {
      if (o.kind !== 'HOLIDAY' && o.kind !== 'WORKDAY') {
        throw new RangeError(`Calendar override for ${o.date} has unknown kind ${JSON.stringify(o.kind)}.`);
      }
      const day = toDayNumber(o.date);
      const previous = seen.get(day);
      // Contradictory holiday data must be fixed at the source, not silently resolved by order.
      if (previous !== undefined && previous !== o.kind) {
        throw new RangeError(`Calendar override for ${o.date} is both HOLIDAY and WORKDAY.`);
      }
      seen.set(day, o.kind);
      const working = o.kind === 'WORKDAY';
      if (working !== isWeekday(day)) this.exceptions.set(day, working);
    }
  }

  isWorkingDay(d: CalendarDate): boolean {
    return this.isWorkingDayNumber(toDayNumber(d));
  }

  /** The n-th working day after start (start itself not counted); n = 0 returns start. */
  addWorkingDays(start: CalendarDate, n: number): CalendarDate {
    requireInteger('Number of working days', n, 0);
    let day = toDayNumber(start);
    for (let left = n; left > 0; ) {
      day += 1;
      if (day > MAX_DAY) fromDayNumber(day); // throws the out-of-range error
      if (this.isWorkingDayNumber(day)) left -= 1;
    }
    return fromDayNumber(day);
  }

  /** Working days in (from, to]; 0 when to is not after from. */
  workingDaysBetween(from: CalendarDate, to: CalendarDate): number {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    if (b <= a) return 0;
    // Whole weeks contribute five weekdays each; only the remainder needs a day-by-day look.
    const span = b - a;
    let count = Math.floor(span / 7) * 5;
    for (let day = a + Math.floor(span / 7) * 7 + 1; day <= b; day += 1) {
      if (isWeekday(day)) count += 1;
    }
    for (const [day, working] of this.exceptions) {
      if (day > a && day <= b) count += working ? 1 : -1;
    }
    return count;
  }

  private isWorkingDayNumber(day: number): boolean {
    return this.exceptions.get(day) ?? isWeekday(day);
  }
}
