import { In, type EntityManager } from 'typeorm';
import type { AuthedContext } from '../../platform/request/request-context.js';
import { grantsOf } from '../../platform/authz/grants.js';
import type { CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import { badInput, forbidden } from '../../platform/errors/domain-error.js';
import { requireText } from '../../platform/errors/input-checks.js';
import { idOf } from '../../platform/graphql/global-id.js';
import { readCase } from '../cases/case.service.js';
import { asNode } from '../../platform/graphql/node.js';
import { runStep } from '../../platform/write/write-path.js';
import { Role } from '../accounts/role.js';
import { loadCalendar, todayInShanghai } from '../calendar/calendar.service.js';
import { CaseSubject } from '../cases/case-subject.entity.js';
import { CASE_SUBJECT } from '../cases/case.policy.js';
import { Decision } from '../decisions/decision.entity.js';
import { DecisionKind, DecisionStatus, ToleranceOutcome } from '../decisions/decision.enums.js';
import { Effect } from '../decisions/effect.entity.js';
import { influencePeriods } from '../decisions/influence-periods.js';
import { effectiveRuleRegime } from '../units/unit.service.js';
import { appealAnswerDue } from './appeal-deadlines.js';
import { checkAppealAnswer, checkAppealFiling, DEFAULT_APPEAL_PERIODS, OPEN_APPEAL_STATES } from './appeal-rules.js';
import { Appeal } from './appeal.entity.js';
import { AppealOutcome, AppealState } from './appeal.enums.js';
import type { DecideAppealInput, FileAppealInput } from './appeal.types.js';

const MEASURES_CATALOGUE = 'MEASURES_YY';

/*
 * Both steps run on the case, the aggregate: the write path has already loaded it in the step's
 * scope and checked the permission, so the children read here are constrained to that case by id
 * rather than read through the actor's read scope (a step's scope may be wider than its reads).
 */

/** The appeal periods of the deciding body's jurisdiction (the local rule wins in its tree). */
async function appealPeriods(ctx: AuthedContext, decidingUnitId: string) {
  const unit = await ctx.loaders.unit.load(decidingUnitId);
  return (unit ? await effectiveRuleRegime(ctx, unit) : null) ?? DEFAULT_APPEAL_PERIODS;
}

/** 申诉 by the subject of the decision, within the regime's window from service. */
export async function fileAppeal(ctx: AuthedContext, input: FileAppealInput) {
  const caseId = idOf('Case', input.caseId);
  const decisionId = idOf('Decision', input.decisionId);
  let appeal: Appeal | undefined;
  const written = await runStep(ctx, {
    subject: CASE_SUBJECT, action: 'respond', id: caseId, expectedVersion: input.version, auditAction: 'case.file-appeal',
    input: { decisionId: input.decisionId, filedOn: input.filedOn },
    async rule(row, ctx) {
      const m = ctx.manager;
      requireText('grounds', input.grounds, 5000);
      const decision = await m.getRepository(Decision).findOneBy({ id: decisionId, caseId: row.id });
      if (!decision) throw badInput('The decision is not one of this case', { field: 'decisionId' });
      // A case may have several subjects: each appeals only the decision on themselves.
      const subject = await m.getRepository(CaseSubject).findOneByOrFail({ id: decision.subjectId });
      const cadreId = ctx.actor.kind === 'account' ? ctx.actor.cadreId : null;
      if (!cadreId || subject.cadreId !== cadreId) throw forbidden('You may appeal only a decision on yourself');
      const open = await m.getRepository(Appeal).existsBy({ decisionId: decision.id, state: In([...OPEN_APPEAL_STATES]) });
      const filing = checkAppealFiling(decision, input.filedOn, todayInShanghai(), open);
      const answerDueOn = appealAnswerDue(await loadCalendar(ctx), input.filedOn, await appealPeriods(ctx, decision.approvingUnitId));
      appeal = await m.getRepository(Appeal).save(m.getRepository(Appeal).create({
        caseId: row.id, decisionId: decision.id, appellantCadreId: cadreId, appellantUnitId: null,
        reviewingUnitId: filing.reviewingUnitId, state: AppealState.FILED, grounds: input.grounds,
        decisionReceivedOn: filing.decisionReceivedOn, filedOn: input.filedOn, answerDueOn,
        outcome: null, answer: null, answeredOn: null,
      }));
      // Execution continues (DOMAIN.md §3): the case keeps its state, only its version moves.
      return { detail: { appealId: appeal.id } };
    },
  });
  return { case: await readCase(ctx, written.id), appeal: asNode('Appeal', appeal!) };
}

async function voidEffects(m: EntityManager, decisionId: string, on: CalendarDate): Promise<number> {
  const result = await m.createQueryBuilder().update(Effect).set({ voidedOn: on })
    .where('decision_id = :decisionId AND voided_on IS NULL', { decisionId }).execute();
  return result.affected ?? 0;
}

/**
 * 变更: the reviewing body's new decision replaces the old one. It keeps the facts and basis,
 * takes the new measures, and is made and served by the answer itself; the answer of the
 * supervising body closes the appeal route here, so it names no further appeal body.
 */
async function replaceDecision(m: EntityManager, old: Decision, appeal: Appeal, measureCodes: string[], tolerance: ToleranceOutcome | null, on: CalendarDate) {
  const toleranceOutcome = tolerance ?? old.toleranceOutcome;
  const replacement = await m.getRepository(Decision).save(m.getRepository(Decision).create({
    caseId: old.caseId, subjectId: old.subjectId, kind: DecisionKind.ACCOUNTABILITY, measureCodes, toleranceOutcome,
    toleranceRefusalReason: toleranceOutcome === ToleranceOutcome.REFUSED ? old.toleranceRefusalReason : null,
    aggravatingCodes: old.aggravatingCodes, mitigatingCodes: old.mitigatingCodes,
    // The answer is a document of the reviewing body; the old number is not its number.
    documentNumber: null, facts: old.facts, basis: old.basis, approvingUnitId: appeal.reviewingUnitId,
    decidedOn: on, effectiveOn: on, servedOn: on, appealDeadlineOn: null, appealBodyUnitId: null,
    meetingName: null, meetingOn: null, attendancePresent: null, attendanceTotal: null, organisationOpinion: null,
    status: DecisionStatus.IN_FORCE, previousDecisionId: old.id,
  }));
  const subject = await m.getRepository(CaseSubject).findOneByOrFail({ id: old.subjectId });
  // Influence periods are a cadre's; a unit as subject carries none.
  if (subject.cadreId) {
    const planned = influencePeriods({ kind: replacement.kind, measureCodes, toleranceOutcome, effectiveOn: on });
    if (planned.length) await m.insert(Effect, planned.map((e) => ({ decisionId: replacement.id, cadreId: subject.cadreId!, ...e, cancelledOn: null, cancellationDocument: null, voidedOn: null })));
  }
  return replacement;
}

/** The supervising body's answer: upheld, changed or revoked; the latter two void the old effects. */
export async function decideAppeal(ctx: AuthedContext, input: DecideAppealInput) {
  const caseId = idOf('Case', input.caseId);
  const appealId = idOf('Appeal', input.appealId);
  let result: { appeal: Appeal; decision: Decision; newDecision: Decision | null } | undefined;
  const written = await runStep(ctx, {
    subject: CASE_SUBJECT, action: 'reviewAppeal', id: caseId, expectedVersion: input.version, auditAction: 'case.decide-appeal',
    input: { appealId: input.appealId, outcome: input.outcome, answeredOn: input.answeredOn, changedMeasureCodes: input.changedMeasureCodes ?? null, changedToleranceOutcome: input.changedToleranceOutcome ?? null },
    async rule(row, ctx) {
      const m = ctx.manager;
      const appeal = await m.getRepository(Appeal).findOneBy({ id: appealId, caseId: row.id });
      if (!appeal) throw badInput('The appeal is not one of this case', { field: 'appealId' });
      // The step's scope is the region's appeal bodies; the one this appeal went to answers it.
      if (!grantsOf(ctx.actor, Role.APPEAL_REVIEWER).some((g) => g.unitId === appeal.reviewingUnitId)) {
        throw forbidden('Only the body this appeal was filed with may answer it');
      }
      requireText('answer', input.answer, 5000);
      const decision = await m.getRepository(Decision).findOneByOrFail({ id: appeal.decisionId });
      const catalogue = input.outcome === AppealOutcome.CHANGED
        ? new Set((await ctx.loaders.catalogueItems.load(MEASURES_CATALOGUE)).map((i) => i.code))
        : new Set<string>();
      const { late, measureCodes } = checkAppealAnswer(appeal, decision.status, input, todayInShanghai(), catalogue);
      const on = input.answeredOn;
      await m.update(Appeal, appeal.id, { state: AppealState.ANSWERED, outcome: input.outcome, answer: input.answer, answeredOn: on });
      let voided = 0;
      let newDecision: Decision | null = null;
      if (input.outcome !== AppealOutcome.UPHELD) {
        const status = input.outcome === AppealOutcome.REVOKED ? DecisionStatus.REVOKED : DecisionStatus.CHANGED;
        await m.update(Decision, decision.id, { status });
        voided = await voidEffects(m, decision.id, on);
        if (measureCodes) newDecision = await replaceDecision(m, decision, appeal, measureCodes, input.changedToleranceOutcome ?? null, on);
      }
      result = {
        appeal: await m.getRepository(Appeal).findOneByOrFail({ id: appeal.id }),
        decision: await m.getRepository(Decision).findOneByOrFail({ id: decision.id }),
        newDecision,
      };
      return {
        detail: {
          appealId: appeal.id, outcome: input.outcome, decisionId: decision.id, voidedEffects: voided,
          ...(newDecision ? { newDecisionId: newDecision.id } : {}), ...(late ? { late: true } : {}),
        },
      };
    },
  });
  const r = result!;
  return {
    case: await readCase(ctx, written.id), appeal: asNode('Appeal', r.appeal),
    decision: asNode('Decision', r.decision), newDecision: r.newDecision ? asNode('Decision', r.newDecision) : null,
  };
}
