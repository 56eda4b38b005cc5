import type { AuthedContext, RequestContext } from '../../platform/request/request-context.js';
import { scopedQuery } from '../../platform/authz/scoped-query.js';
import type { CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import { boundedList, unitWithinSql } from '../../platform/db/sql-filters.js';
import { notFound } from '../../platform/errors/domain-error.js';
import { paginate, type PageArgs } from '../../platform/graphql/connection.js';
import { idOf } from '../../platform/graphql/global-id.js';
import { asNode } from '../../platform/graphql/node.js';
import { loadCalendar, todayInShanghai } from '../calendar/calendar.service.js';
import { dueHorizon, validateWithin, workingDaysLeft } from '../cases/case-due.js';
import type { Clarification } from './clarification.entity.js';
import { CLARIFICATION_SUBJECT } from './clarification.policy.js';
import type { ClarificationFilter } from './clarification.types.js';
import { OPEN_CLARIFICATION_STATES } from './clarification.workflow.js';

export const clarificationNode = (c: Clarification) => asNode('Clarification', c);

/** A step's answer reads the clarification back through the read scope: null when not readable. */
export async function readClarification(ctx: RequestContext, id: string) {
  const c = await ctx.loaders.clarification.load(id);
  return c ? clarificationNode(c) : null;
}

/** Clarifications the actor may see, newest first. Scope first, then filters, then the page. */
export function listClarifications(ctx: AuthedContext, filter: ClarificationFilter | null, page: PageArgs) {
  const qb = scopedQuery(ctx, 'read', CLARIFICATION_SUBJECT);
  if (filter?.states?.length) qb.andWhere('cl.state IN (:...states)', { states: boundedList(filter.states, 'filter.states') });
  if (filter?.clarifyingUnitId) qb.andWhere(unitWithinSql('cl.clarifying_unit_id', 'clarifying'), { clarifying: idOf('Unit', filter.clarifyingUnitId) });
  if (filter?.cadreId) qb.andWhere('cl.cadre_id = :cadre', { cadre: idOf('Cadre', filter.cadreId) });
  if (filter?.caseId) qb.andWhere('cl.case_id = :case', { case: idOf('Case', filter.caseId) });
  if (filter?.dueOnOrBefore) qb.andWhere('cl.due_on <= :dueBy', { dueBy: filter.dueOnOrBefore });
  return paginate(qb, page, [{ expr: 'cl.created_at', property: 'createdAt', kind: 'timestamp' }, { expr: 'cl.id', property: 'id', kind: 'string' }], 'DESC', clarificationNode);
}

/** One clarification by global id; out of scope reads exactly like missing. */
export async function getClarification(ctx: AuthedContext, globalId: string) {
  const found = await ctx.loaders.clarification.load(idOf('Clarification', globalId));
  if (!found) throw notFound('Clarification');
  return clarificationNode(found);
}

/**
 * The verifying body's open steps due within `within` working days of asOf, overdue ones
 * included, earliest first: one query, through the scope of the step permission.
 */
export async function dueClarifications(ctx: AuthedContext, within: number, asOf: CalendarDate | null) {
  validateWithin(within);
  const day = asOf ?? todayInShanghai();
  const calendar = await loadCalendar(ctx);
  const horizon = dueHorizon(calendar, day, within);
  const rows = await scopedQuery(ctx, 'clarify', CLARIFICATION_SUBJECT)
    .andWhere('cl.state IN (:...open)', { open: OPEN_CLARIFICATION_STATES })
    .andWhere('cl.due_on <= :horizon', { horizon })
    .orderBy('cl.due_on').addOrderBy('cl.id')
    .getMany();
  return rows.map((c) => ({ dueOn: c.dueOn!, workingDaysLeft: workingDaysLeft(calendar, day, c.dueOn!), overdue: c.dueOn! < day, clarification: clarificationNode(c) }));
}
