import type { AuthedContext } from '../../platform/request/request-context.js';
import type { CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import { grantsOf } from '../../platform/authz/grants.js';
import { scopedQuery } from '../../platform/authz/scoped-query.js';
import { badInput, DomainError, ErrorCode, notFound } from '../../platform/errors/domain-error.js';
import { idOf } from '../../platform/graphql/global-id.js';
import { readCase } from '../cases/case.service.js';
import { asNode } from '../../platform/graphql/node.js';
import { runStep, type StepChange } from '../../platform/write/write-path.js';
import { Role } from '../accounts/role.js';
import { todayInShanghai } from '../calendar/calendar.service.js';
import type { Case } from '../cases/case.entity.js';
import { CASE_SUBJECT } from '../cases/case.policy.js';
import type { CancelAccountabilityInput } from './cancellation.types.js';
import { DecisionStatus } from './decision.enums.js';
import { DECISION_SUBJECT, EFFECT_SUBJECT } from './decision.policy.js';

export const AUDIT_CANCEL_ACCOUNTABILITY = 'case.cancel-accountability';
const MAX_DOCUMENT_NUMBER = 80;

/**
 * 取消问责 ([YY] Art. 13): after the influence period, when the cadre has rectified, the body that
 * decided issues a written cancellation. The case's state is untouched; its version moves on.
 */
export async function cancelAccountability(ctx: AuthedContext, input: CancelAccountabilityInput) {
  const caseId = idOf('Case', input.caseId);
  const decisionId = idOf('Decision', input.decisionId);
  const documentNumber = input.documentNumber.trim();
  if (documentNumber.length < 1 || documentNumber.length > MAX_DOCUMENT_NUMBER) {
    throw badInput(`The document number must have 1 to ${MAX_DOCUMENT_NUMBER} characters`, { field: 'documentNumber' });
  }
  // Art. 13 cancels only for a cadre who 反省深刻、整改到位; the body attests it.
  if (input.rectified !== true) throw badInput('Accountability is cancelled only once the cadre has rectified', { field: 'rectified' });
  const today = todayInShanghai();
  if (input.cancelledOn > today) throw badInput(`The cancellation date ${input.cancelledOn} is after today (${today})`, { field: 'cancelledOn' });

  const row = await runStep(ctx, {
    subject: CASE_SUBJECT, action: 'decide', id: caseId, expectedVersion: input.version, auditAction: AUDIT_CANCEL_ACCOUNTABILITY,
    input: { decisionId: input.decisionId, cancelledOn: input.cancelledOn, documentNumber, rectified: true },
    rule: (c, stepCtx) => cancellationRule(stepCtx, c, decisionId, input.cancelledOn, documentNumber),
  });
  const decision = await ctx.loaders.decision.load(decisionId);
  if (!decision) throw notFound('Decision');
  return { case: await readCase(ctx, row.id), decision: asNode('Decision', decision) };
}

async function cancellationRule(ctx: AuthedContext, c: Case, decisionId: string, cancelledOn: CalendarDate, documentNumber: string): Promise<StepChange> {
  const decision = await scopedQuery(ctx, 'read', DECISION_SUBJECT)
    .andWhere('d.id = :decisionId AND d.case_id = :caseId', { decisionId, caseId: c.id })
    .getOne();
  if (!decision) throw badInput('The decision is not one of this case', { field: 'decisionId' });
  if (decision.status !== DecisionStatus.IN_FORCE) throw badInput(`The decision is ${decision.status}, not in force`, { field: 'decisionId' });
  // "谁问责谁容错": the committee that approved the decision cancels it, not any committee that sees the case.
  if (!grantsOf(ctx.actor, Role.COMMITTEE_DECIDER).some((g) => g.unitId === decision.approvingUnitId)) {
    throw new DomainError(ErrorCode.OUTSIDE_AUTHORITY, 'Only the committee that approved the decision may cancel the accountability');
  }
  const effects = await scopedQuery(ctx, 'read', EFFECT_SUBJECT)
    .andWhere('ef.decision_id = :decisionId AND ef.voided_on IS NULL', { decisionId })
    .getMany();
  if (effects.length === 0) throw badInput('The decision imposes no influence period: there is nothing to cancel', { field: 'decisionId' });
  const already = effects.find((e) => e.cancelledOn !== null);
  if (already) throw badInput(`The accountability was already cancelled on ${already.cancelledOn}`, { field: 'decisionId' });
  if (cancelledOn < decision.effectiveOn) {
    throw badInput(`The cancellation date ${cancelledOn} is before the decision took effect (${decision.effectiveOn})`, { field: 'cancelledOn' });
  }
  // 问责期满后: the period's end date is its last day, so a cancellation comes the day after at the earliest.
  const lastEnd = effects.reduce<string | null>((max, e) => (e.endsOn !== null && (max === null || e.endsOn > max) ? e.endsOn : max), null);
  if (lastEnd !== null && cancelledOn <= lastEnd) {
    throw badInput(`The influence period runs until ${lastEnd}: accountability can be cancelled only after that day`, { field: 'cancelledOn', periodEndsOn: lastEnd });
  }
  // The open-ended 停职检查 period ends with the cancellation that records the rectification.
  await ctx.manager.query(
    `UPDATE effects SET cancelled_on = $1::date, cancellation_document = $2,
       ends_on = CASE WHEN kind = 'UNTIL_RECTIFIED' THEN $1::date ELSE ends_on END
     WHERE decision_id = $3 AND voided_on IS NULL`,
    [cancelledOn, documentNumber, decisionId],
  );
  return { detail: { decisionId, cancelledOn, effectIds: effects.map((e) => e.id) } };
}
