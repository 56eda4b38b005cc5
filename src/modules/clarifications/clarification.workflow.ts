/** The life of a clarification (DOMAIN.md §4, §8) and its working-day due dates. Pure: no database, no clock. */
import type { CalendarDate, WorkingDayCalendar } from '../../platform/calendar/working-day-calendar.js';
import { defineStateMachine } from '../../platform/workflow/state-machine.js';
import { ClarificationState } from './clarification.enums.js';

/** What may happen to a clarification; values are stored in the audit log, so never rename one. */
export enum ClarificationEvent {
  ACCEPT = 'ACCEPT', // 受理申请: the verifying body finds the report untrue or unfounded
  REFUSE = 'REFUSE', // 不予受理, with the reason explained to the cadre
  PLAN = 'PLAN', // 方式与范围 (again while not yet carried out, e.g. once the cadre consents)
  CARRY_OUT = 'CARRY_OUT', // 澄清
  CLOSE = 'CLOSE', // 反馈本人，材料归档
}

/**
 * An application starts in APPLIED and waits for the body; an ex officio clarification is the
 * body's own decision and starts in OPENED (see openingState).
 */
export const clarificationWorkflow = defineStateMachine<ClarificationState, ClarificationEvent>({
  name: 'clarification',
  states: Object.values(ClarificationState),
  initial: ClarificationState.APPLIED,
  terminal: [ClarificationState.CLOSED, ClarificationState.REFUSED],
  transitions: [
    { event: ClarificationEvent.ACCEPT, from: [ClarificationState.APPLIED], to: ClarificationState.OPENED },
    { event: ClarificationEvent.REFUSE, from: [ClarificationState.APPLIED], to: ClarificationState.REFUSED },
    { event: ClarificationEvent.PLAN, from: [ClarificationState.OPENED, ClarificationState.PLANNED], to: ClarificationState.PLANNED },
    { event: ClarificationEvent.CARRY_OUT, from: [ClarificationState.PLANNED], to: ClarificationState.CARRIED_OUT },
    { event: ClarificationEvent.CLOSE, from: [ClarificationState.CARRIED_OUT], to: ClarificationState.CLOSED },
  ],
});

/** Where a new clarification starts: an application waits to be accepted, ex officio is open at once. */
export const openingState = (onApplication: boolean): ClarificationState =>
  onApplication ? ClarificationState.APPLIED : ClarificationState.OPENED;

/** States in which the clarification is under way: one per case and cadre at a time. */
export const OPEN_CLARIFICATION_STATES: readonly ClarificationState[] = [
  ClarificationState.APPLIED, ClarificationState.OPENED, ClarificationState.PLANNED, ClarificationState.CARRIED_OUT,
];

/** A referral of the accuser needs a report found untrue: an opened clarification, done or not. */
export const REFERRAL_STATES: readonly ClarificationState[] = [
  ClarificationState.OPENED, ClarificationState.PLANNED, ClarificationState.CARRIED_OUT, ClarificationState.CLOSED,
];

/** Local rules (DOMAIN.md §8): each step within 5 working days. */
export const CLARIFICATION_STEP_WORKING_DAYS = 5;

/** When the next step falls due after one taken on `on` that leads to `state`; none once it is over. */
export function nextStepDueOn(calendar: WorkingDayCalendar, state: ClarificationState, on: CalendarDate): CalendarDate | null {
  if (clarificationWorkflow.isTerminal(state)) return null;
  return calendar.addWorkingDays(on, CLARIFICATION_STEP_WORKING_DAYS);
}
