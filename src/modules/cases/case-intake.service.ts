/** Clue and start (DOMAIN.md §2, §2.1): register, report up, take over, initiate, dismiss. */
import { randomBytes } from 'node:crypto';
import { grantsOf } from '../../platform/authz/grants.js';
import { requireActDate, requireText } from '../../platform/errors/input-checks.js';
import { badInput, forbidden, notFound } from '../../platform/errors/domain-error.js';
import { idOf } from '../../platform/graphql/global-id.js';
import type { AuthedContext } from '../../platform/request/request-context.js';
import { authorizeNew, runCreate, runStep } from '../../platform/write/write-path.js';
import { Role } from '../accounts/role.js';
import { loadCalendar, todayInShanghai } from '../calendar/calendar.service.js';
import { Unit } from '../units/unit.entity.js';
import { Assessment } from './assessment.entity.js';
import { CaseState } from './case-state.js';
import { CaseSubject } from './case-subject.entity.js';
import { Case } from './case.entity.js';
import { ClueSource, ConductCategory, SubjectKind, ToleranceOrigin } from './case.enums.js';
import { regimeAt, requireCatalogueCodes, unitOf } from './case-facts.js';
import { CASE_SUBJECT } from './case.policy.js';
import { readCase, stepAnswer } from './case.service.js';
import { BEFORE_DECISION, nextState, requireHigherLevel, requireState } from './case-step.rules.js';
import type { DismissInput, InitiateInput, RegisterClueInput, StartInvestigationInput, TakeOverInput } from './case-step.types.js';
import { CaseEvent, recommendationDueDate } from './case.workflow.js';
import { Cadre } from '../cadres/cadre.entity.js';

const CONDUCT_CATALOGUE: Record<ConductCategory, string | null> = {
  INACTION: 'CONDUCT_INACTION_YY', MISCONDUCT: 'CONDUCT_MISCONDUCT_YY', OTHER: null,
};

/** 'BT-2025-7K2Q9X': the region, the year of the clue, and a random part (unique index on the column). */
function caseNumberFor(regionCode: string, year: string): string {
  const random = randomBytes(5).readUIntBE(0, 5).toString(36).toUpperCase().padStart(8, '0');
  return `${regionCode.slice(0, 24)}-${year}-${random}`;
}

const step = (ctx: AuthedContext, input: { caseId: string; version: number }) => ({ subject: CASE_SUBJECT, id: idOf('Case', input.caseId), expectedVersion: input.version });

/**
 * 线索受理. The registering investigator's body handles the clue; the subject's managing committee
 * (data on the cadre) decides. A clue about a cadre managed above the registering body's region is
 * registered and reported up (报上级) to that committee, which may then take it over.
 */
export async function registerClue(ctx: AuthedContext, input: RegisterClueInput) {
  const title = requireText('title', input.title, 300);
  const summary = requireText('summary', input.summary, 5000);
  const cadreIds = [...new Set(input.subjectCadreIds.map((id) => idOf('Cadre', id)))];
  const unitIds = [...new Set(input.subjectUnitIds.map((id) => idOf('Unit', id)))];
  if (cadreIds.length + unitIds.length === 0) throw badInput('A clue needs at least one subject cadre or unit', { field: 'subjectCadreIds' });
  if (cadreIds.length + unitIds.length > 20) throw badInput('At most 20 subjects per clue', { field: 'subjectCadreIds' });
  const catalogue = CONDUCT_CATALOGUE[input.conductCategory];
  if (!catalogue && input.conductSituationCode) throw badInput('Conduct outside both lists has no situation code', { field: 'conductSituationCode' });
  const reporterName = input.reporter?.name ? requireText('reporter.name', input.reporter.name, 100) : null;
  const reporterContact = input.reporter?.contact ? requireText('reporter.contact', input.reporter.contact, 200) : null;
  requireActDate('clueReceivedOn', input.clueReceivedOn, todayInShanghai(), '2000-01-01');
  const bodies = grantsOf(ctx.actor, Role.INVESTIGATOR);
  const wanted = input.handlingUnitId ? idOf('Unit', input.handlingUnitId) : null;
  const body = wanted ? bodies.find((g) => g.unitId === wanted) : bodies[0];
  if (!body) throw forbidden(wanted ? 'You do not investigate for that body' : 'Only an accountability department’s investigators register clues');

  const id = await runCreate(ctx, {
    auditAction: 'case.register', subjectType: 'Case',
    input: { clueSource: input.clueSource, conductCategory: input.conductCategory, subjects: cadreIds.length + unitIds.length, clueReceivedOn: input.clueReceivedOn, reporter: reporterName || reporterContact ? 'recorded' : 'none' },
    async create() {
      authorizeNew(ctx, 'register', 'Case', { handlingUnitId: body.unitId });
      if (catalogue && input.conductSituationCode) await requireCatalogueCodes(ctx.manager, [catalogue], [input.conductSituationCode], 'conductSituationCode');
      // Subjects are looked up in the actor's scope: a cadre they may not see does not exist for them.
      const cadres = await Promise.all(cadreIds.map((id) => ctx.loaders.cadre.load(id)));
      const units = await Promise.all(unitIds.map((id) => ctx.loaders.unit.load(id)));
      if (cadres.some((c) => !c)) throw notFound('Cadre');
      if (units.some((u) => !u)) throw notFound('Unit');
      const committees = new Set([...(cadres as Cadre[]).map((c) => c.managingCommitteeId), ...(units as Unit[]).map((u) => u.managingCommitteeId ?? u.id)]);
      if (committees.size !== 1) throw badInput('The subjects are managed by different committees: register one clue per managing authority', { field: 'subjectCadreIds' });
      const deciding = await unitOf(ctx.manager, [...committees][0]!);
      const reportedUp = !deciding.path.startsWith(body.regionPath);
      const regime = await regimeAt(ctx, deciding);
      const calendar = await loadCalendar(ctx);
      const regionCode = (await unitOf(ctx.manager, body.regionId)).code.replace(/-PC$/, '');
      const year = input.clueReceivedOn.slice(0, 4);
      const c = await ctx.manager.getRepository(Case).save(ctx.manager.getRepository(Case).create({
        caseNumber: caseNumberFor(regionCode, year),
        title, summary, state: CaseState.REGISTERED, clueSource: input.clueSource as ClueSource, clueReceivedOn: input.clueReceivedOn,
        conductCategory: input.conductCategory, conductSituationCode: input.conductSituationCode ?? null, reporterName, reporterContact,
        handlingUnitId: body.unitId, decidingUnitId: deciding.id, reportedUpToUnitId: reportedUp ? deciding.id : null,
        recommendationDueOn: recommendationDueDate(calendar, input.clueReceivedOn, regime, false),
      }));
      await ctx.manager.getRepository(CaseSubject).insert([
        ...cadreIds.map((cadreId, i) => ({ caseId: c.id, kind: SubjectKind.CADRE, cadreId, unitId: null, sortOrder: i })),
        ...unitIds.map((unitId, i) => ({ caseId: c.id, kind: SubjectKind.UNIT, cadreId: null, unitId, sortOrder: cadreIds.length + i })),
      ]);
      return { id: c.id, result: c.id, detail: { to: CaseState.REGISTERED, reportedUpTo: reportedUp ? deciding.id : null } };
    },
  });
  return { case: await readCase(ctx, id) };
}

/** 提级办理 ([YY] Art. 4): a higher body takes the case, and with it the write access. */
export async function takeOver(ctx: AuthedContext, input: TakeOverInput) {
  const reason = requireText('reason', input.reason, 2000);
  return stepAnswer(ctx, runStep(ctx, {
    ...step(ctx, input), action: 'takeOver', auditAction: 'case.take-over', input: { reason },
    async rule(c) {
      requireState(c.state, BEFORE_DECISION, 'TAKE_OVER');
      const handling = await unitOf(ctx.manager, c.handlingUnitId);
      const taker = grantsOf(ctx.actor, Role.INVESTIGATOR).find((g) => handling.path.startsWith(g.regionPath) && g.unitId !== handling.id);
      if (!taker) throw forbidden('You do not investigate for a body above this case');
      requireHigherLevel((await unitOf(ctx.manager, taker.unitId)).level, handling.level);
      return { set: { handling_unit_id: taker.unitId, taken_over_from_unit_id: handling.id }, detail: { fromUnitId: handling.id, toUnitId: taker.unitId } };
    },
  }));
}

/** 按程序报批后启动 ([YY] Art. 9); starting accountability opens the tolerance assessment ex officio. */
export async function initiate(ctx: AuthedContext, input: InitiateInput) {
  const approvedBy = requireText('approvedBy', input.approvedBy, 100);
  return stepAnswer(ctx, runStep(ctx, {
    ...step(ctx, input), action: 'handle', auditAction: 'case.initiate', input: { approvedBy },
    async rule(c) {
      const to = nextState(c.state, CaseEvent.INITIATE);
      const regime = await regimeAt(ctx, await unitOf(ctx.manager, c.decidingUnitId));
      await ctx.manager.getRepository(Assessment).insert({
        caseId: c.id, criteriaCatalogueCode: regime.criteriaCatalogueCode, findings: [], tolerableSituationCodes: [], exclusionCodes: [],
        unmetPreconditionCodes: [], preconditionsMet: false, accountabilityOpinion: '', toleranceOpinion: '', assessedByAccountId: null,
      });
      return {
        from: c.state, to, event: CaseEvent.INITIATE,
        set: { state: to, initiated_at: new Date(), initiation_approved_by: approvedBy, tolerance_origin: c.toleranceOrigin ?? ToleranceOrigin.EX_OFFICIO },
      };
    },
  }));
}

/** 不予启动 / 了结, with the reason. */
export async function dismiss(ctx: AuthedContext, input: DismissInput) {
  const reason = requireText('reason', input.reason, 2000);
  return stepAnswer(ctx, runStep(ctx, {
    ...step(ctx, input), action: 'handle', auditAction: 'case.dismiss', input: {},
    rule(c) {
      const to = nextState(c.state, CaseEvent.DISMISS);
      return { from: c.state, to, event: CaseEvent.DISMISS, set: { state: to, dismissal_reason: reason, closed_at: new Date() } };
    },
  }));
}

export async function startInvestigation(ctx: AuthedContext, input: StartInvestigationInput) {
  return stepAnswer(ctx, runStep(ctx, {
    ...step(ctx, input), action: 'handle', auditAction: 'case.start-investigation',
    rule(c) {
      const to = nextState(c.state, CaseEvent.START_INVESTIGATION);
      return { from: c.state, to, event: CaseEvent.START_INVESTIGATION, set: { state: to } };
    },
  }));
}
