import type { AuthedContext } from '../../platform/request/request-context.js';
import { scopedQuery } from '../../platform/authz/scoped-query.js';
import { paginate, type PageArgs } from '../../platform/graphql/connection.js';
import { idOf } from '../../platform/graphql/global-id.js';
import { asNode } from '../../platform/graphql/node.js';
import type { Clarification } from './clarification.entity.js';
import { CLARIFICATION_SUBJECT } from './clarification.policy.js';
import type { ClarificationFilter } from './clarification.types.js';

/** Clarifications the actor may see, newest first. */
export function listClarifications(ctx: AuthedContext, filter: ClarificationFilter | null, page: PageArgs) {
  const qb = scopedQuery(ctx, 'read', CLARIFICATION_SUBJECT);
  if (filter?.states?.length) qb.andWhere('cl.state IN (:...states)', { states: filter.states });
  if (filter?.cadreId) qb.andWhere('cl.cadre_id = :cadre', { cadre: idOf('Cadre', filter.cadreId) });
  return paginate(qb, page, [{ expr: 'cl.created_at', property: 'createdAt', kind: 'timestamp' }, { expr: 'cl.id', property: 'id', kind: 'string' }], 'DESC', (x: Clarification) => asNode('Clarification', x));
}
