import type { AuthedContext } from '../../platform/request/request-context.js';
import type { CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import { scopedQuery } from '../../platform/authz/scoped-query.js';
import { notFound } from '../../platform/errors/domain-error.js';
import { idOf } from '../../platform/graphql/global-id.js';
import { CADRE_SUBJECT } from '../cadres/cadre.policy.js';
import { cadreNode } from '../cadres/cadre.service.js';
import { Decision } from './decision.entity.js';
import type { DecisionStatus, EffectKind } from './decision.enums.js';
import { Effect } from './effect.entity.js';
import { eligibility, EligibilityAspect, type CadreEffect } from './eligibility.js';

interface EffectRow {
  effect_id: string;
  kind: EffectKind;
  starts_on: string;
  ends_on: string | null;
  cancelled_on: string | null;
  voided_on: string | null;
  decision_id: string;
  status: DecisionStatus;
  document_number: string | null;
  measure_codes: string[];
}

const COLUMNS: ReadonlyArray<[string, keyof EffectRow]> = [
  ['ef.kind', 'kind'], ['ef.starts_on', 'starts_on'], ['ef.ends_on', 'ends_on'], ['ef.cancelled_on', 'cancelled_on'], ['ef.voided_on', 'voided_on'],
  ['d.id', 'decision_id'], ['d.status', 'status'], ['d.document_number', 'document_number'], ['d.measure_codes', 'measure_codes'],
];

/**
 * Every effect on the cadre, in one statement. Scoped like the cadre, not like the cases: an
 * answer that left out a decision the actor may not read would be a wrong answer, so once the
 * cadre is visible all its restrictions count (their decisions stay behind the decision scope).
 */
export async function effectsOfCadre(ctx: AuthedContext, cadreId: string): Promise<CadreEffect[]> {
  const qb = scopedQuery(ctx, 'read', CADRE_SUBJECT)
    .innerJoin(Effect, 'ef', 'ef.cadre_id = cd.id')
    .innerJoin(Decision, 'd', 'd.id = ef.decision_id')
    .select('ef.id', 'effect_id')
    .andWhere('cd.id = :cadreId', { cadreId });
  for (const [expr, alias] of COLUMNS) qb.addSelect(expr, alias);
  const rows = await qb.getRawMany<EffectRow>();
  return rows.map((r) => ({
    effectId: r.effect_id, kind: r.kind, startsOn: r.starts_on, endsOn: r.ends_on, cancelledOn: r.cancelled_on, voidedOn: r.voided_on,
    decision: { id: r.decision_id, status: r.status, documentNumber: r.document_number, measureCodes: r.measure_codes },
  }));
}

/** The cadre's eligibility on `on`; a cadre outside the actor's view reads exactly like a missing one. */
export async function cadreEligibility(ctx: AuthedContext, cadreGlobalId: string, on: CalendarDate) {
  const cadre = await ctx.loaders.cadre.load(idOf('Cadre', cadreGlobalId));
  if (!cadre) throw notFound('Cadre');
  const verdict = eligibility(await effectsOfCadre(ctx, cadre.id), on);
  return {
    cadre: cadreNode(cadre), on,
    promotion: verdict[EligibilityAspect.PROMOTION],
    awards: verdict[EligibilityAspect.AWARDS],
    holdingPost: verdict[EligibilityAspect.HOLDING_POST],
  };
}
