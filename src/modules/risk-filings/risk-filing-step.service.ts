/** Risk filings as steps (DOMAIN.md §5): submit, accept, return, resubmit, refuse, revoke. */
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { grantsOf } from '../../platform/authz/grants.js';
import type { CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import { badInput, forbidden, notFound } from '../../platform/errors/domain-error.js';
import { requireActDate, requireText } from '../../platform/errors/input-checks.js';
import { idOf } from '../../platform/graphql/global-id.js';
import type { AuthedContext } from '../../platform/request/request-context.js';
import { authorizeNew, runCreate, runStep, type StepChange } from '../../platform/write/write-path.js';
import { Role } from '../accounts/role.js';
import { loadCalendar, todayInShanghai } from '../calendar/calendar.service.js';
import { Unit } from '../units/unit.entity.js';
import { UnitKind } from '../units/unit.enums.js';
import { effectiveRuleRegime } from '../units/unit.service.js';
import { RiskFiling, RiskFilingHistoryEntry, type DecisionProcedure, type FilingAttachment, type SpecialApproval } from './risk-filing.entity.js';
import { RiskFilingEventKind, RiskFilingState } from './risk-filing.enums.js';
import { RISK_FILING_SUBJECT } from './risk-filing.policy.js';
import { readRiskFiling } from './risk-filing.service.js';
import type {
  AcceptRiskFilingInput, DecisionProcedureInput, FilingAttachmentInput, RefuseRiskFilingInput, ResubmitRiskFilingInput, ReturnRiskFilingInput, RevokeRiskFilingInput,
  SpecialApprovalInput, SubmitRiskFilingInput,
} from './risk-filing-step.types.js';
import { checkAttachments, checkDecisionProcedure, checkSpecialHandling, nextFilingState } from './risk-filing.workflow.js';

/** When the regime says nothing (DOMAIN.md §5 gives no number): five working days, as for clarification steps. */
export const DEFAULT_FILING_WORKING_DAYS = 5;

const accountOf = (ctx: AuthedContext) => (ctx.actor.kind === 'account' ? ctx.actor.accountId : null);

function procedureOf(p: DecisionProcedureInput): DecisionProcedure {
  checkDecisionProcedure(p);
  const notes = p.notes ? requireText('decisionProcedure.notes', p.notes, 2000) : undefined;
  return { collectiveStudy: p.collectiveStudy, expertReview: p.expertReview, legalReview: p.legalReview, riskAssessment: p.riskAssessment, ...(notes ? { notes } : {}) };
}

function attachmentsOf(list: readonly FilingAttachmentInput[], already = 0): FilingAttachment[] {
  checkAttachments(list, already);
  return list.map((a, i) => ({ name: requireText(`attachments.${i}.name`, a.name, 200), kind: a.kind, sizeBytes: a.sizeBytes, sha256: a.sha256 }));
}

function approvalsOf(list: readonly SpecialApprovalInput[]): SpecialApproval[] {
  if (list.length > 5) throw badInput('At most 5 approvals', { field: 'specialApprovals' });
  return list.map((a, i) => ({
    kind: a.kind, approvedBy: requireText(`specialApprovals.${i}.approvedBy`, a.approvedBy, 200), approvedOn: a.approvedOn,
    ...(a.documentNumber ? { documentNumber: requireText(`specialApprovals.${i}.documentNumber`, a.documentNumber, 100) } : {}),
  }));
}

/** The number: the receiving region, the year, a random part (unique index on the column). */
function filingNumberFor(regionCode: string, year: string): string {
  const random = randomBytes(5).readUIntBE(0, 5).toString(36).toUpperCase().padStart(8, '0');
  return `${regionCode.slice(0, 20)}-BB-${year}-${random}`;
}

/**
 * The office that receives a unit's filings: the unit of the regime's receiving kind (改革办 by
 * default) in the nearest region at or above the unit that has one; and that region's discipline
 * body, which supervises jointly. The tree is public to every account (unit.policy.ts).
 */
async function receiversOf(manager: EntityManager, unit: Unit, receiverKind: string): Promise<{ office: Unit; committee: Unit; discipline: Unit | null }> {
  const ancestorIds = unit.path.split('/').filter(Boolean);
  const rows: Array<{ office_id: string }> = await manager.query(
    `SELECT o.id AS office_id FROM units o JOIN units pc ON pc.id = o.parent_id
      WHERE o.parent_id = ANY($1::uuid[]) AND pc.kind = 'PARTY_COMMITTEE' AND o.kind::text = $2
      ORDER BY pc.depth DESC, o.code LIMIT 1`, [ancestorIds, receiverKind]);
  if (!rows[0]) throw notFound(`Receiving office (${receiverKind}) above this unit`);
  const repo = manager.getRepository(Unit);
  const office = await repo.findOneByOrFail({ id: rows[0].office_id });
  const committee = await repo.findOneByOrFail({ id: office.parentId! });
  const discipline = await repo.findOne({ where: { parentId: committee.id, kind: UnitKind.DISCIPLINE_COMMISSION }, order: { code: 'ASC' } });
  return { office, committee, discipline };
}

/** Who files: the unit's party organisation for its unit, or a cadre for their own unit. */
async function filerOf(ctx: AuthedContext, wantedUnitId: string | null): Promise<{ filingUnitId: string; filerCadreId: string | null }> {
  const unitGrant = grantsOf(ctx.actor, Role.UNIT_PARTY_ORGANISATION).find((g) => !wantedUnitId || g.unitId === wantedUnitId);
  if (unitGrant) return { filingUnitId: unitGrant.unitId, filerCadreId: null };
  const cadreId = ctx.actor.kind === 'account' && grantsOf(ctx.actor, Role.CADRE_SELF_SERVICE).length > 0 ? ctx.actor.cadreId : null;
  const cadre = cadreId ? await ctx.loaders.cadre.load(cadreId) : null;
  if (cadre && (!wantedUnitId || wantedUnitId === cadre.unitId)) return { filingUnitId: cadre.unitId, filerCadreId: cadre.id };
  throw forbidden(wantedUnitId ? 'You do not file for that unit' : 'Only a unit’s party organisation or a cadre files risk filings');
}

async function lastChange(manager: EntityManager, filingId: string): Promise<RiskFilingHistoryEntry> {
  const last = await manager.getRepository(RiskFilingHistoryEntry).findOne({ where: { riskFilingId: filingId }, order: { seq: 'DESC' } });
  if (!last) throw new Error(`risk filing ${filingId} has no history`);
  return last;
}

async function appendChange(ctx: AuthedContext, filingId: string, after: RiskFilingHistoryEntry | null, entry: Pick<RiskFilingHistoryEntry, 'event' | 'toState' | 'effectiveOn' | 'note' | 'actingUnitId'>) {
  await ctx.manager.getRepository(RiskFilingHistoryEntry).insert({ ...entry, riskFilingId: filingId, seq: (after?.seq ?? 0) + 1, recordedByAccountId: accountOf(ctx) });
}

async function dueDateFor(ctx: AuthedContext, office: Unit, from: CalendarDate): Promise<CalendarDate> {
  const regime = await effectiveRuleRegime(ctx, office);
  return (await loadCalendar(ctx)).addWorkingDays(from, regime?.riskFilingWorkingDays ?? DEFAULT_FILING_WORKING_DAYS);
}

export async function submitRiskFiling(ctx: AuthedContext, input: SubmitRiskFilingInput) {
  const today = todayInShanghai();
  const content = {
    matter: requireText('matter', input.matter, 300), reason: requireText('reason', input.reason, 5000),
    riskPoints: requireText('riskPoints', input.riskPoints, 5000), preventionMeasures: requireText('preventionMeasures', input.preventionMeasures, 5000),
    decisionProcedure: procedureOf(input.decisionProcedure), attachments: attachmentsOf(input.attachments),
    specialHandling: input.specialHandling, specialApprovals: approvalsOf(input.specialApprovals), implementationOn: input.implementationOn ?? null,
  };
  requireActDate('submittedOn', input.submittedOn, today, '2000-01-01');
  checkSpecialHandling(content.specialHandling, content.specialApprovals, content.implementationOn, today);
  const id = await runCreate(ctx, {
    auditAction: 'risk-filing.submit', subjectType: 'RiskFiling',
    input: { submittedOn: input.submittedOn, specialHandling: content.specialHandling, attachments: content.attachments.length, approvals: content.specialApprovals.map((a) => a.kind) },
    async create() {
      const filer = await filerOf(ctx, input.filingUnitId ? idOf('Unit', input.filingUnitId) : null);
      authorizeNew(ctx, 'file', 'RiskFiling', filer);
      const unit = await ctx.loaders.unit.load(filer.filingUnitId);
      if (!unit) throw notFound('Unit');
      const regime = await effectiveRuleRegime(ctx, unit);
      const { office, committee, discipline } = await receiversOf(ctx.manager, unit, regime?.riskFilingReceiverKind ?? UnitKind.REFORM_OFFICE);
      const dueOn = await dueDateFor(ctx, office, input.submittedOn);
      const repo = ctx.manager.getRepository(RiskFiling);
      const f = await repo.save(repo.create({
        ...content, ...filer, filingNumber: filingNumberFor(committee.code.replace(/-PC$/, ''), input.submittedOn.slice(0, 4)),
        receivingUnitId: office.id, supervisingUnitId: discipline?.id ?? null, state: RiskFilingState.SUBMITTED,
        submittedAt: new Date(), submittedOn: input.submittedOn, dueOn, decidedAt: null, decisionNote: null, revocationReason: null,
      }));
      await appendChange(ctx, f.id, null, { event: RiskFilingEventKind.SUBMIT, toState: RiskFilingState.SUBMITTED, effectiveOn: input.submittedOn, note: null, actingUnitId: filer.filingUnitId });
      return { id: f.id, result: f.id, detail: { to: RiskFilingState.SUBMITTED, receivingUnitId: office.id, dueOn } };
    },
  });
  return { riskFiling: await readRiskFiling(ctx, id) };
}

const step = (input: { riskFilingId: string; version: number }) => ({ subject: RISK_FILING_SUBJECT, id: idOf('RiskFiling', input.riskFilingId), expectedVersion: input.version });

/**
 * One state change of a filing: the transition, the date checked against today and the previous
 * change, the history row, and the columns the change sets.
 */
async function transition(ctx: AuthedContext, f: RiskFiling, event: RiskFilingEventKind, field: string, on: CalendarDate, note: string | null, actingUnitId: string, set: Record<string, unknown>): Promise<StepChange> {
  const to = nextFilingState(f.state, event);
  const last = await lastChange(ctx.manager, f.id);
  requireActDate(field, on, todayInShanghai(), last.effectiveOn);
  await appendChange(ctx, f.id, last, { event, toState: to, effectiveOn: on, note, actingUnitId });
  return { from: f.state, to, event, set: { state: to, ...set }, detail: { effectiveOn: on } };
}

const answered = (note: string | null) => ({ due_on: null, decided_at: new Date(), decision_note: note });
const late = (f: RiskFiling, on: CalendarDate) => ({ late: f.dueOn !== null && on > f.dueOn });
const answer = async (ctx: AuthedContext, written: Promise<{ id: string }>) => ({ riskFiling: await readRiskFiling(ctx, (await written).id) });

/** 予以备案 by the office the filing was made with. */
export function acceptRiskFiling(ctx: AuthedContext, input: AcceptRiskFilingInput) {
  const note = input.note ? requireText('note', input.note, 2000) : null;
  return answer(ctx, runStep(ctx, {
    ...step(input), action: 'receive', auditAction: 'risk-filing.accept', input: { acceptedOn: input.acceptedOn },
    async rule(f) {
      const change = await transition(ctx, f, RiskFilingEventKind.ACCEPT, 'acceptedOn', input.acceptedOn, note, f.receivingUnitId, answered(note));
      return { ...change, detail: { ...change.detail, ...late(f, input.acceptedOn) } };
    },
  }));
}

/** 退回补充, saying what is missing; the filing unit resubmits. */
export function returnRiskFiling(ctx: AuthedContext, input: ReturnRiskFilingInput) {
  const missing = requireText('missing', input.missing, 2000);
  return answer(ctx, runStep(ctx, {
    ...step(input), action: 'receive', auditAction: 'risk-filing.return', input: { returnedOn: input.returnedOn },
    async rule(f) {
      const change = await transition(ctx, f, RiskFilingEventKind.RETURN, 'returnedOn', input.returnedOn, missing, f.receivingUnitId, answered(missing));
      return { ...change, detail: { ...change.detail, ...late(f, input.returnedOn) } };
    },
  }));
}

/** 不予备案, with the reasons. */
export function refuseRiskFiling(ctx: AuthedContext, input: RefuseRiskFilingInput) {
  const reasons = requireText('reasons', input.reasons, 2000);
  return answer(ctx, runStep(ctx, {
    ...step(input), action: 'receive', auditAction: 'risk-filing.refuse', input: { refusedOn: input.refusedOn },
    async rule(f) {
      const change = await transition(ctx, f, RiskFilingEventKind.REFUSE, 'refusedOn', input.refusedOn, reasons, f.receivingUnitId, answered(reasons));
      return { ...change, detail: { ...change.detail, ...late(f, input.refusedOn) } };
    },
  }));
}

/** After a return: the supplement, the changed content, and the office's working days afresh. */
export function resubmitRiskFiling(ctx: AuthedContext, input: ResubmitRiskFilingInput) {
  const supplement = requireText('supplement', input.supplement, 2000);
  const text = (field: 'reason' | 'riskPoints' | 'preventionMeasures') => (input[field] != null ? requireText(field, input[field]!, 5000) : undefined);
  const changes = { reason: text('reason'), riskPoints: text('riskPoints'), preventionMeasures: text('preventionMeasures') };
  const procedure = input.decisionProcedure ? procedureOf(input.decisionProcedure) : undefined;
  const approvals = input.specialApprovals ? approvalsOf(input.specialApprovals) : undefined;
  const changed = { ...changes, decisionProcedure: procedure, specialApprovals: approvals, implementationOn: input.implementationOn ?? undefined };
  return answer(ctx, runStep(ctx, {
    ...step(input), action: 'file', auditAction: 'risk-filing.resubmit',
    input: { resubmittedOn: input.resubmittedOn, changed: Object.keys(changed).filter((k) => changed[k as keyof typeof changed] !== undefined), addAttachments: input.addAttachments.length },
    async rule(f) {
      // The state first: a filing that was not returned has nothing to resubmit, whatever the content.
      nextFilingState(f.state, RiskFilingEventKind.RESUBMIT);
      const added = attachmentsOf(input.addAttachments, f.attachments.length);
      const specialApprovals = approvals ?? f.specialApprovals;
      const implementationOn = input.implementationOn ?? f.implementationOn;
      checkSpecialHandling(f.specialHandling, specialApprovals, implementationOn, todayInShanghai());
      const office = await ctx.loaders.unit.load(f.receivingUnitId);
      if (!office) throw notFound('Unit');
      const dueOn = await dueDateFor(ctx, office, input.resubmittedOn);
      const set: Record<string, unknown> = {
        submitted_on: input.resubmittedOn, due_on: dueOn, decided_at: null, decision_note: null,
        attachments: JSON.stringify([...f.attachments, ...added]), special_approvals: JSON.stringify(specialApprovals), implementation_on: implementationOn,
        ...(changes.reason ? { reason: changes.reason } : {}), ...(changes.riskPoints ? { risk_points: changes.riskPoints } : {}),
        ...(changes.preventionMeasures ? { prevention_measures: changes.preventionMeasures } : {}),
        ...(procedure ? { decision_procedure: JSON.stringify(procedure) } : {}),
      };
      const change = await transition(ctx, f, RiskFilingEventKind.RESUBMIT, 'resubmittedOn', input.resubmittedOn, supplement, f.filingUnitId, set);
      return { ...change, detail: { ...change.detail, dueOn } };
    },
  }));
}

/** 撤销备案 by the discipline body of the region: the filing was used as a shield for misconduct. */
export function revokeRiskFiling(ctx: AuthedContext, input: RevokeRiskFilingInput) {
  const reason = requireText('reason', input.reason, 2000);
  return answer(ctx, runStep(ctx, {
    ...step(input), action: 'revoke', auditAction: 'risk-filing.revoke', input: { revokedOn: input.revokedOn },
    async rule(f) {
      const unit = await ctx.loaders.unit.load(f.filingUnitId);
      const body = grantsOf(ctx.actor, Role.INVESTIGATOR).find((g) => g.unitKind === UnitKind.DISCIPLINE_COMMISSION && !!unit && unit.path.startsWith(g.regionPath));
      if (!body) throw forbidden('Only the discipline body of the filing unit’s region revokes a filing');
      return transition(ctx, f, RiskFilingEventKind.REVOKE, 'revokedOn', input.revokedOn, reason, body.unitId, { revocation_reason: reason });
    },
  }));
}
