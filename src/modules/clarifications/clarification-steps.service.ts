/** Clarification (澄清正名, DOMAIN.md §4, §8) as steps through the write path: open or apply, then accept, plan, carry out, close; refer. */
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { grantsOf } from '../../platform/authz/grants.js';
import { DomainError, ErrorCode, badInput, forbidden, notFound } from '../../platform/errors/domain-error.js';
import { requireActDate, requireText } from '../../platform/errors/input-checks.js';
import { idOf } from '../../platform/graphql/global-id.js';
import type { AuthedContext } from '../../platform/request/request-context.js';
import { authorizeNew, runCreate, runStep } from '../../platform/write/write-path.js';
import { Role } from '../accounts/role.js';
import { loadCalendar, todayInShanghai } from '../calendar/calendar.service.js';
import { subjectFacts } from '../cases/case-facts.js';
import type { Case } from '../cases/case.entity.js';
import { ToleranceOrigin } from '../cases/case.enums.js';
import { checkMethods, nextClarificationState, requireClarificationState, requireEligibleFinding, requireNoReporterIdentity, requireVerificationConcluded } from './clarification-rules.js';
import type {
  AcceptClarificationInput, ApplyForClarificationInput, CarryOutClarificationInput, ClarificationStepInput, CloseClarificationInput, OpenClarificationInput,
  PlanClarificationInput, ReferFalseAccusationInput, RefuseClarificationInput,
} from './clarification-step.types.js';
import { Clarification } from './clarification.entity.js';
import { ClarificationMethod } from './clarification.enums.js';
import { CLARIFICATION_SUBJECT } from './clarification.policy.js';
import { readClarification } from './clarification.service.js';
import { ClarificationEvent, OPEN_CLARIFICATION_STATES, REFERRAL_STATES, nextStepDueOn, openingState } from './clarification.workflow.js';

const step = (input: ClarificationStepInput) => ({ subject: CLARIFICATION_SUBJECT, id: idOf('Clarification', input.clarificationId), expectedVersion: input.version });
const answer = async (ctx: AuthedContext, written: Promise<{ id: string }>) => ({ clarification: await readClarification(ctx, (await written).id) });

/**
 * The case of the report, as the actor sees it (NOT_FOUND otherwise), with the cadre among its
 * subjects. Its handling body verified the report, so it clarifies ("谁核实谁澄清").
 */
async function caseOfReport(ctx: AuthedContext, caseId: string, cadreId: string): Promise<Case> {
  const found = await ctx.loaders.case.load(caseId);
  if (!found) throw notFound('Case');
  if (!(await subjectFacts(ctx.manager, found.id)).some((s) => s.cadreId === cadreId)) throw badInput('The cadre is not a subject of this case', { field: 'cadreId' });
  return found;
}

/**
 * Texts the verifying body writes are read by the cadre: they must not carry the reporter's
 * identity. Checked only for actors who may read that identity (see requireNoReporterIdentity).
 */
async function requireNoReporter(ctx: AuthedContext, caseId: string | null, texts: Record<string, string | null | undefined>): Promise<void> {
  if (!caseId || !(await ctx.loaders.mayReadCaseConfidential.load(caseId))) return;
  const [c] = await ctx.manager.query(`SELECT reporter_name AS name, reporter_contact AS contact FROM cases WHERE id = $1`, [caseId]) as Array<{ name: string | null; contact: string | null }>;
  if (c) requireNoReporterIdentity(texts, c);
}

async function requireNoOpenClarification(manager: EntityManager, caseId: string | null, cadreId: string): Promise<void> {
  if (!caseId) return;
  if (await manager.getRepository(Clarification).existsBy({ caseId, cadreId, state: In([...OPEN_CLARIFICATION_STATES]) })) {
    throw badInput('A clarification of this report for this cadre is already under way', { field: 'caseId' });
  }
}

/** The investigator's body for a clarification without a case: the one named, or their only one. */
function ownBody(ctx: AuthedContext, wanted: string | null): string {
  const bodies = grantsOf(ctx.actor, Role.INVESTIGATOR);
  const body = wanted ? bodies.find((g) => g.unitId === wanted) : bodies[0];
  if (!body) throw forbidden(wanted ? 'You do not verify reports for that body' : 'Only the body that verified the report clarifies it');
  return body.unitId;
}

async function insertClarification(ctx: AuthedContext, row: Partial<Clarification>): Promise<string> {
  const repo = ctx.manager.getRepository(Clarification);
  return (await repo.save(repo.create(row))).id;
}

/** 依职权: the verifying body opens it, after consulting the cadre, on a finding that qualifies. */
export async function openClarification(ctx: AuthedContext, input: OpenClarificationInput) {
  const allegations = requireText('allegations', input.allegations, 5000);
  const today = todayInShanghai();
  requireActDate('consultedOn', input.consultedOn, today);
  requireActDate('openedOn', input.openedOn, today, input.consultedOn);
  const cadreId = idOf('Cadre', input.cadreId);
  const caseId = input.caseId ? idOf('Case', input.caseId) : null;
  const wanted = input.clarifyingUnitId ? idOf('Unit', input.clarifyingUnitId) : null;
  const id = await runCreate(ctx, {
    auditAction: 'clarification.open', subjectType: 'Clarification',
    input: { caseId: input.caseId ?? null, finding: input.finding, consultedOn: input.consultedOn, openedOn: input.openedOn },
    async create() {
      const source = caseId ? await caseOfReport(ctx, caseId, cadreId) : null;
      if (source && wanted && wanted !== source.handlingUnitId) throw badInput('The body that verified the report clarifies it: the case’s handling body', { field: 'clarifyingUnitId' });
      const body = source ? source.handlingUnitId : ownBody(ctx, wanted);
      authorizeNew(ctx, 'clarify', 'Clarification', { clarifyingUnitId: body, cadreId });
      if (!source && !(await ctx.loaders.cadre.load(cadreId))) throw notFound('Cadre');
      requireEligibleFinding(input.finding);
      if (source) {
        requireVerificationConcluded(source.state);
        requireActDate('consultedOn', input.consultedOn, today, source.clueReceivedOn);
      }
      await requireNoReporter(ctx, caseId, { allegations });
      await requireNoOpenClarification(ctx.manager, caseId, cadreId);
      const state = openingState(false);
      const newId = await insertClarification(ctx, {
        caseId, cadreId, clarifyingUnitId: body, origin: ToleranceOrigin.EX_OFFICIO, state, finding: input.finding, allegations,
        requestedOn: input.openedOn, consultedOn: input.consultedOn, openedOn: input.openedOn, methods: [],
        dueOn: nextStepDueOn(await loadCalendar(ctx), state, input.openedOn),
      });
      return { id: newId, result: newId, detail: { to: state, clarifyingUnitId: body } };
    },
  });
  return { clarification: await readClarification(ctx, id) };
}

/** 依申请: the cadre applies in writing about a report on their own case; the case's handling body answers. */
export async function applyForClarification(ctx: AuthedContext, input: ApplyForClarificationInput) {
  const cadreId = ctx.actor.kind === 'account' ? ctx.actor.cadreId : null;
  if (!cadreId) throw forbidden('Only a cadre applies for their own clarification');
  const texts = { basicFacts: requireText('basicFacts', input.basicFacts, 5000), allegations: requireText('allegations', input.allegations, 5000), sought: requireText('sought', input.sought, 2000) };
  const today = todayInShanghai();
  requireActDate('appliedOn', input.appliedOn, today);
  const caseId = idOf('Case', input.caseId);
  const id = await runCreate(ctx, {
    auditAction: 'clarification.apply', subjectType: 'Clarification', input: { caseId: input.caseId, appliedOn: input.appliedOn },
    async create() {
      authorizeNew(ctx, 'applyClarification', 'Clarification', { cadreId });
      const source = await caseOfReport(ctx, caseId, cadreId);
      requireVerificationConcluded(source.state);
      requireActDate('appliedOn', input.appliedOn, today, source.clueReceivedOn);
      await requireNoOpenClarification(ctx.manager, caseId, cadreId);
      const state = openingState(true);
      const newId = await insertClarification(ctx, {
        caseId, cadreId, clarifyingUnitId: source.handlingUnitId, origin: ToleranceOrigin.APPLICATION, state, finding: null, ...texts,
        requestedOn: input.appliedOn, methods: [], dueOn: nextStepDueOn(await loadCalendar(ctx), state, input.appliedOn),
      });
      return { id: newId, result: newId, detail: { to: state, clarifyingUnitId: source.handlingUnitId } };
    },
  });
  return { clarification: await readClarification(ctx, id) };
}

/** 受理: the verifying body finds the report untrue or unfounded; it may narrow the allegations. */
export function acceptClarification(ctx: AuthedContext, input: AcceptClarificationInput) {
  const narrowed = input.allegations == null ? null : requireText('allegations', input.allegations, 5000);
  return answer(ctx, runStep(ctx, {
    ...step(input), action: 'clarify', auditAction: 'clarification.accept', input: { finding: input.finding, acceptedOn: input.acceptedOn, narrowed: narrowed !== null },
    async rule(row) {
      const to = nextClarificationState(row.state, ClarificationEvent.ACCEPT);
      requireEligibleFinding(input.finding);
      requireActDate('acceptedOn', input.acceptedOn, todayInShanghai(), row.requestedOn);
      await requireNoReporter(ctx, row.caseId, { allegations: narrowed });
      return {
        from: row.state, to, event: ClarificationEvent.ACCEPT,
        set: { state: to, finding: input.finding, allegations: narrowed ?? row.allegations, opened_on: input.acceptedOn, due_on: nextStepDueOn(await loadCalendar(ctx), to, input.acceptedOn) },
      };
    },
  }));
}

/** 不予受理, with the reason the cadre is told; the finding, when there is one, is recorded. */
export function refuseClarification(ctx: AuthedContext, input: RefuseClarificationInput) {
  const reason = requireText('reason', input.reason, 2000);
  return answer(ctx, runStep(ctx, {
    ...step(input), action: 'clarify', auditAction: 'clarification.refuse', input: { finding: input.finding ?? null, refusedOn: input.refusedOn },
    async rule(row) {
      const to = nextClarificationState(row.state, ClarificationEvent.REFUSE);
      requireActDate('refusedOn', input.refusedOn, todayInShanghai(), row.requestedOn);
      await requireNoReporter(ctx, row.caseId, { reason });
      return { from: row.state, to, event: ClarificationEvent.REFUSE, set: { state: to, refusal_reason: reason, finding: input.finding ?? row.finding, closed_on: input.refusedOn, due_on: null } };
    },
  }));
}

/** Methods and the audience; may be planned again until carried out (e.g. once the cadre consents). */
export function planClarification(ctx: AuthedContext, input: PlanClarificationInput) {
  const scope = requireText('scope', input.scope, 1000);
  const today = todayInShanghai();
  return answer(ctx, runStep(ctx, {
    ...step(input), action: 'clarify', auditAction: 'clarification.plan', input: { methods: input.methods, plannedOn: input.plannedOn, cadreConsentedOn: input.cadreConsentedOn ?? null },
    async rule(row) {
      const to = nextClarificationState(row.state, ClarificationEvent.PLAN);
      requireActDate('plannedOn', input.plannedOn, today, row.openedOn);
      if (input.cadreConsentedOn) requireActDate('cadreConsentedOn', input.cadreConsentedOn, today, row.requestedOn);
      const consent = input.cadreConsentedOn ?? row.cadreConsentedOn;
      checkMethods(input.methods, consent);
      await requireNoReporter(ctx, row.caseId, { scope });
      return {
        from: row.state, to, event: ClarificationEvent.PLAN,
        set: { state: to, methods: input.methods, scope, planned_on: input.plannedOn, cadre_consented_on: consent, due_on: nextStepDueOn(await loadCalendar(ctx), to, input.plannedOn) },
      };
    },
  }));
}

export function carryOutClarification(ctx: AuthedContext, input: CarryOutClarificationInput) {
  return answer(ctx, runStep(ctx, {
    ...step(input), action: 'clarify', auditAction: 'clarification.carry-out', input: { carriedOutOn: input.carriedOutOn },
    async rule(row) {
      const to = nextClarificationState(row.state, ClarificationEvent.CARRY_OUT);
      requireActDate('carriedOutOn', input.carriedOutOn, todayInShanghai(), row.plannedOn);
      // The consent must come before the statement it allows.
      if (row.methods.includes(ClarificationMethod.PUBLIC_STATEMENT) && (!row.cadreConsentedOn || row.cadreConsentedOn > input.carriedOutOn)) {
        throw new DomainError(ErrorCode.CONSENT_REQUIRED, 'A public statement is made only after the cadre’s written consent.', { field: 'carriedOutOn' });
      }
      return { from: row.state, to, event: ClarificationEvent.CARRY_OUT, set: { state: to, carried_out_on: input.carriedOutOn, due_on: nextStepDueOn(await loadCalendar(ctx), to, input.carriedOutOn) } };
    },
  }));
}

/** 办结: the result fed back to the cadre and the materials archived. */
export function closeClarification(ctx: AuthedContext, input: CloseClarificationInput) {
  return answer(ctx, runStep(ctx, {
    ...step(input), action: 'clarify', auditAction: 'clarification.close', input: { closedOn: input.closedOn },
    rule(row) {
      const to = nextClarificationState(row.state, ClarificationEvent.CLOSE);
      requireActDate('closedOn', input.closedOn, todayInShanghai(), row.carriedOutOn);
      return { from: row.state, to, event: ClarificationEvent.CLOSE, set: { state: to, closed_on: input.closedOn, due_on: null } };
    },
  }));
}

/**
 * 诬告陷害: the discipline body refers the accuser, once. The referral is confidential, so the
 * audit entry keeps its kind and date, not the recipient or the basis.
 */
export function referFalseAccusation(ctx: AuthedContext, input: ReferFalseAccusationInput) {
  const recipient = requireText('recipient', input.recipient, 200);
  const basis = requireText('basis', input.basis, 5000);
  return answer(ctx, runStep(ctx, {
    ...step(input), action: 'referFalseAccusation', auditAction: 'clarification.refer', input: { kind: input.kind, referredOn: input.referredOn },
    rule(row) {
      requireClarificationState(row.state, REFERRAL_STATES, 'REFER');
      if (row.referredOn) throw badInput('The accuser has already been referred', { field: 'clarificationId' });
      requireActDate('referredOn', input.referredOn, todayInShanghai(), row.openedOn);
      return { event: 'REFER', set: { referral_kind: input.kind, referral_recipient: recipient, referred_on: input.referredOn, referral_basis: basis } };
    },
  }));
}
