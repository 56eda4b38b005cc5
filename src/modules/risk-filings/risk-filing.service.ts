import type { AuthedContext, RequestContext } from '../../platform/request/request-context.js';
import { scopedQuery } from '../../platform/authz/scoped-query.js';
import type { CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import { unitWithinSql } from '../../platform/db/sql-filters.js';
import { paginate, type PageArgs } from '../../platform/graphql/connection.js';
import { idOf } from '../../platform/graphql/global-id.js';
import { asNode } from '../../platform/graphql/node.js';
import { loadCalendar, todayInShanghai } from '../calendar/calendar.service.js';
import { dueHorizon, workingDaysLeft } from '../cases/case-due.js';
import type { RiskFiling } from './risk-filing.entity.js';
import { RiskFilingState } from './risk-filing.enums.js';
import { RISK_FILING_SUBJECT } from './risk-filing.policy.js';
import type { RiskFilingFilter } from './risk-filing.types.js';

export const riskFilingNode = (f: RiskFiling) => asNode('RiskFiling', f);

/** A step's answer reads the filing back through the scoped loader, after the commit; null when not readable. */
export async function readRiskFiling(ctx: RequestContext, id: string) {
  const f = await ctx.loaders.riskFiling.load(id);
  return f ? riskFilingNode(f) : null;
}

/** Risk filings the actor may see, newest first: scope first, then the filters, then the page. */
export function listRiskFilings(ctx: AuthedContext, filter: RiskFilingFilter | null, page: PageArgs) {
  const qb = scopedQuery(ctx, 'read', RISK_FILING_SUBJECT);
  if (filter?.states?.length) qb.andWhere('rf.state IN (:...states)', { states: filter.states });
  if (filter?.filingUnitId) qb.andWhere(unitWithinSql('rf.filing_unit_id', 'fu'), { fu: idOf('Unit', filter.filingUnitId) });
  if (filter?.receivingUnitId) qb.andWhere('rf.receiving_unit_id = :ru', { ru: idOf('Unit', filter.receivingUnitId) });
  if (filter?.dueFrom) qb.andWhere('rf.due_on >= :dueFrom', { dueFrom: filter.dueFrom });
  if (filter?.dueTo) qb.andWhere('rf.due_on <= :dueTo', { dueTo: filter.dueTo });
  if (filter?.specialHandling != null) qb.andWhere('rf.special_handling = :special', { special: filter.specialHandling });
  return paginate(qb, page, [{ expr: 'rf.created_at', property: 'createdAt', kind: 'timestamp' }, { expr: 'rf.id', property: 'id', kind: 'string' }], 'DESC', riskFilingNode);
}

/**
 * The receiving office's due list: filings awaiting its answer (accept, return or refuse) due
 * within `within` working days of asOf, overdue ones included; earliest due first. Through the
 * 'receive' scope: an office lists what it must answer, not what it merely may read.
 */
export async function riskFilingsDue(ctx: AuthedContext, within: number, asOf: CalendarDate | null) {
  const day = asOf ?? todayInShanghai();
  const calendar = await loadCalendar(ctx);
  const horizon = dueHorizon(calendar, day, within);
  const rows = await scopedQuery(ctx, 'receive', RISK_FILING_SUBJECT)
    .andWhere('rf.state = :submitted AND rf.due_on <= :horizon', { submitted: RiskFilingState.SUBMITTED, horizon })
    .orderBy('rf.due_on', 'ASC').addOrderBy('rf.filing_number', 'ASC')
    .getMany();
  return rows.map((f) => ({ riskFiling: riskFilingNode(f), dueOn: f.dueOn!, workingDaysLeft: workingDaysLeft(calendar, day, f.dueOn!), overdue: f.dueOn! < day }));
}
