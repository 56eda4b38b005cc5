/**
 * The pure rules of the case procedure's steps (DOMAIN.md §2): no database, no clock. Each
 * refuses with a typed DomainError; the write path turns a refusal into "nothing changed".
 */
import { DomainError, ErrorCode, badInput } from '../../platform/errors/domain-error.js';
import { DecisionKind, ToleranceOutcome } from '../decisions/decision.enums.js';
import { UnitLevel } from '../units/unit.enums.js';
import { CaseState } from './case-state.js';
import { caseWorkflow, type CaseEvent } from './case.workflow.js';

/** The next state for `event`, or INVALID_TRANSITION with `from` and `event`. */
export function nextState(from: CaseState, event: CaseEvent): CaseState {
  const result = caseWorkflow.transition(from, event);
  if (!result.ok) throw new DomainError(ErrorCode.INVALID_TRANSITION, result.message, { from, event, allowed: result.allowed });
  return result.to;
}

/** A step that does not move the case but is only open in some states (evidence, applications…). */
export function requireState(from: CaseState, allowed: readonly CaseState[], event: string): void {
  if (!allowed.includes(from)) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, `"${event}" is not possible while the case is ${from}; possible in: ${allowed.join(', ')}.`, { from, event, allowed });
  }
}

/** States in which the case has not been decided yet (tolerance applications, take-over). */
export const BEFORE_DECISION = [CaseState.REGISTERED, CaseState.INITIATED, CaseState.INVESTIGATING, CaseState.RECOMMENDED] as const;

/**
 * "谁问责谁容错": the deciding committee must hold management authority over every subject
 * ([HN] §三, [YY] Art. 4) — judged on the subjects' managing committees as the data says now.
 */
export function requireAuthority(actorCommitteeIds: readonly string[], subjectCommitteeIds: readonly string[]): string {
  const committee = actorCommitteeIds.find((id) => subjectCommitteeIds.every((s) => s === id));
  if (!committee) {
    throw new DomainError(ErrorCode.OUTSIDE_AUTHORITY, 'Your committee does not hold management authority over the subject of this case (谁问责谁容错): the committee that manages the cadre decides.');
  }
  return committee;
}

/** 陈述申辩 ([YY] Art. 11): every cadre subject heard, or a written waiver recorded. */
export function requireStatements(subjectCadreIds: readonly string[], heardCadreIds: ReadonlySet<string>): void {
  const missing = subjectCadreIds.filter((id) => !heardCadreIds.has(id));
  if (missing.length > 0) {
    throw new DomainError(ErrorCode.STATEMENT_REQUIRED, 'The subject’s statement and defence (陈述申辩) must be heard, or their written waiver recorded, before a recommendation or decision.', { subjectCount: missing.length });
  }
}

const TOLERATED = new Set<ToleranceOutcome>([ToleranceOutcome.EXEMPT, ToleranceOutcome.REDUCED, ToleranceOutcome.LIGHTER]);

/** [HN] §二(二): any exclusion found, or an unmet precondition ([HN] §二(一)), blocks every tolerance outcome. */
export function requireToleranceOpen(outcome: ToleranceOutcome | null | undefined, exclusionCodes: readonly string[], unmetPreconditionCodes: readonly string[]): void {
  if (!outcome || !TOLERATED.has(outcome)) return;
  if (exclusionCodes.length > 0 || unmetPreconditionCodes.length > 0) {
    throw new DomainError(ErrorCode.EXCLUSION_BLOCKS_TOLERANCE, 'The assessment found a situation that excludes fault tolerance (or an unmet precondition): only 不予容错 is possible.', { exclusionCodes: [...exclusionCodes], unmetPreconditionCodes: [...unmetPreconditionCodes] });
  }
}

export interface DecisionTermsInput {
  kind: DecisionKind;
  measureCodes: readonly string[];
  toleranceOutcome: ToleranceOutcome | null | undefined;
  toleranceRefusalReason: string | null | undefined;
  corrections: number;
}

/** A decision's terms must agree with each other (DOMAIN.md §2.3). `at` names the input element. */
export function checkDecisionTerms(t: DecisionTermsInput, at: string): void {
  if (t.kind === DecisionKind.ACCOUNTABILITY && t.measureCodes.length === 0) throw badInput('An accountability decision needs at least one measure', { field: `${at}.measureCodes` });
  if (t.kind !== DecisionKind.ACCOUNTABILITY && t.measureCodes.length > 0) throw badInput('Only an accountability decision carries measures', { field: `${at}.measureCodes` });
  if (t.toleranceOutcome === ToleranceOutcome.EXEMPT && t.kind === DecisionKind.ACCOUNTABILITY) throw badInput('免除责任 leaves no accountability: decide EXEMPTION or NO_ACCOUNTABILITY', { field: `${at}.kind` });
  if ((t.toleranceOutcome === ToleranceOutcome.REDUCED || t.toleranceOutcome === ToleranceOutcome.LIGHTER) && t.kind !== DecisionKind.ACCOUNTABILITY) {
    throw badInput('减轻 / 从轻 apply to an accountability measure', { field: `${at}.kind` });
  }
  if (t.toleranceOutcome === ToleranceOutcome.REFUSED && !t.toleranceRefusalReason?.trim()) throw badInput('A refusal of tolerance must give its reason (it is explained to the subject)', { field: `${at}.toleranceRefusalReason` });
  if (t.corrections > 0 && (!t.toleranceOutcome || t.toleranceOutcome === ToleranceOutcome.REFUSED)) throw badInput('Correction requirements come with a tolerance decision', { field: `${at}.corrections` });
}

/** 集体研究: a quorum of more than half of the members attended. */
export function checkCollectiveDecision(present: number, total: number): void {
  if (!Number.isInteger(total) || total < 1 || total > 200) throw badInput('Attendance total must be 1 to 200', { field: 'meeting.total' });
  if (!Number.isInteger(present) || present < 0 || present > total) throw badInput('Attendance present must be between 0 and the total', { field: 'meeting.present' });
  if (present * 2 <= total) throw badInput('A collective decision needs more than half of the members present', { field: 'meeting.present' });
}

const LEVEL_RANK: Record<UnitLevel, number> = { PROVINCE: 0, CITY: 1, COUNTY: 2, TOWNSHIP: 3 };

/** 提级办理 ([YY] Art. 4): only a body of a higher level may take a case over. */
export function requireHigherLevel(taker: UnitLevel, handling: UnitLevel): void {
  if (LEVEL_RANK[taker] >= LEVEL_RANK[handling]) {
    throw new DomainError(ErrorCode.OUTSIDE_AUTHORITY, 'Only a body of a higher level may take a case over (提级办理).');
  }
}

/** [YY] Art. 10(二): city-managed (and higher) leaders need the organisation department's review. */
export const needsOrganisationOpinion = (decidingLevel: UnitLevel): boolean => LEVEL_RANK[decidingLevel] <= LEVEL_RANK.CITY;
