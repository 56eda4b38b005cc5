/** 督查问效 steps ([YC], DOMAIN.md §6): record, submit and review the plan, decide a proposal. */
import type { EntityManager } from 'typeorm';
import type { Grant } from '../../platform/authz/actor.js';
import { grantsOf } from '../../platform/authz/grants.js';
import { badInput, forbidden, notFound } from '../../platform/errors/domain-error.js';
import { requireActDate, requireText } from '../../platform/errors/input-checks.js';
import { idOf } from '../../platform/graphql/global-id.js';
import type { AuthedContext } from '../../platform/request/request-context.js';
import { authorizeNew, runCreate, runStep } from '../../platform/write/write-path.js';
import { Role } from '../accounts/role.js';
import type { Cadre } from '../cadres/cadre.entity.js';
import { loadCalendar, todayInShanghai } from '../calendar/calendar.service.js';
import { Unit } from '../units/unit.entity.js';
import { SupervisionProposal, SupervisionRecord } from './supervision.entity.js';
import { RectificationPlanState, SupervisionKind, SupervisionProposalState } from './supervision.enums.js';
import { SUPERVISION_PROPOSAL_SUBJECT, SUPERVISION_RECORD_SUBJECT, recordingGrants } from './supervision.policy.js';
import {
  calendarYearOf, decideProposalRule, interviewsInYear, planDueDate, proposalToOpen, requireManagingCommittee, reviewPlanRule, submitPlanRule, type PlanFacts,
} from './supervision-rules.js';
import type {
  DecideSupervisionProposalInput, RecordWorkInterviewInput, RecordWorkReminderInput, ReviewRectificationPlanInput, SubmitRectificationPlanInput, SupervisionTargetInput,
} from './supervision-step.types.js';
import { readProposal, readRecord } from './supervision.service.js';

interface Target {
  cadre: Cadre | null;
  unit: Unit;
  managingCommitteeId: string;
}

/** Exactly one of cadreId and unitId, as database ids. */
function targetIds(input: SupervisionTargetInput): { cadreId: string | null; unitId: string | null } {
  const cadreId = input.cadreId ? idOf('Cadre', input.cadreId) : null;
  const unitId = input.unitId ? idOf('Unit', input.unitId) : null;
  if ((cadreId === null) === (unitId === null)) throw badInput('A reminder or an interview is against one cadre or one unit: give exactly one of cadreId and unitId', { field: 'cadreId' });
  return { cadreId, unitId };
}

/** The body the actor records for: the one asked for, or their only recording body. */
function recordingBody(ctx: AuthedContext, wanted: string | null | undefined): Grant {
  const bodies = recordingGrants(ctx.actor);
  const unitId = wanted ? idOf('Unit', wanted) : null;
  const body = unitId ? bodies.find((g) => g.unitId === unitId) : bodies[0];
  if (!body) throw forbidden(unitId ? 'You do not record supervision for that body' : 'Only the discipline commission and the organisation department record reminders and interviews');
  return body;
}

/** The target in the actor's read scope: a cadre they may not see does not exist for them. */
async function resolveTarget(ctx: AuthedContext, ids: { cadreId: string | null; unitId: string | null }): Promise<Target> {
  if (ids.cadreId) {
    const cadre = await ctx.loaders.cadre.load(ids.cadreId);
    if (!cadre) throw notFound('Cadre');
    return { cadre, unit: await ctx.manager.getRepository(Unit).findOneByOrFail({ id: cadre.unitId }), managingCommitteeId: cadre.managingCommitteeId };
  }
  const unit = await ctx.loaders.unit.load(ids.unitId!);
  if (!unit) throw notFound('Unit');
  return { cadre: null, unit, managingCommitteeId: unit.managingCommitteeId ?? unit.id };
}

/**
 * [YC] 约谈结果运用: counts the cadre's interviews in the interview's calendar year (the cadre row
 * is locked first, so two interviews recorded at once cannot both count as the first) and opens
 * the 诫勉 or 组织处理 proposal the count calls for.
 */
async function openProposal(manager: EntityManager, interview: SupervisionRecord, cadreId: string): Promise<{ count: number; proposal: SupervisionProposal | null }> {
  const rows: Array<{ held_on: string }> = await manager.query(
    `SELECT to_char(held_on, 'YYYY-MM-DD') AS held_on FROM supervision_records WHERE cadre_id = $1 AND kind = $2`, [cadreId, SupervisionKind.INTERVIEW]);
  const count = interviewsInYear(rows.map((r) => r.held_on), interview.heldOn);
  const year = calendarYearOf(interview.heldOn);
  const pending = await manager.getRepository(SupervisionProposal).find({ where: { cadreId, year, state: SupervisionProposalState.PROPOSED }, select: { id: true, kind: true } });
  const kind = proposalToOpen(count, pending.map((p) => p.kind));
  if (!kind) return { count, proposal: null };
  const repo = manager.getRepository(SupervisionProposal);
  const proposal = await repo.save(repo.create({
    kind, state: SupervisionProposalState.PROPOSED, cadreId, year, interviewCount: count, triggeredByRecordId: interview.id, proposedOn: interview.heldOn,
    decidingUnitId: interview.managingCommitteeId, targetUnitId: interview.targetUnitId, decidedOn: null, decisionNote: null, decidedByAccountId: null,
  }));
  return { count, proposal };
}

async function record(ctx: AuthedContext, kind: SupervisionKind, input: SupervisionTargetInput, heldOn: string, interviewer: string | null) {
  const reason = requireText('reason', input.reason, 2000);
  const approvedBy = requireText('approvedBy', input.approvedBy, 100);
  requireActDate(kind === SupervisionKind.INTERVIEW ? 'heldOn' : 'issuedOn', heldOn, todayInShanghai(), '2000-01-01');
  const ids = targetIds(input);
  const body = recordingBody(ctx, input.recordingUnitId);
  const id = await runCreate(ctx, {
    auditAction: kind === SupervisionKind.INTERVIEW ? 'supervision.record-interview' : 'supervision.record-reminder', subjectType: 'SupervisionRecord',
    input: { kind, situation: input.situation, heldOn, target: ids.cadreId ? 'CADRE' : 'UNIT' },
    async create() {
      const target = await resolveTarget(ctx, ids);
      const committee = await ctx.manager.getRepository(Unit).findOneByOrFail({ id: target.managingCommitteeId });
      authorizeNew(ctx, 'supervise', 'SupervisionRecord', { recordingUnitId: body.unitId, targetUnitPath: target.unit.path, managingCommitteePath: committee.path });
      if (target.cadre) await ctx.manager.query('SELECT id FROM cadres WHERE id = $1 FOR UPDATE', [target.cadre.id]);
      const interview = kind === SupervisionKind.INTERVIEW;
      const repo = ctx.manager.getRepository(SupervisionRecord);
      const row = await repo.save(repo.create({
        kind, situation: input.situation, reason, heldOn, interviewer, approvedBy,
        recordingUnitId: body.unitId, cadreId: target.cadre?.id ?? null, targetUnitId: target.unit.id, managingCommitteeId: target.managingCommitteeId,
        recordedByAccountId: ctx.actor.kind === 'account' ? ctx.actor.accountId : null,
        planState: interview ? RectificationPlanState.PENDING : null, planDueOn: interview ? planDueDate(await loadCalendar(ctx), heldOn) : null,
        planContent: null, planSubmittedOn: null, planLate: null, planReviewedOn: null, planReviewNote: null,
      }));
      // Measures are personal: an interview of a unit asks for its plan but counts towards no one.
      const counted = interview && target.cadre ? await openProposal(ctx.manager, row, target.cadre.id) : null;
      const detail = counted ? { interviewsInYear: counted.count, ...(counted.proposal ? { proposal: { id: counted.proposal.id, kind: counted.proposal.kind, year: counted.proposal.year } } : {}) } : {};
      return { id: row.id, result: row.id, detail: { ...detail, ...(row.planDueOn ? { planDueOn: row.planDueOn } : {}) } };
    },
  });
  return { record: await readRecord(ctx, id) };
}

/** 工作提醒: a reminder letter to a cadre or a unit; no plan, no count. */
export function recordWorkReminder(ctx: AuthedContext, input: RecordWorkReminderInput) {
  return record(ctx, SupervisionKind.REMINDER, input, input.issuedOn, null);
}

/** 工作约谈: the plan is due in 5 working days; a second or third interview in the year proposes a measure. */
export function recordWorkInterview(ctx: AuthedContext, input: RecordWorkInterviewInput) {
  return record(ctx, SupervisionKind.INTERVIEW, input, input.heldOn, requireText('interviewer', input.interviewer, 100));
}

const planFacts = (r: SupervisionRecord): PlanFacts => ({ state: r.planState, dueOn: r.planDueOn, heldOn: r.heldOn, submittedOn: r.planSubmittedOn });
const recordStep = (input: { recordId: string; version: number }) => ({ subject: SUPERVISION_RECORD_SUBJECT, id: idOf('SupervisionRecord', input.recordId), expectedVersion: input.version });

/** 整改方案 by the interviewee or their unit's party organisation; late is recorded, not refused. */
export async function submitRectificationPlan(ctx: AuthedContext, input: SubmitRectificationPlanInput) {
  const content = requireText('content', input.content, 5000);
  const written = await runStep(ctx, {
    ...recordStep(input), action: 'submitPlan', auditAction: 'supervision.submit-plan', input: { submittedOn: input.submittedOn },
    rule(row) {
      const r = submitPlanRule(planFacts(row), input.submittedOn, todayInShanghai());
      return {
        from: r.from, to: r.to, event: r.event, detail: r.late ? { late: true } : {},
        set: { plan_state: r.to, plan_content: content, plan_submitted_on: input.submittedOn, plan_late: r.late },
      };
    },
  });
  return { record: await readRecord(ctx, written.id) };
}

/** 复核 by the recording body: verified, or returned with a new 5-working-day due date. */
export async function reviewRectificationPlan(ctx: AuthedContext, input: ReviewRectificationPlanInput) {
  const note = requireText('note', input.note, 2000);
  const written = await runStep(ctx, {
    ...recordStep(input), action: 'reviewPlan', auditAction: 'supervision.review-plan', input: { accepted: input.accepted, reviewedOn: input.reviewedOn },
    async rule(row) {
      const r = reviewPlanRule(planFacts(row), input.accepted, input.reviewedOn, todayInShanghai(), await loadCalendar(ctx));
      return {
        from: r.from, to: r.to, event: r.event, detail: r.dueOn !== row.planDueOn ? { planDueOn: r.dueOn } : {},
        set: { plan_state: r.to, plan_reviewed_on: input.reviewedOn, plan_review_note: note, plan_due_on: r.dueOn },
      };
    },
  });
  return { record: await readRecord(ctx, written.id) };
}

/** The cadre's managing committee confirms the 诫勉 / 组织处理 proposal or rejects it. */
export async function decideSupervisionProposal(ctx: AuthedContext, input: DecideSupervisionProposalInput) {
  const note = requireText('note', input.note, 2000);
  const written = await runStep(ctx, {
    subject: SUPERVISION_PROPOSAL_SUBJECT, id: idOf('SupervisionProposal', input.proposalId), expectedVersion: input.version,
    action: 'decide', auditAction: 'supervision.decide-proposal', input: { confirmed: input.confirmed, decidedOn: input.decidedOn },
    rule(row) {
      requireManagingCommittee(grantsOf(ctx.actor, Role.COMMITTEE_DECIDER).map((g) => g.unitId), row.decidingUnitId);
      const r = decideProposalRule(row, input.confirmed, input.decidedOn, todayInShanghai());
      return {
        from: r.from, to: r.to, event: r.event, detail: { kind: row.kind },
        set: { state: r.to, decided_on: input.decidedOn, decision_note: note, decided_by_account_id: ctx.actor.kind === 'account' ? ctx.actor.accountId : null },
      };
    },
  });
  return { proposal: await readProposal(ctx, written.id) };
}
