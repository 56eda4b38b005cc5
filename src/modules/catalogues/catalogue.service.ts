import type { AuthedContext } from '../../platform/request/request-context.js';
import { scopedQuery } from '../../platform/authz/scoped-query.js';
import { badInput } from '../../platform/errors/domain-error.js';
import { CALENDAR_DAY_SUBJECT, CATALOGUE_SUBJECT } from './catalogue.policy.js';

export function listCatalogues(ctx: AuthedContext, kind: string | null) {
  const qb = scopedQuery(ctx, 'read', CATALOGUE_SUBJECT);
  if (kind) qb.andWhere('cat.kind = :kind', { kind });
  return qb.orderBy('cat.code').getMany();
}

/** A year's exceptions to the Monday–Friday rule. */
export function calendarDaysOf(ctx: AuthedContext, year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year must be between 2000 and 2100', { argument: 'year' });
  return scopedQuery(ctx, 'read', CALENDAR_DAY_SUBJECT)
    .andWhere('cal.date BETWEEN :from AND :to', { from: `${year}-01-01`, to: `${year}-12-31` })
    .orderBy('cal.date')
    .getMany();
}
