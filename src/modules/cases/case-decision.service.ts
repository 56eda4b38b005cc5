/** 决定 (DOMAIN.md §2.1, §2.3): the managing committee decides collectively, or sends the case back. */
import { In, IsNull } from 'typeorm';
import { requireActDate, requireText } from '../../platform/errors/input-checks.js';
import { grantsOf } from '../../platform/authz/grants.js';
import { badInput } from '../../platform/errors/domain-error.js';
import { idOf } from '../../platform/graphql/global-id.js';
import { asNode } from '../../platform/graphql/node.js';
import type { AuthedContext } from '../../platform/request/request-context.js';
import { runStep } from '../../platform/write/write-path.js';
import { Role } from '../accounts/role.js';
import { todayInShanghai } from '../calendar/calendar.service.js';
import { Correction } from '../decisions/correction.entity.js';
import { Decision } from '../decisions/decision.entity.js';
import { DecisionStatus } from '../decisions/decision.enums.js';
import { Effect } from '../decisions/effect.entity.js';
import { influencePeriods } from '../decisions/influence-periods.js';
import { Assessment } from './assessment.entity.js';
import type { DecideInput, SubjectDecisionInput } from './case-decision.types.js';
import { heardCadreIds, requireCatalogueCodes, subjectFacts, unitOf, upperCommitteeOf, type SubjectFact } from './case-facts.js';
import { CASE_SUBJECT } from './case.policy.js';
import { readCase, stepAnswer } from './case.service.js';
import {
  checkCollectiveDecision, checkDecisionTerms, needsOrganisationOpinion, nextState, requireAuthority, requireStatements, requireToleranceOpen,
} from './case-step.rules.js';
import type { ReturnForInvestigationInput } from './case-step.types.js';
import { MEASURE_CATALOGUES } from '../decisions/measure-effects.js';
import { CaseEvent } from './case.workflow.js';

const committeesOf = (ctx: AuthedContext) => grantsOf(ctx.actor, Role.COMMITTEE_DECIDER).map((g) => g.unitId);
const authorityOver = (ctx: AuthedContext, subjects: SubjectFact[]) => requireAuthority(committeesOf(ctx), subjects.map((s) => s.managingCommitteeId ?? ''));

/** 退回补充调查: the committee wants more facts before deciding. */
export async function returnForInvestigation(ctx: AuthedContext, input: ReturnForInvestigationInput) {
  const reason = requireText('reason', input.reason, 2000);
  return stepAnswer(ctx, runStep(ctx, {
    subject: CASE_SUBJECT, id: idOf('Case', input.caseId), expectedVersion: input.version, action: 'decide', auditAction: 'case.return-for-investigation', input: { reason },
    async rule(c) {
      authorityOver(ctx, await subjectFacts(ctx.manager, c.id));
      const to = nextState(c.state, CaseEvent.RETURN_FOR_INVESTIGATION);
      return { from: c.state, to, event: CaseEvent.RETURN_FOR_INVESTIGATION, set: { state: to } };
    },
  }));
}

interface CleanDecision {
  input: SubjectDecisionInput;
  documentNumber: string;
  facts: string;
  basis: string;
  toleranceRefusalReason: string | null;
  corrections: Array<{ requirements: string; dueOn: string }>;
}

function cleanInput(input: DecideInput): CleanDecision[] {
  if (input.decisions.length === 0 || input.decisions.length > 20) throw badInput('One decision per subject, 1 to 20', { field: 'decisions' });
  requireText('meeting.name', input.meeting.name, 200);
  checkCollectiveDecision(input.meeting.present, input.meeting.total);
  const today = todayInShanghai();
  requireActDate('meeting.heldOn', input.meeting.heldOn, today);
  requireActDate('decidedOn', input.decidedOn, today, input.meeting.heldOn);
  if (input.effectiveOn < input.decidedOn) throw badInput('effectiveOn cannot be before decidedOn', { field: 'effectiveOn' });
  return input.decisions.map((d, i) => {
    const at = `decisions.${i}`;
    if (d.corrections.length > 10) throw badInput('At most 10 correction requirements', { field: `${at}.corrections` });
    return {
      input: d,
      documentNumber: requireText(`${at}.documentNumber`, d.documentNumber, 80),
      facts: requireText(`${at}.facts`, d.facts, 20000),
      basis: requireText(`${at}.basis`, d.basis, 5000),
      toleranceRefusalReason: d.toleranceRefusalReason ? requireText(`${at}.toleranceRefusalReason`, d.toleranceRefusalReason, 2000) : null,
      corrections: d.corrections.map((k, j) => {
        if (k.dueOn <= input.decidedOn) throw badInput('A correction is due after the decision', { field: `${at}.corrections.${j}.dueOn` });
        return { requirements: requireText(`${at}.corrections.${j}.requirements`, k.requirements, 5000), dueOn: k.dueOn };
      }),
    };
  });
}

/** Which subject each decision is about; every subject decided exactly once. */
function matchSubjects(decisions: CleanDecision[], subjects: SubjectFact[]): Array<[CleanDecision, SubjectFact]> {
  const used = new Set<string>();
  const pairs = decisions.map((d, i): [CleanDecision, SubjectFact] => {
    const cadreId = d.input.subjectCadreId ? idOf('Cadre', d.input.subjectCadreId) : null;
    const unitId = d.input.subjectUnitId ? idOf('Unit', d.input.subjectUnitId) : null;
    const s = subjects.find((x) => (cadreId && x.cadreId === cadreId) || (unitId && x.unitId === unitId));
    if (!s || (cadreId && unitId)) throw badInput('Name one subject of this case: a subject cadre or a subject unit', { field: `decisions.${i}` });
    if (used.has(s.subjectId)) throw badInput('A subject is decided twice', { field: `decisions.${i}` });
    used.add(s.subjectId);
    return [d, s];
  });
  if (used.size !== subjects.length) throw badInput('Decide on every subject of the case', { field: 'decisions' });
  return pairs;
}

/**
 * 集体研究作出决定. The committee with management authority decides on every subject: measures
 * with their factors, the tolerance outcome (never a tolerance against an exclusion), the
 * decision document and the collective-decision record; effects and corrections follow from it.
 * After a failed correction the new decision supersedes the first and links to it.
 */
export async function decide(ctx: AuthedContext, input: DecideInput) {
  const decisions = cleanInput(input);
  const organisationOpinion = input.organisationOpinion ? requireText('organisationOpinion', input.organisationOpinion, 5000) : null;
  const made: string[] = [];
  const c = await runStep(ctx, {
    subject: CASE_SUBJECT, id: idOf('Case', input.caseId), expectedVersion: input.version, action: 'decide', auditAction: 'case.decide',
    input: { decisions: decisions.map((d) => ({ kind: d.input.kind, measureCodes: d.input.measureCodes, toleranceOutcome: d.input.toleranceOutcome ?? null })), decidedOn: input.decidedOn, meeting: input.meeting.name },
    async rule(row) {
      const subjects = await subjectFacts(ctx.manager, row.id);
      const committee = authorityOver(ctx, subjects);
      const to = nextState(row.state, CaseEvent.DECIDE);
      const pairs = matchSubjects(decisions, subjects);
      requireStatements(subjects.flatMap((s) => (s.cadreId ? [s.cadreId] : [])), await heardCadreIds(ctx.manager, row.id));
      const assessment = await ctx.manager.getRepository(Assessment).findOneBy({ caseId: row.id });
      for (const [i, [d]] of pairs.entries()) {
        requireToleranceOpen(d.input.toleranceOutcome, assessment?.exclusionCodes ?? [], assessment?.unmetPreconditionCodes ?? []);
        checkDecisionTerms({ ...d.input, toleranceOutcome: d.input.toleranceOutcome ?? null, toleranceRefusalReason: d.toleranceRefusalReason, corrections: d.corrections.length }, `decisions.${i}`);
        await requireCatalogueCodes(ctx.manager, MEASURE_CATALOGUES, d.input.measureCodes, `decisions.${i}.measureCodes`);
        await requireCatalogueCodes(ctx.manager, ['AGGRAVATING_YY'], d.input.aggravatingCodes, `decisions.${i}.aggravatingCodes`);
        await requireCatalogueCodes(ctx.manager, ['MITIGATING_YY', 'EXEMPTION_YY'], d.input.mitigatingCodes, `decisions.${i}.mitigatingCodes`);
      }
      const decidingUnit = await unitOf(ctx.manager, committee);
      if (!organisationOpinion && needsOrganisationOpinion(decidingUnit.level) && subjects.some((s) => s.cadreId)) {
        throw badInput('For cadres managed at city level or above the decision records the organisation department’s opinion ([YY] Art. 10(二))', { field: 'organisationOpinion' });
      }
      const appealBody = await upperCommitteeOf(ctx.manager, decidingUnit);
      const previous = await ctx.manager.getRepository(Decision).findBy({ caseId: row.id, status: DecisionStatus.IN_FORCE });
      if (previous.length > 0) {
        await ctx.manager.getRepository(Decision).update({ id: In(previous.map((p) => p.id)) }, { status: DecisionStatus.SUPERSEDED });
        await ctx.manager.getRepository(Effect).update({ decisionId: In(previous.map((p) => p.id)), voidedOn: IsNull(), cancelledOn: IsNull() }, { voidedOn: input.effectiveOn });
      }
      for (const [d, s] of pairs) {
        const decision = await ctx.manager.getRepository(Decision).save(ctx.manager.getRepository(Decision).create({
          caseId: row.id, subjectId: s.subjectId, kind: d.input.kind, measureCodes: d.input.measureCodes, toleranceOutcome: d.input.toleranceOutcome ?? null,
          toleranceRefusalReason: d.toleranceRefusalReason, aggravatingCodes: d.input.aggravatingCodes, mitigatingCodes: d.input.mitigatingCodes,
          documentNumber: d.documentNumber, facts: d.facts, basis: d.basis, approvingUnitId: committee, decidedOn: input.decidedOn, effectiveOn: input.effectiveOn,
          servedOn: null, appealDeadlineOn: null, appealBodyUnitId: appealBody?.id ?? null,
          meetingName: input.meeting.name.trim(), meetingOn: input.meeting.heldOn, attendancePresent: input.meeting.present, attendanceTotal: input.meeting.total,
          organisationOpinion, status: DecisionStatus.IN_FORCE, previousDecisionId: previous.find((p) => p.subjectId === s.subjectId)?.id ?? null,
        }));
        made.push(decision.id);
        if (s.cadreId) {
          const effects = influencePeriods(decision).map((e) => ({ ...e, decisionId: decision.id, cadreId: s.cadreId! }));
          if (effects.length) await ctx.manager.getRepository(Effect).insert(effects);
        }
        if (d.corrections.length) await ctx.manager.getRepository(Correction).insert(d.corrections.map((k) => ({ ...k, decisionId: decision.id })));
      }
      return { from: row.state, to, event: CaseEvent.DECIDE, set: { state: to, deciding_unit_id: committee }, detail: { decisionIds: made, supersededIds: previous.map((p) => p.id) } };
    },
  });
  // The payload reads like any other read: through the scoped loader.
  const rows = await Promise.all(made.map((id) => ctx.loaders.decision.load(id)));
  return { case: await readCase(ctx, c.id), decisions: rows.flatMap((d) => (d ? [asNode('Decision', d)] : [])) };
}
