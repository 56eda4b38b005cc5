import type { AuthedContext, RequestContext } from '../../platform/request/request-context.js';
import { scopedQuery } from '../../platform/authz/scoped-query.js';
import { notFound } from '../../platform/errors/domain-error.js';
import { paginate, type PageArgs } from '../../platform/graphql/connection.js';
import { idOf } from '../../platform/graphql/global-id.js';
import { asNode } from '../../platform/graphql/node.js';
import type { Case } from './case.entity.js';
import { CASE_SUBJECT } from './case.policy.js';
import type { CaseFilter } from './case.types.js';
import { boundedList, containsPattern, unitWithinSql } from '../../platform/db/sql-filters.js';

export const caseNode = (c: Case) => asNode('Case', c);

/**
 * A step's answer reads the case back like any read: through the scoped loader, after the commit.
 * Null when the actor may take the step but not read the case (a unit applying for its cadre).
 */
export async function readCase(ctx: RequestContext, id: string) {
  const c = await ctx.loaders.case.load(id);
  return c ? caseNode(c) : null;
}

export const stepAnswer = async (ctx: RequestContext, written: Promise<{ id: string }>) => ({ case: await readCase(ctx, (await written).id) });

/** Cases the actor may read, newest first, filtered. Scope first, then filters, then the page. */
export function listCases(ctx: AuthedContext, filter: CaseFilter | null, page: PageArgs) {
  const qb = scopedQuery(ctx, 'read', CASE_SUBJECT);
  if (filter?.states?.length) qb.andWhere('c.state IN (:...states)', { states: boundedList(filter.states, 'filter.states') });
  if (filter?.handlingUnitId) {
    qb.andWhere(unitWithinSql('c.handling_unit_id', 'handling'), { handling: idOf('Unit', filter.handlingUnitId) });
  }
  if (filter?.decidingUnitId) qb.andWhere('c.deciding_unit_id = :deciding', { deciding: idOf('Unit', filter.decidingUnitId) });
  if (filter?.subjectCadreId) qb.andWhere('EXISTS (SELECT 1 FROM case_subjects f_cs WHERE f_cs.case_id = c.id AND f_cs.cadre_id = :cadre)', { cadre: idOf('Cadre', filter.subjectCadreId) });
  if (filter?.clueSource) qb.andWhere('c.clue_source = :source', { source: filter.clueSource });
  if (filter?.receivedFrom) qb.andWhere('c.clue_received_on >= :from', { from: filter.receivedFrom });
  if (filter?.receivedTo) qb.andWhere('c.clue_received_on <= :to', { to: filter.receivedTo });
  if (filter?.search) qb.andWhere(`(c.title LIKE :q ESCAPE '\\' OR c.case_number LIKE :q ESCAPE '\\')`, { q: containsPattern(filter.search) });
  return paginate(qb, page, [{ expr: 'c.created_at', property: 'createdAt', kind: 'timestamp' }, { expr: 'c.id', property: 'id', kind: 'string' }], 'DESC', caseNode);
}

/** One case by global id; out of jurisdiction reads exactly like missing. */
export async function getCase(ctx: AuthedContext, globalId: string) {
  const found = await ctx.loaders.case.load(idOf('Case', globalId));
  if (!found) throw notFound('Case');
  return caseNode(found);
}
