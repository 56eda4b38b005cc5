/** Checks of mutation input that the GraphQL types cannot express (lengths, dates not yet come). */
import type { CalendarDate } from '../calendar/working-day-calendar.js';
import { badInput } from './domain-error.js';

/** A required free text of 1..max characters, counted in code points (a Chinese character is one). */
export function requireText(field: string, value: string, max: number): string {
  if (value.trim().length === 0) throw badInput(`${field} must not be empty`, { field });
  if ([...value].length > max) throw badInput(`${field} must be at most ${max} characters`, { field });
  return value;
}

/** The date a step happened on: never after today. */
export function requireNotFuture(field: string, date: CalendarDate, today: CalendarDate): void {
  if (date > today) throw badInput(`${field} ${date} is in the future (today is ${today})`, { field });
}
