/**
 * Due lists (DOMAIN.md §2.1 deadlines, §3 answer times, §2.3 corrections): which duty of which
 * case falls due by when, counted in working days. Pure: the rows come from the scoped queries
 * of case-due.service.ts, the calendar from the database.
 */
import type { CalendarDate, WorkingDayCalendar } from '../../platform/calendar/working-day-calendar.js';
import { badInput } from '../../platform/errors/domain-error.js';

/** What is due. Values are exposed in GraphQL, so never rename one. */
export enum CaseDuty {
  RECOMMENDATION = 'RECOMMENDATION', // 初步意见 ([YY] Art. 10)
  ARCHIVE = 'ARCHIVE', // 归档 ([BT] §(四)5)
  APPEAL_ANSWER = 'APPEAL_ANSWER', // 申诉答复 (DOMAIN.md §3)
  CORRECTION_VERIFICATION = 'CORRECTION_VERIFICATION', // 纠错审核销号 ([YC])
  TOLERANCE_APPLICATION = 'TOLERANCE_APPLICATION', // 书面容错申请，快速响应: no date, always listed
}

export const MAX_DUE_WITHIN = 60;

/** One duty as selected from the database. */
export interface DutyRow<C> {
  duty: CaseDuty;
  dueOn: CalendarDate | null;
  priority: boolean;
  /** APPEAL_ANSWER: the appeal to answer. */
  appealId: string | null;
  /** CORRECTION_VERIFICATION: the decision whose correction is to be verified. */
  decisionId: string | null;
  case: C;
  caseNumber: string;
}

export interface DueItem<C> extends DutyRow<C> {
  workingDaysLeft: number | null;
  overdue: boolean;
}

/** Throws BAD_USER_INPUT unless `within` is a whole number of working days from 0 to 60. */
export function validateWithin(within: number): void {
  if (!Number.isInteger(within) || within < 0 || within > MAX_DUE_WITHIN) {
    throw badInput(`within must be a whole number of working days from 0 to ${MAX_DUE_WITHIN}`, { argument: 'within' });
  }
}

/** The last day `dueCases(within)` looks ahead to: asOf plus `within` working days. */
export function dueHorizon(calendar: WorkingDayCalendar, asOf: CalendarDate, within: number): CalendarDate {
  validateWithin(within);
  return calendar.addWorkingDays(asOf, within);
}

/**
 * Working days from asOf to dueOn: 0 on the due day, positive before it, negative after it (the
 * working days that have passed since). A due date on a weekend seen the day after is overdue yet
 * 0 working days late, hence the separate `overdue` flag.
 */
export function workingDaysLeft(calendar: WorkingDayCalendar, asOf: CalendarDate, dueOn: CalendarDate): number {
  if (dueOn >= asOf) return calendar.workingDaysBetween(asOf, dueOn);
  const late = calendar.workingDaysBetween(dueOn, asOf);
  return late === 0 ? 0 : -late; // never -0
}

export type DueSelection = { kind: 'due'; horizon: CalendarDate } | { kind: 'overdue' };

/**
 * The items of a list: for 'due', every duty due by the horizon (overdue ones included) and every
 * tolerance application; for 'overdue', the duties whose date has passed. Priority (快速响应)
 * first, then the earliest due date, undated last; ties by case number and duty for a stable order.
 */
export function dueItems<C>(calendar: WorkingDayCalendar, asOf: CalendarDate, rows: readonly DutyRow<C>[], selection: DueSelection): DueItem<C>[] {
  const selected = rows.filter((r) => {
    if (r.dueOn === null) return selection.kind === 'due' && r.duty === CaseDuty.TOLERANCE_APPLICATION;
    return selection.kind === 'due' ? r.dueOn <= selection.horizon : r.dueOn < asOf;
  });
  const items = selected.map((r): DueItem<C> => ({
    ...r,
    workingDaysLeft: r.dueOn === null ? null : workingDaysLeft(calendar, asOf, r.dueOn),
    overdue: r.dueOn !== null && r.dueOn < asOf,
  }));
  const dutyOrder = Object.values(CaseDuty);
  return items.sort((a, b) =>
    Number(b.priority) - Number(a.priority)
    || compareDates(a.dueOn, b.dueOn)
    || a.caseNumber.localeCompare(b.caseNumber)
    || dutyOrder.indexOf(a.duty) - dutyOrder.indexOf(b.duty)
    || (a.appealId ?? a.decisionId ?? '').localeCompare(b.appealId ?? b.decisionId ?? ''));
}

function compareDates(a: CalendarDate | null, b: CalendarDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
