/** The case life cycle (DOMAIN.md §2.1) and its working-day deadlines. Pure: no database, no clock. */
import type { CalendarDate, WorkingDayCalendar } from '../../platform/calendar/working-day-calendar.js';
import { defineStateMachine } from '../../platform/workflow/state-machine.js';
import { CaseState } from './case-state.js';

/** What may happen to a case; values are stored in the audit log, so never rename one. */
export enum CaseEvent {
  INITIATE = 'INITIATE', // 按程序报批后启动 ([YY] Art. 9)
  DISMISS = 'DISMISS', // 不予启动 / 了结: the clue is not taken up or the facts do not hold
  START_INVESTIGATION = 'START_INVESTIGATION',
  RECOMMEND = 'RECOMMEND', // preliminary opinion on accountability and tolerance ([HN] §三(三))
  RETURN_FOR_INVESTIGATION = 'RETURN_FOR_INVESTIGATION', // the committee sends it back for more evidence
  DECIDE = 'DECIDE', // collective decision (集体研究)
  SERVE = 'SERVE', // 送达
  START_EXECUTION = 'START_EXECUTION',
  NOTIFY = 'NOTIFY', // 反馈 and 抄送
  ARCHIVE = 'ARCHIVE', // 归档
  REOPEN = 'REOPEN', // a failed or false correction (纠错) reopens accountability ([YC], DOMAIN.md §2.3)
}

export const caseWorkflow = defineStateMachine<CaseState, CaseEvent>({
  name: 'case',
  states: Object.values(CaseState),
  initial: CaseState.REGISTERED,
  terminal: [CaseState.ARCHIVED, CaseState.DISMISSED],
  transitions: [
    { event: CaseEvent.INITIATE, from: [CaseState.REGISTERED], to: CaseState.INITIATED },
    // Once a recommendation exists the case must end in a decision (which may be 免予问责), not a dismissal.
    {
      event: CaseEvent.DISMISS,
      from: [CaseState.REGISTERED, CaseState.INITIATED, CaseState.INVESTIGATING],
      to: CaseState.DISMISSED,
    },
    { event: CaseEvent.START_INVESTIGATION, from: [CaseState.INITIATED], to: CaseState.INVESTIGATING },
    { event: CaseEvent.RECOMMEND, from: [CaseState.INVESTIGATING], to: CaseState.RECOMMENDED },
    { event: CaseEvent.RETURN_FOR_INVESTIGATION, from: [CaseState.RECOMMENDED], to: CaseState.INVESTIGATING },
    { event: CaseEvent.DECIDE, from: [CaseState.RECOMMENDED], to: CaseState.DECIDED },
    { event: CaseEvent.SERVE, from: [CaseState.DECIDED], to: CaseState.SERVED },
    { event: CaseEvent.START_EXECUTION, from: [CaseState.SERVED], to: CaseState.EXECUTING },
    { event: CaseEvent.NOTIFY, from: [CaseState.EXECUTING], to: CaseState.NOTIFIED },
    { event: CaseEvent.ARCHIVE, from: [CaseState.NOTIFIED], to: CaseState.ARCHIVED },
    // Corrections run while the decision is carried out; once archived the files are closed. The
    // failure is the new fact: the case goes back before the committee for a new decision.
    { event: CaseEvent.REOPEN, from: [CaseState.EXECUTING, CaseState.NOTIFIED], to: CaseState.RECOMMENDED },
  ],
});

/** Working-day limits; configurable per jurisdiction within the ranges the seeds allow. */
export interface DeadlineRules {
  /** 7..15: the preliminary opinion is due this many working days after the clue ([YY] Art. 10). */
  recommendationWorkingDays: number;
  /** Up to 30, with approval ([YY] Art. 10); never shorter than the ordinary limit. */
  recommendationExtendedWorkingDays: number;
  /** 1..5: conclusion into the personnel and integrity files ([BT] §(四)5); a local rule may be stricter. */
  archiveWorkingDays: number;
}

export const DEFAULT_DEADLINE_RULES: Readonly<DeadlineRules> = Object.freeze({
  recommendationWorkingDays: 15,
  recommendationExtendedWorkingDays: 30,
  archiveWorkingDays: 5,
});

function requireRange(field: keyof DeadlineRules, value: number, min: number, max: number, basis: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${field} must be a whole number of working days from ${min} to ${max} (${basis}), got ${String(value)}.`);
  }
}

/** Throws a RangeError when a jurisdiction's rules fall outside what the seeds allow. */
export function validateDeadlineRules(rules: DeadlineRules): void {
  requireRange('recommendationWorkingDays', rules.recommendationWorkingDays, 7, 15, '[YY] Art. 10');
  requireRange(
    'recommendationExtendedWorkingDays',
    rules.recommendationExtendedWorkingDays,
    rules.recommendationWorkingDays,
    30,
    '[YY] Art. 10, at least the ordinary limit',
  );
  requireRange('archiveWorkingDays', rules.archiveWorkingDays, 1, 5, '[BT] §(四)5');
}

/** Last working day for the preliminary opinion; the day the clue arrived is not counted. */
export function recommendationDueDate(
  calendar: WorkingDayCalendar,
  clueReceivedOn: CalendarDate,
  rules: DeadlineRules,
  extended: boolean,
): CalendarDate {
  validateDeadlineRules(rules);
  const days = extended ? rules.recommendationExtendedWorkingDays : rules.recommendationWorkingDays;
  return calendar.addWorkingDays(clueReceivedOn, days);
}

/** Last working day for filing the conclusion, counted from the day the subject was notified. */
export function archiveDueDate(calendar: WorkingDayCalendar, notifiedOn: CalendarDate, rules: DeadlineRules): CalendarDate {
  validateDeadlineRules(rules);
  return calendar.addWorkingDays(notifiedOn, rules.archiveWorkingDays);
}
