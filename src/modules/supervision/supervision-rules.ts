/**
 * 督查问效 ([YC], DOMAIN.md §6), the pure part: counting interviews per calendar year, what a count
 * proposes, and the life of a rectification plan and of a proposal. No database, no clock.
 */
import type { CalendarDate, WorkingDayCalendar } from '../../platform/calendar/working-day-calendar.js';
import { DomainError, ErrorCode, badInput } from '../../platform/errors/domain-error.js';
import { requireNotFuture } from '../../platform/errors/input-checks.js';
import { defineStateMachine, type StateMachine } from '../../platform/workflow/state-machine.js';
import { RectificationPlanState, SupervisionProposalKind, SupervisionProposalState } from './supervision.enums.js';

/** [YC]: 约谈对象在5个工作日内制定整改方案. */
export const PLAN_WORKING_DAYS = 5;

/** What may happen to a rectification plan; values are stored in the audit log, so never rename one. */
export enum PlanEvent {
  SUBMIT = 'SUBMIT', // the interviewee (or their unit's party organisation) submits the plan
  VERIFY = 'VERIFY', // 复核: the plan is accepted
  RETURN = 'RETURN', // 复核: sent back for a better plan, due again within 5 working days
}

export const planWorkflow = defineStateMachine<RectificationPlanState, PlanEvent>({
  name: 'rectification-plan',
  states: Object.values(RectificationPlanState),
  initial: RectificationPlanState.PENDING,
  terminal: [RectificationPlanState.VERIFIED],
  transitions: [
    { event: PlanEvent.SUBMIT, from: [RectificationPlanState.PENDING, RectificationPlanState.RETURNED], to: RectificationPlanState.SUBMITTED },
    { event: PlanEvent.VERIFY, from: [RectificationPlanState.SUBMITTED], to: RectificationPlanState.VERIFIED },
    { event: PlanEvent.RETURN, from: [RectificationPlanState.SUBMITTED], to: RectificationPlanState.RETURNED },
  ],
});

export enum ProposalEvent {
  CONFIRM = 'CONFIRM',
  REJECT = 'REJECT',
}

/** The managing committee confirms or rejects; either way the proposal is closed. */
export const proposalWorkflow = defineStateMachine<SupervisionProposalState, ProposalEvent>({
  name: 'supervision-proposal',
  states: Object.values(SupervisionProposalState),
  initial: SupervisionProposalState.PROPOSED,
  terminal: [SupervisionProposalState.CONFIRMED, SupervisionProposalState.REJECTED],
  transitions: [
    { event: ProposalEvent.CONFIRM, from: [SupervisionProposalState.PROPOSED], to: SupervisionProposalState.CONFIRMED },
    { event: ProposalEvent.REJECT, from: [SupervisionProposalState.PROPOSED], to: SupervisionProposalState.REJECTED },
  ],
});

function move<S extends string, E extends string>(machine: StateMachine<S, E>, from: S, event: E): S {
  const result = machine.transition(from, event);
  if (!result.ok) throw new DomainError(ErrorCode.INVALID_TRANSITION, result.message, { from, event, allowed: result.allowed });
  return result.to;
}

/** The calendar year of a date: [YC]'s 一年内 is read as the calendar year, so years never add up. */
export const calendarYearOf = (date: CalendarDate): number => Number(date.slice(0, 4));

/** How many of the cadre's interviews (the new one included in `dates`) fall in the calendar year of `heldOn`. */
export function interviewsInYear(dates: readonly CalendarDate[], heldOn: CalendarDate): number {
  const year = calendarYearOf(heldOn);
  return dates.filter((d) => calendarYearOf(d) === year).length;
}

/** [YC]: 一年内被约谈两次的 ⇒ 诫勉; 一年内累计被约谈三次及以上的 ⇒ 组织处理; a first interview proposes nothing. */
export function proposalKindFor(count: number): SupervisionProposalKind | null {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`an interview count is a whole number, got ${String(count)}`);
  if (count >= 3) return SupervisionProposalKind.ORGANISATIONAL_HANDLING;
  if (count === 2) return SupervisionProposalKind.ADMONISHMENT;
  return null;
}

/**
 * The proposal a new interview opens, if any. A proposal of the same kind and year still before
 * the committee already asks for that measure, so a fourth interview does not stack a second
 * 组织处理 proposal on a pending one; after a decision (either way) a further interview is a new fact.
 */
export function proposalToOpen(count: number, pendingKindsThisYear: readonly SupervisionProposalKind[]): SupervisionProposalKind | null {
  const kind = proposalKindFor(count);
  return kind && !pendingKindsThisYear.includes(kind) ? kind : null;
}

/** The plan is due 5 working days after the interview (or after a return); the day itself is not counted. */
export const planDueDate = (calendar: WorkingDayCalendar, from: CalendarDate): CalendarDate => calendar.addWorkingDays(from, PLAN_WORKING_DAYS);

export interface PlanFacts {
  /** Null for a reminder: only an interview asks for a plan. */
  state: RectificationPlanState | null;
  dueOn: CalendarDate | null;
  heldOn: CalendarDate;
  submittedOn: CalendarDate | null;
}

function requirePlan(plan: PlanFacts, event: PlanEvent): RectificationPlanState {
  if (plan.state === null) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'A work reminder asks for no rectification plan: only an interview does.', { from: null, event });
  return plan.state;
}

/** The plan's submission; `late` after the due date (recorded, never refused: the plan is still needed). */
export function submitPlanRule(plan: PlanFacts, submittedOn: CalendarDate, today: CalendarDate): { from: RectificationPlanState; to: RectificationPlanState; event: PlanEvent; late: boolean } {
  const from = requirePlan(plan, PlanEvent.SUBMIT);
  const to = move(planWorkflow, from, PlanEvent.SUBMIT);
  requireNotFuture('submittedOn', submittedOn, today);
  if (submittedOn < plan.heldOn) throw badInput(`submittedOn cannot be before the interview (${plan.heldOn})`, { field: 'submittedOn' });
  return { from, to, event: PlanEvent.SUBMIT, late: plan.dueOn !== null && submittedOn > plan.dueOn };
}

/** 复核: accepted closes the plan; returned asks for a new one within 5 working days of the review. */
export function reviewPlanRule(plan: PlanFacts, accepted: boolean, reviewedOn: CalendarDate, today: CalendarDate, calendar: WorkingDayCalendar): { from: RectificationPlanState; to: RectificationPlanState; event: PlanEvent; dueOn: CalendarDate | null } {
  const event = accepted ? PlanEvent.VERIFY : PlanEvent.RETURN;
  const from = requirePlan(plan, event);
  const to = move(planWorkflow, from, event);
  requireNotFuture('reviewedOn', reviewedOn, today);
  if (plan.submittedOn && reviewedOn < plan.submittedOn) throw badInput(`reviewedOn cannot be before the plan was submitted (${plan.submittedOn})`, { field: 'reviewedOn' });
  return { from, to, event, dueOn: accepted ? plan.dueOn : planDueDate(calendar, reviewedOn) };
}

/** The committee's decision on a proposal: not before the interview that proposed it. */
export function decideProposalRule(p: { state: SupervisionProposalState; proposedOn: CalendarDate }, confirmed: boolean, decidedOn: CalendarDate, today: CalendarDate): { from: SupervisionProposalState; to: SupervisionProposalState; event: ProposalEvent } {
  const event = confirmed ? ProposalEvent.CONFIRM : ProposalEvent.REJECT;
  const to = move(proposalWorkflow, p.state, event);
  requireNotFuture('decidedOn', decidedOn, today);
  if (decidedOn < p.proposedOn) throw badInput(`decidedOn cannot be before the proposal (${p.proposedOn})`, { field: 'decidedOn' });
  return { from: p.state, to, event };
}

/** 干部管理权限: only the cadre's managing committee decides its proposal, not one above or beside it. */
export function requireManagingCommittee(deciderUnitIds: readonly string[], decidingUnitId: string): void {
  if (!deciderUnitIds.includes(decidingUnitId)) {
    throw new DomainError(ErrorCode.OUTSIDE_AUTHORITY, 'Only the committee that manages the cadre (干部管理权限) confirms or rejects this proposal', { decidingUnitId });
  }
}

/** A due item before sorting: undated items (a plan to review, a proposal to decide) have no due date. */
export interface SupervisionDueRow<T> {
  dueOn: CalendarDate | null;
  /** A stable tie-breaker (the record's or proposal's id). */
  key: string;
  item: T;
}

/** Dated items by due date, then the undated ones; ties by key, so the order is stable. */
export function sortDue<T>(rows: readonly SupervisionDueRow<T>[]): SupervisionDueRow<T>[] {
  return [...rows].sort((a, b) => {
    if (a.dueOn !== b.dueOn) {
      if (a.dueOn === null) return 1;
      if (b.dueOn === null) return -1;
      return a.dueOn < b.dueOn ? -1 : 1;
    }
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
}
