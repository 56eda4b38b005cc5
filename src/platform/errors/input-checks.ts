/** Checks of mutation input that the GraphQL types cannot express (lengths, control characters, dates of acts). */
import type { CalendarDate } from '../calendar/working-day-calendar.js';
import { badInput } from './domain-error.js';

// Newlines and tabs are text; every other control character is not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * A required free text, trimmed, of 1..max characters counted in code points (a Chinese
 * character, or an astral one, is one). Returns the trimmed text.
 */
export function requireText(field: string, value: string, max: number): string {
  const v = value.trim();
  if (v.length === 0) throw badInput(`${field} must not be empty`, { field });
  if ([...v].length > max) throw badInput(`${field} must be at most ${max} characters`, { field });
  if (CONTROL.test(v)) throw badInput(`${field} contains control characters`, { field });
  return v;
}

/** The date a step happened on: never after today. */
export function requireNotFuture(field: string, date: CalendarDate, today: CalendarDate): void {
  if (date > today) throw badInput(`${field} ${date} is in the future (today is ${today})`, { field });
}

/** The date of an act: not in the future, and not before the act it follows. */
export function requireActDate(field: string, date: CalendarDate, today: CalendarDate, notBefore?: CalendarDate | null): void {
  requireNotFuture(field, date, today);
  if (notBefore && date < notBefore) throw badInput(`${field} cannot be before ${notBefore}`, { field });
}
