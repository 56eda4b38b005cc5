import type { SelectQueryBuilder } from 'typeorm';
import type { Action } from '../../platform/authz/ability.js';
import { scopedQuery } from '../../platform/authz/scoped-query.js';
import type { CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import type { AuthedContext } from '../../platform/request/request-context.js';
import { AppealState } from '../appeals/appeal.enums.js';
import { Appeal } from '../appeals/appeal.entity.js';
import { loadCalendar, todayInShanghai } from '../calendar/calendar.service.js';
import { Correction } from '../decisions/correction.entity.js';
import { Decision } from '../decisions/decision.entity.js';
import { CorrectionStatus, DecisionStatus } from '../decisions/decision.enums.js';
import { CaseState } from './case-state.js';
import { CaseDuty, dueHorizon, dueItems, validateWithin, type DueItem, type DueSelection, type DutyRow } from './case-due.js';
import type { Case } from './case.entity.js';
import { CASE_SUBJECT } from './case.policy.js';

/** The opinion is due while the case is still before the investigators. */
const RECOMMENDATION_STATES = [CaseState.REGISTERED, CaseState.INITIATED, CaseState.INVESTIGATING];
/** 快速响应 until the preliminary opinion on tolerance is given. */
const TOLERANCE_STATES = [CaseState.REGISTERED, CaseState.INITIATED, CaseState.INVESTIGATING, CaseState.RECOMMENDED];
const OPEN_APPEAL_STATES = [AppealState.FILED, AppealState.UNDER_REVIEW];
const OPEN_CORRECTION_STATES = [CorrectionStatus.PENDING, CorrectionStatus.REPORTED];

/** `column` falls inside the list: due by the horizon, or already past asOf. */
function dateWithin(column: string, selection: DueSelection): string {
  return selection.kind === 'due' ? `${column} <= :dueLimit` : `${column} < :dueAsOf`;
}

/** The cases the actor may take `action` on, unless it holds no rule for it (then no query at all). */
function scopedFor(ctx: AuthedContext, action: Action): SelectQueryBuilder<Case> | null {
  return ctx.ability.can(action, 'Case') ? scopedQuery(ctx, action, CASE_SUBJECT) : null;
}

/** Recommendation, archive and tolerance applications: the handling body's duties. */
async function handlingDuties(ctx: AuthedContext, selection: DueSelection, params: Record<string, unknown>): Promise<DutyRow<Case>[]> {
  const qb = scopedFor(ctx, 'handle');
  if (!qb) return [];
  const clauses = [
    `(c.state IN (:...recommendationStates) AND ${dateWithin('c.recommendation_due_on', selection)})`,
    `(c.state = :notified AND ${dateWithin('c.archive_due_on', selection)})`,
    ...(selection.kind === 'due' ? ['(c.priority AND c.state IN (:...toleranceStates))'] : []),
  ];
  const cases = await qb
    .andWhere(`(${clauses.join(' OR ')})`, { ...params, recommendationStates: RECOMMENDATION_STATES, notified: CaseState.NOTIFIED, toleranceStates: TOLERANCE_STATES })
    .getMany();
  return cases.flatMap((c) => {
    const base = { priority: c.priority, case: c, caseNumber: c.caseNumber, appealId: null, decisionId: null };
    const rows: DutyRow<Case>[] = [];
    if (RECOMMENDATION_STATES.includes(c.state) && c.recommendationDueOn) rows.push({ ...base, duty: CaseDuty.RECOMMENDATION, dueOn: c.recommendationDueOn });
    if (c.state === CaseState.NOTIFIED && c.archiveDueOn) rows.push({ ...base, duty: CaseDuty.ARCHIVE, dueOn: c.archiveDueOn });
    if (c.priority && TOLERANCE_STATES.includes(c.state)) rows.push({ ...base, duty: CaseDuty.TOLERANCE_APPLICATION, dueOn: null });
    return rows;
  });
}

/**
 * A case query joined to one child table: the case entities, and per joined row the child's id
 * and due date (several appeals or corrections of one case give several duties).
 */
async function childDuties(qb: SelectQueryBuilder<Case>, duty: CaseDuty, idColumn: string, dueColumn: string, idKey: 'appealId' | 'decisionId'): Promise<DutyRow<Case>[]> {
  const { entities, raw } = await qb.addSelect(idColumn, 'due_ref_id').addSelect(dueColumn, 'due_on').getRawAndEntities();
  const byId = new Map(entities.map((c) => [c.id, c]));
  return (raw as Array<{ c_id: string; due_ref_id: string; due_on: string }>).map((r) => {
    const c = byId.get(r.c_id)!;
    return { duty, dueOn: r.due_on, priority: c.priority, case: c, caseNumber: c.caseNumber, appealId: null, decisionId: null, [idKey]: r.due_ref_id };
  });
}

/** Appeals to answer: the reviewing body's duty, through the reviewAppeal scope. */
async function appealDuties(ctx: AuthedContext, selection: DueSelection, params: Record<string, unknown>): Promise<DutyRow<Case>[]> {
  const qb = scopedFor(ctx, 'reviewAppeal');
  if (!qb) return [];
  qb.innerJoin(Appeal, 'due_ap', 'due_ap.case_id = c.id')
    .andWhere(`due_ap.state IN (:...openAppealStates) AND ${dateWithin('due_ap.answer_due_on', selection)}`, { ...params, openAppealStates: OPEN_APPEAL_STATES });
  return childDuties(qb, CaseDuty.APPEAL_ANSWER, 'due_ap.id', 'due_ap.answer_due_on', 'appealId');
}

/** Corrections to verify (审核销号) on decisions in force: the deciding committee's duty. */
async function correctionDuties(ctx: AuthedContext, selection: DueSelection, params: Record<string, unknown>): Promise<DutyRow<Case>[]> {
  const qb = scopedFor(ctx, 'decide');
  if (!qb) return [];
  qb.innerJoin(Decision, 'due_d', 'due_d.case_id = c.id AND due_d.status = :inForce', { inForce: DecisionStatus.IN_FORCE })
    .innerJoin(Correction, 'due_co', 'due_co.decision_id = due_d.id')
    .andWhere(`due_co.status IN (:...openCorrectionStates) AND ${dateWithin('due_co.due_on', selection)}`, { ...params, openCorrectionStates: OPEN_CORRECTION_STATES });
  return childDuties(qb, CaseDuty.CORRECTION_VERIFICATION, 'due_d.id', 'due_co.due_on', 'decisionId');
}

/** One query per kind of duty the actor holds, plus the calendar: never one per row. */
async function listDue(ctx: AuthedContext, asOf: CalendarDate, within: number | null): Promise<DueItem<Case>[]> {
  if (within !== null) validateWithin(within);
  const calendar = await loadCalendar(ctx);
  const selection: DueSelection = within === null ? { kind: 'overdue' } : { kind: 'due', horizon: dueHorizon(calendar, asOf, within) };
  const params = selection.kind === 'due' ? { dueLimit: selection.horizon } : { dueAsOf: asOf };
  const rows = [
    ...(await handlingDuties(ctx, selection, params)),
    ...(await appealDuties(ctx, selection, params)),
    ...(await correctionDuties(ctx, selection, params)),
  ];
  return dueItems(calendar, asOf, rows, selection);
}

/** Duties of the actor's bodies due within `within` working days of asOf (overdue ones included), and every tolerance application. */
export function dueCases(ctx: AuthedContext, within: number, asOf: CalendarDate | null): Promise<DueItem<Case>[]> {
  return listDue(ctx, asOf ?? todayInShanghai(), within);
}

/** Duties of the actor's bodies whose due date is before asOf. */
export function overdueCases(ctx: AuthedContext, asOf: CalendarDate | null): Promise<DueItem<Case>[]> {
  return listDue(ctx, asOf ?? todayInShanghai(), null);
}
