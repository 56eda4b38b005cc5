/** 督查问效 reads: records per cadre and unit, proposals, and the due list; all through the scoped query. */
import type { SelectQueryBuilder } from 'typeorm';
import { grantsOf } from '../../platform/authz/grants.js';
import { scopedQuery } from '../../platform/authz/scoped-query.js';
import type { CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import { badInput } from '../../platform/errors/domain-error.js';
import { unitWithinSql } from '../../platform/db/sql-filters.js';
import { paginate, type PageArgs } from '../../platform/graphql/connection.js';
import { idOf } from '../../platform/graphql/global-id.js';
import { asNode } from '../../platform/graphql/node.js';
import type { AuthedContext, RequestContext } from '../../platform/request/request-context.js';
import { Role } from '../accounts/role.js';
import { loadCalendar, todayInShanghai } from '../calendar/calendar.service.js';
import { dueHorizon, workingDaysLeft } from '../cases/case-due.js';
import type { SupervisionProposal, SupervisionRecord } from './supervision.entity.js';
import { RectificationPlanState, SupervisionDuty, SupervisionProposalState } from './supervision.enums.js';
import { SUPERVISION_PROPOSAL_SUBJECT, SUPERVISION_RECORD_SUBJECT } from './supervision.policy.js';
import { sortDue, type SupervisionDueRow } from './supervision-rules.js';
import type { SupervisionProposalFilter, SupervisionRecordFilter } from './supervision.types.js';

export const supervisionRecordNode = (r: SupervisionRecord) => asNode('SupervisionRecord', r);
export const supervisionProposalNode = (p: SupervisionProposal) => asNode('SupervisionProposal', p);

/** A payload reads the record back like any read: null when the actor may act on it but not read it. */
export async function readRecord(ctx: RequestContext, id: string) {
  const r = await ctx.loaders.supervisionRecord.load(id);
  return r ? supervisionRecordNode(r) : null;
}

export async function readProposal(ctx: RequestContext, id: string) {
  const p = await ctx.loaders.supervisionProposal.load(id);
  return p ? supervisionProposalNode(p) : null;
}

/** A calendar year filter; BAD_USER_INPUT outside 2000–9999. */
function checkedYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw badInput('year must be a calendar year from 2000 to 9999', { argument: 'filter.year' });
  return year;
}

/** Reminders and interviews the actor may see, newest first: per cadre, per unit (and below), kind, year. */
export function listSupervisionRecords(ctx: AuthedContext, filter: SupervisionRecordFilter | null, page: PageArgs) {
  const qb = scopedQuery(ctx, 'read', SUPERVISION_RECORD_SUBJECT);
  if (filter?.cadreId) qb.andWhere('sv.cadre_id = :cadre', { cadre: idOf('Cadre', filter.cadreId) });
  if (filter?.unitId) qb.andWhere(unitWithinSql('sv.target_unit_id', 'within'), { within: idOf('Unit', filter.unitId) });
  if (filter?.kind) qb.andWhere('sv.kind = :kind', { kind: filter.kind });
  if (filter?.year !== undefined && filter.year !== null) {
    const year = checkedYear(filter.year);
    qb.andWhere('sv.held_on BETWEEN :from AND :to', { from: `${year}-01-01`, to: `${year}-12-31` });
  }
  return paginate(qb, page, [{ expr: 'sv.created_at', property: 'createdAt', kind: 'timestamp' }, { expr: 'sv.id', property: 'id', kind: 'string' }], 'DESC', supervisionRecordNode);
}

/** 诫勉 and 组织处理 proposals the actor may see, newest first. */
export function listSupervisionProposals(ctx: AuthedContext, filter: SupervisionProposalFilter | null, page: PageArgs) {
  const qb = scopedQuery(ctx, 'read', SUPERVISION_PROPOSAL_SUBJECT);
  if (filter?.states?.length) qb.andWhere('sp.state IN (:...states)', { states: filter.states });
  if (filter?.cadreId) qb.andWhere('sp.cadre_id = :cadre', { cadre: idOf('Cadre', filter.cadreId) });
  if (filter?.kind) qb.andWhere('sp.kind = :kind', { kind: filter.kind });
  if (filter?.year !== undefined && filter.year !== null) qb.andWhere('sp.year = :year', { year: checkedYear(filter.year) });
  return paginate(qb, page, [{ expr: 'sp.created_at', property: 'createdAt', kind: 'timestamp' }, { expr: 'sp.id', property: 'id', kind: 'string' }], 'DESC', supervisionProposalNode);
}

interface DueSource {
  duty: SupervisionDuty;
  record: SupervisionRecord | null;
  proposal: SupervisionProposal | null;
}

/** Rows of one duty, or none when the actor holds no rule for the duty's action (then no query at all). */
async function dutyRows<E extends SupervisionRecord | SupervisionProposal>(
  qb: SelectQueryBuilder<E> | null, toRow: (e: E) => SupervisionDueRow<DueSource>,
): Promise<SupervisionDueRow<DueSource>[]> {
  return qb ? (await qb.getMany()).map(toRow) : [];
}

/**
 * The actor's supervision duties: plans to submit due by the horizon (overdue ones included), plans
 * to review, and proposals before the actor's own committee (only the cadre's managing committee
 * decides, so a committee above it does not see them here). One query per duty the actor holds.
 */
export async function supervisionDue(ctx: AuthedContext, within: number, asOf: CalendarDate | null) {
  const day = asOf ?? todayInShanghai();
  const calendar = await loadCalendar(ctx);
  const horizon = dueHorizon(calendar, day, within);
  const can = (action: 'submitPlan' | 'reviewPlan' | 'decide', subject: 'SupervisionRecord' | 'SupervisionProposal') => ctx.ability.can(action, subject);
  const committees = grantsOf(ctx.actor, Role.COMMITTEE_DECIDER).map((g) => g.unitId);
  const rows = [
    ...(await dutyRows(
      can('submitPlan', 'SupervisionRecord')
        ? scopedQuery(ctx, 'submitPlan', SUPERVISION_RECORD_SUBJECT).andWhere('sv.plan_state IN (:...open) AND sv.plan_due_on <= :horizon', { open: [RectificationPlanState.PENDING, RectificationPlanState.RETURNED], horizon })
        : null,
      (r: SupervisionRecord) => ({ dueOn: r.planDueOn, key: r.id, item: { duty: SupervisionDuty.PLAN_SUBMISSION, record: r, proposal: null } }),
    )),
    ...(await dutyRows(
      can('reviewPlan', 'SupervisionRecord') ? scopedQuery(ctx, 'reviewPlan', SUPERVISION_RECORD_SUBJECT).andWhere('sv.plan_state = :submitted', { submitted: RectificationPlanState.SUBMITTED }) : null,
      (r: SupervisionRecord) => ({ dueOn: null, key: r.id, item: { duty: SupervisionDuty.PLAN_REVIEW, record: r, proposal: null } }),
    )),
    ...(await dutyRows(
      can('decide', 'SupervisionProposal') && committees.length > 0
        ? scopedQuery(ctx, 'decide', SUPERVISION_PROPOSAL_SUBJECT).andWhere('sp.state = :proposed AND sp.deciding_unit_id IN (:...committees)', { proposed: SupervisionProposalState.PROPOSED, committees })
        : null,
      (p: SupervisionProposal) => ({ dueOn: null, key: p.id, item: { duty: SupervisionDuty.PROPOSAL_DECISION, record: null, proposal: p } }),
    )),
  ];
  return sortDue(rows).map(({ dueOn, item }) => ({
    duty: item.duty, dueOn,
    workingDaysLeft: dueOn === null ? null : workingDaysLeft(calendar, day, dueOn),
    overdue: dueOn !== null && dueOn < day,
    record: item.record ? supervisionRecordNode(item.record) : null,
    proposal: item.proposal ? supervisionProposalNode(item.proposal) : null,
  }));
}
