/** Investigation (DOMAIN.md §2.1–§2.2): evidence, participants, 陈述申辩, tolerance application and assessment, recommendation. */
import { grantsOf } from '../../platform/authz/grants.js';
import { requireActDate, requireText } from '../../platform/errors/input-checks.js';
import { badInput } from '../../platform/errors/domain-error.js';
import { idOf } from '../../platform/graphql/global-id.js';
import type { AuthedContext } from '../../platform/request/request-context.js';
import { runStep } from '../../platform/write/write-path.js';
import { Role } from '../accounts/role.js';
import { loadCalendar, todayInShanghai } from '../calendar/calendar.service.js';
import { Assessment } from './assessment.entity.js';
import { CaseParticipant } from './case-participant.entity.js';
import { CaseState } from './case-state.js';
import { Case } from './case.entity.js';
import { ToleranceOrigin } from './case.enums.js';
import { heardCadreIds, regimeAt, requireCatalogueCodes, subjectFacts, unitOf } from './case-facts.js';
import { CASE_SUBJECT } from './case.policy.js';
import { stepAnswer } from './case.service.js';
import { BEFORE_DECISION, nextState, requireState, requireStatements, requireToleranceOpen } from './case-step.rules.js';
import type { AddEvidenceInput, ApplyForToleranceInput, AssessToleranceInput, ExtendRecommendationDeadlineInput, InviteParticipantInput, RecommendInput, StatementInput } from './case-step.types.js';
import { MEASURE_CATALOGUES } from '../decisions/measure-effects.js';
import { CaseEvent } from './case.workflow.js';
import { Evidence } from './evidence.entity.js';
import { Statement } from './statement.entity.js';
import { ToleranceApplication } from './tolerance-application.entity.js';

const INVESTIGATION = [CaseState.INITIATED, CaseState.INVESTIGATING] as const;
/** 陈述申辩 may be heard until the decision ([YY] Art. 11). */
const HEARING = [CaseState.INITIATED, CaseState.INVESTIGATING, CaseState.RECOMMENDED] as const;
const step = (input: { caseId: string; version: number }) => ({ subject: CASE_SUBJECT, id: idOf('Case', input.caseId), expectedVersion: input.version });

export function addEvidence(ctx: AuthedContext, input: AddEvidenceInput) {
  const row = { kind: input.kind, title: requireText('title', input.title, 300), description: requireText('description', input.description, 10000), collectedOn: input.collectedOn };
  requireActDate('collectedOn', input.collectedOn, todayInShanghai());
  return stepAnswer(ctx, runStep(ctx, {
    ...step(input), action: 'handle', auditAction: 'case.add-evidence', input: { kind: input.kind, collectedOn: input.collectedOn },
    async rule(c) {
      requireState(c.state, INVESTIGATION, 'ADD_EVIDENCE');
      const { identifiers } = await ctx.manager.getRepository(Evidence).insert({ ...row, caseId: c.id, recordedByAccountId: ctx.actor.kind === 'account' ? ctx.actor.accountId : null });
      return { detail: { evidenceId: identifiers[0]!.id } };
    },
  }));
}

export function inviteParticipant(ctx: AuthedContext, input: InviteParticipantInput) {
  const row = { kind: input.kind, name: requireText('name', input.name, 100), organisation: requireText('organisation', input.organisation, 200), role: requireText('role', input.role, 300), invitedOn: input.invitedOn };
  requireActDate('invitedOn', input.invitedOn, todayInShanghai());
  return stepAnswer(ctx, runStep(ctx, {
    ...step(input), action: 'handle', auditAction: 'case.invite-participant', input: { kind: input.kind },
    async rule(c) {
      requireState(c.state, INVESTIGATION, 'INVITE_PARTICIPANT');
      const { identifiers } = await ctx.manager.getRepository(CaseParticipant).insert({ ...row, caseId: c.id });
      return { detail: { participantId: identifiers[0]!.id } };
    },
  }));
}

/**
 * 陈述申辩: the investigators record what they heard ('handle'), or the cadre submits it
 * themself ('respond'). A WAIVER is the subject's written waiver, recorded as such.
 */
export function recordStatement(ctx: AuthedContext, input: StatementInput, by: 'investigator' | 'subject') {
  const content = requireText('content', input.content, 20000);
  requireActDate('heardOn', input.heardOn, todayInShanghai());
  const cadreId = by === 'subject' ? ctx.actor.kind === 'account' ? ctx.actor.cadreId : null : input.subjectCadreId ? idOf('Cadre', input.subjectCadreId) : null;
  if (!cadreId) throw badInput('subjectCadreId is required', { field: 'subjectCadreId' });
  return stepAnswer(ctx, runStep(ctx, {
    ...step(input), action: by === 'subject' ? 'respond' : 'handle', auditAction: by === 'subject' ? 'case.submit-statement' : 'case.record-statement', input: { kind: input.kind, heardOn: input.heardOn },
    async rule(c) {
      requireState(c.state, HEARING, 'RECORD_STATEMENT');
      const subject = (await subjectFacts(ctx.manager, c.id)).find((s) => s.cadreId === cadreId);
      if (!subject) throw badInput('That cadre is not a subject of this case', { field: 'subjectCadreId' });
      const { identifiers } = await ctx.manager.getRepository(Statement).insert({ caseId: c.id, subjectId: subject.subjectId, kind: input.kind, content, heardOn: input.heardOn });
      return { detail: { statementId: identifiers[0]!.id } };
    },
  }));
}

/**
 * 书面申请 ([HN] §三(一)): the cadre or their unit applies in writing at any point before the
 * decision. It cannot be refused at intake; it puts the case on the priority lists (快速响应).
 */
export function applyForTolerance(ctx: AuthedContext, input: ApplyForToleranceInput) {
  const content = requireText('content', input.content, 10000);
  requireActDate('submittedOn', input.submittedOn, todayInShanghai());
  return stepAnswer(ctx, runStep(ctx, {
    ...step(input), action: 'applyTolerance', auditAction: 'case.apply-for-tolerance', input: { submittedOn: input.submittedOn },
    async rule(c) {
      requireState(c.state, BEFORE_DECISION, 'APPLY_FOR_TOLERANCE');
      requireActDate('submittedOn', input.submittedOn, todayInShanghai(), c.clueReceivedOn);
      const subjects = await subjectFacts(ctx.manager, c.id);
      const actorCadre = ctx.actor.kind === 'account' ? ctx.actor.cadreId : null;
      const ownCadre = actorCadre && subjects.some((s) => s.cadreId === actorCadre) ? actorCadre : null;
      const unit = ownCadre ? null : grantsOf(ctx.actor, Role.UNIT_PARTY_ORGANISATION).find((g) => subjects.some((s) => s.workUnitId === g.unitId))?.unitId ?? null;
      const { identifiers } = await ctx.manager.getRepository(ToleranceApplication).insert({
        caseId: c.id, applicantCadreId: ownCadre, applicantUnitId: unit, content, submittedOn: input.submittedOn,
        submittedByAccountId: ctx.actor.kind === 'account' ? ctx.actor.accountId : null,
      });
      return { set: { priority: true, tolerance_origin: c.toleranceOrigin ?? ToleranceOrigin.APPLICATION }, detail: { applicationId: identifiers[0]!.id } };
    },
  }));
}

/** 综合研判 on the jurisdiction's criteria set, preconditions, tolerable situations in force and exclusions. */
export function assessTolerance(ctx: AuthedContext, input: AssessToleranceInput) {
  if (input.findings.length > 20) throw badInput('At most 20 findings', { field: 'findings' });
  const findings = input.findings.map((f, i) => ({ criterionCode: f.criterionCode, finding: requireText(`findings.${i}.finding`, f.finding, 2000), favourable: f.favourable }));
  return stepAnswer(ctx, runStep(ctx, {
    ...step(input), action: 'handle', auditAction: 'case.assess-tolerance',
    input: { findings: findings.length, unmetPreconditions: input.unmetPreconditionCodes.length, tolerable: input.tolerableSituationCodes, exclusions: input.exclusionCodes },
    async rule(c) {
      requireState(c.state, INVESTIGATION, 'ASSESS_TOLERANCE');
      const regime = await regimeAt(ctx, await unitOf(ctx.manager, c.decidingUnitId));
      await requireCatalogueCodes(ctx.manager, [regime.criteriaCatalogueCode], findings.map((f) => f.criterionCode), 'findings.criterionCode');
      await requireCatalogueCodes(ctx.manager, ['PRECONDITIONS_HN'], input.unmetPreconditionCodes, 'unmetPreconditionCodes');
      await requireCatalogueCodes(ctx.manager, regime.tolerableCatalogueCodes, input.tolerableSituationCodes, 'tolerableSituationCodes');
      await requireCatalogueCodes(ctx.manager, ['EXCLUSIONS_HN'], input.exclusionCodes, 'exclusionCodes');
      await ctx.manager.getRepository(Assessment).update({ caseId: c.id }, {
        criteriaCatalogueCode: regime.criteriaCatalogueCode, findings, unmetPreconditionCodes: input.unmetPreconditionCodes, preconditionsMet: input.unmetPreconditionCodes.length === 0,
        tolerableSituationCodes: input.tolerableSituationCodes, exclusionCodes: input.exclusionCodes,
        assessedByAccountId: ctx.actor.kind === 'account' ? ctx.actor.accountId : null,
      });
      return {};
    },
  }));
}

/** 建议: the preliminary opinion on accountability and tolerance ([HN] §三(三)), after 陈述申辩. */
export function recommend(ctx: AuthedContext, input: RecommendInput) {
  const accountabilityOpinion = requireText('accountabilityOpinion', input.accountabilityOpinion, 10000);
  const toleranceOpinion = requireText('toleranceOpinion', input.toleranceOpinion, 10000);
  requireActDate('recommendedOn', input.recommendedOn, todayInShanghai());
  return stepAnswer(ctx, runStep(ctx, {
    ...step(input), action: 'handle', auditAction: 'case.recommend',
    input: { recommendedToleranceOutcome: input.recommendedToleranceOutcome ?? null, recommendedMeasureCodes: input.recommendedMeasureCodes, recommendedOn: input.recommendedOn },
    async rule(c) {
      const to = nextState(c.state, CaseEvent.RECOMMEND);
      requireActDate('recommendedOn', input.recommendedOn, todayInShanghai(), c.clueReceivedOn);
      const subjects = await subjectFacts(ctx.manager, c.id);
      requireStatements(subjects.flatMap((s) => (s.cadreId ? [s.cadreId] : [])), await heardCadreIds(ctx.manager, c.id));
      const assessment = await ctx.manager.getRepository(Assessment).findOneByOrFail({ caseId: c.id });
      requireToleranceOpen(input.recommendedToleranceOutcome, assessment.exclusionCodes, assessment.unmetPreconditionCodes);
      await requireCatalogueCodes(ctx.manager, MEASURE_CATALOGUES, input.recommendedMeasureCodes, 'recommendedMeasureCodes');
      await ctx.manager.getRepository(Assessment).update({ caseId: c.id }, {
        accountabilityOpinion, toleranceOpinion, recommendedToleranceOutcome: input.recommendedToleranceOutcome ?? null, recommendedMeasureCodes: input.recommendedMeasureCodes,
      });
      // A late opinion is recorded, not refused: the overdue list has already shown it.
      const late = c.recommendationDueOn !== null && input.recommendedOn > c.recommendationDueOn;
      return { from: c.state, to, event: CaseEvent.RECOMMEND, set: { state: to, recommended_on: input.recommendedOn }, detail: { late } };
    },
  }));
}

/** [YY] Art. 10: with approval, up to the regime's maximum of working days after the clue. */
export function extendRecommendationDeadline(ctx: AuthedContext, input: ExtendRecommendationDeadlineInput) {
  const approvedBy = requireText('approvedBy', input.approvedBy, 100);
  return stepAnswer(ctx, runStep(ctx, {
    ...step(input), action: 'handle', auditAction: 'case.extend-recommendation-deadline', input: { approvedBy, workingDays: input.workingDays ?? null },
    async rule(c) {
      requireState(c.state, [CaseState.REGISTERED, CaseState.INITIATED, CaseState.INVESTIGATING], 'EXTEND_RECOMMENDATION_DEADLINE');
      if (c.recommendationDeadlineExtended) throw badInput('The deadline has already been extended once', { field: 'caseId' });
      const regime = await regimeAt(ctx, await unitOf(ctx.manager, c.decidingUnitId));
      const days = input.workingDays ?? regime.recommendationExtendedWorkingDays;
      if (!Number.isInteger(days) || days <= regime.recommendationWorkingDays || days > regime.recommendationExtendedWorkingDays) {
        throw badInput(`An extension runs to more than ${regime.recommendationWorkingDays} and at most ${regime.recommendationExtendedWorkingDays} working days`, { field: 'workingDays' });
      }
      const dueOn = (await loadCalendar(ctx)).addWorkingDays(c.clueReceivedOn, days);
      return {
        set: { recommendation_due_on: dueOn, recommendation_deadline_extended: true, recommendation_extension_approved_by: approvedBy },
        detail: { dueFrom: c.recommendationDueOn, dueTo: dueOn },
      };
    },
  }));
}
