import type { AuthedContext } from '../../platform/request/request-context.js';
import { grantsOf } from '../../platform/authz/grants.js';
import { DomainError, ErrorCode, badInput, forbidden } from '../../platform/errors/domain-error.js';
import { requireText } from '../../platform/errors/input-checks.js';
import { idOf } from '../../platform/graphql/global-id.js';
import { readCase } from '../cases/case.service.js';
import { asNode } from '../../platform/graphql/node.js';
import type { StepChange } from '../../platform/write/write-path.js';
import { runStep } from '../../platform/write/write-path.js';
import { Role } from '../accounts/role.js';
import { Cadre } from '../cadres/cadre.entity.js';
import { todayInShanghai } from '../calendar/calendar.service.js';
import { CaseSubject } from '../cases/case-subject.entity.js';
import type { Case } from '../cases/case.entity.js';
import { CASE_SUBJECT } from '../cases/case.policy.js';
import { CaseEvent, caseWorkflow } from '../cases/case.workflow.js';
import { Correction } from './correction.entity.js';
import { reportCorrectionRule, verifyCorrectionRule } from './correction-rules.js';
import type { ReportCorrectionInput, VerifyCorrectionInput } from './correction.types.js';
import { Decision } from './decision.entity.js';
import { CorrectionStatus } from './decision.enums.js';

/*
 * Steps on the case (the aggregate). The write path has loaded the case in the step's scope; the
 * correction is found through the case's own decisions, not through the actor's read scope (a
 * unit's party organisation may report without having received a copy of the case).
 */
async function correctionOfCase(ctx: AuthedContext, caseRow: Case, correctionId: string) {
  const found = await ctx.manager.getRepository(Correction).createQueryBuilder('co')
    .innerJoinAndSelect('co.decision', 'd')
    .where('co.id = :correctionId AND d.case_id = :caseId', { correctionId, caseId: caseRow.id })
    .getOne();
  if (!found) throw badInput('The correction is not one of this case', { field: 'correctionId' });
  return { correction: found, decision: found.decision as Decision };
}

/** The subject itself, or the party organisation of its unit ([HN] §三(一)), may report for it. */
async function mayReportFor(ctx: AuthedContext, decision: Decision): Promise<boolean> {
  const subject = await ctx.manager.getRepository(CaseSubject).findOneByOrFail({ id: decision.subjectId });
  const actor = ctx.actor;
  if (subject.cadreId && actor.kind === 'account' && actor.cadreId === subject.cadreId && grantsOf(actor, Role.CADRE_SELF_SERVICE).length > 0) return true;
  const unitId = subject.cadreId ? (await ctx.manager.getRepository(Cadre).findOneByOrFail({ id: subject.cadreId })).unitId : subject.unitId;
  return grantsOf(actor, Role.UNIT_PARTY_ORGANISATION).some((g) => g.unitId === unitId);
}

const payload = async (ctx: AuthedContext, written: { id: string }, correction: Correction) => ({ case: await readCase(ctx, written.id), correction: asNode('Correction', correction) });

/** The subject's report that the correction is done. */
export async function reportCorrection(ctx: AuthedContext, input: ReportCorrectionInput) {
  const caseId = idOf('Case', input.caseId);
  const correctionId = idOf('Correction', input.correctionId);
  let updated: Correction | undefined;
  const written = await runStep(ctx, {
    subject: CASE_SUBJECT, action: 'reportCorrection', id: caseId, expectedVersion: input.version, auditAction: 'case.report-correction',
    input: { correctionId: input.correctionId, reportedOn: input.reportedOn },
    async rule(row, ctx) {
      const { correction, decision } = await correctionOfCase(ctx, row, correctionId);
      if (!(await mayReportFor(ctx, decision))) throw forbidden('Only the subject or its unit’s party organisation may report this correction');
      requireText('report', input.report, 5000);
      const { status, late } = reportCorrectionRule(correction, input.reportedOn, todayInShanghai());
      await ctx.manager.update(Correction, correction.id, { status, report: input.report, reportedOn: input.reportedOn });
      updated = await ctx.manager.getRepository(Correction).findOneByOrFail({ id: correction.id });
      return { detail: { correctionId: correction.id, status, ...(late ? { late: true } : {}) } };
    },
  });
  return payload(ctx, written, updated!);
}

/**
 * 审核销号 by the committee that made the decision. A failed correction is a new fact: the case goes
 * back before the committee (REOPEN), whose new decision will replace the first.
 */
export async function verifyCorrection(ctx: AuthedContext, input: VerifyCorrectionInput) {
  const caseId = idOf('Case', input.caseId);
  const correctionId = idOf('Correction', input.correctionId);
  let updated: Correction | undefined;
  const written = await runStep(ctx, {
    subject: CASE_SUBJECT, action: 'decide', id: caseId, expectedVersion: input.version, auditAction: 'case.verify-correction',
    input: { correctionId: input.correctionId, verified: input.verified, verifiedOn: input.verifiedOn },
    async rule(row, ctx) {
      const { correction, decision } = await correctionOfCase(ctx, row, correctionId);
      // "谁问责谁容错": only the committee that decided verifies, not one above or beside it.
      if (!grantsOf(ctx.actor, Role.COMMITTEE_DECIDER).some((g) => g.unitId === decision.approvingUnitId)) {
        throw new DomainError(ErrorCode.OUTSIDE_AUTHORITY, 'Only the committee that made the decision verifies its corrections', { approvingUnitId: decision.approvingUnitId });
      }
      requireText('note', input.note, 2000);
      const { status } = verifyCorrectionRule(correction, input.verified, input.verifiedOn, todayInShanghai());
      const change: StepChange = { detail: { correctionId: correction.id, status } };
      if (status === CorrectionStatus.FAILED) {
        const reopen = caseWorkflow.transition(row.state, CaseEvent.REOPEN);
        if (!reopen.ok) throw new DomainError(ErrorCode.INVALID_TRANSITION, reopen.message, { from: row.state, event: CaseEvent.REOPEN });
        Object.assign(change, { set: { state: reopen.to }, from: reopen.from, to: reopen.to, event: reopen.event });
      }
      await ctx.manager.update(Correction, correction.id, {
        status, verifiedOn: input.verifiedOn, verifiedByAccountId: ctx.actor.kind === 'account' ? ctx.actor.accountId : null, verificationNote: input.note,
      });
      updated = await ctx.manager.getRepository(Correction).findOneByOrFail({ id: correction.id });
      return change;
    },
  });
  return payload(ctx, written, updated!);
}
