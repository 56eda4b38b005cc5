/**
 * The pure rules of the clarification steps (DOMAIN.md §4, §8): no database, no clock. Each
 * refuses with a typed DomainError; the write path turns a refusal into "nothing changed".
 */
import { DomainError, ErrorCode, badInput } from '../../platform/errors/domain-error.js';
import { CaseState } from '../cases/case-state.js';
import { ClarificationFinding, ClarificationMethod, type ClarificationState } from './clarification.enums.js';
import { clarificationWorkflow, type ClarificationEvent } from './clarification.workflow.js';

/** The next state for `event`, or INVALID_TRANSITION with `from` and `event`. */
export function nextClarificationState(from: ClarificationState, event: ClarificationEvent): ClarificationState {
  const result = clarificationWorkflow.transition(from, event);
  if (!result.ok) throw new DomainError(ErrorCode.INVALID_TRANSITION, result.message, { from, event, allowed: result.allowed });
  return result.to;
}

/** A step that does not move the clarification but is open only in some states (the referral). */
export function requireClarificationState(from: ClarificationState, allowed: readonly ClarificationState[], event: string): void {
  if (!allowed.includes(from)) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, `"${event}" is not possible while the clarification is ${from}; possible in: ${allowed.join(', ')}.`, { from, event, allowed });
  }
}

const ELIGIBLE = new Set<ClarificationFinding>([ClarificationFinding.UNTRUE, ClarificationFinding.UNFOUNDED, ClarificationFinding.FALSE_PUBLIC_STORY]);

/** 反映失实 / 查无实据 / 不实舆情 qualify; "not proven but not excluded" and a substantiated report do not. */
export function requireEligibleFinding(finding: ClarificationFinding): void {
  if (!ELIGIBLE.has(finding)) {
    throw new DomainError(ErrorCode.NOT_ELIGIBLE_FOR_CLARIFICATION, 'Only a report found untrue or unfounded (反映失实、查无实据) or a false public story is clarified; "not proven but not excluded" and a substantiated report do not qualify.', { finding });
  }
}

/** The verification is over once the clue is dismissed or the committee has decided. */
const VERIFIED = new Set<CaseState>([CaseState.DISMISSED, CaseState.DECIDED, CaseState.SERVED, CaseState.EXECUTING, CaseState.NOTIFIED, CaseState.ARCHIVED]);

export function requireVerificationConcluded(caseState: CaseState): void {
  if (!VERIFIED.has(caseState)) {
    throw new DomainError(ErrorCode.NOT_ELIGIBLE_FOR_CLARIFICATION, 'The report is still being verified: a clarification follows the finding, not the investigation.', { caseState });
  }
}

/** Methods that CCDI/NSC 2020 wants accompanied by a written clarification. */
const NEEDS_WRITTEN = new Set<ClarificationMethod>([ClarificationMethod.IN_PERSON, ClarificationMethod.MEETING, ClarificationMethod.CIRCULAR]);

/**
 * A plan: one or more distinct methods; in person, meeting and circular always with a written
 * clarification; a public statement only with the cadre's written consent on record.
 */
export function checkMethods(methods: readonly ClarificationMethod[], cadreConsentedOn: string | null | undefined): void {
  if (methods.length === 0) throw badInput('A clarification needs at least one method', { field: 'methods' });
  if (new Set(methods).size !== methods.length) throw badInput('A method is listed twice', { field: 'methods' });
  if (methods.some((m) => NEEDS_WRITTEN.has(m)) && !methods.includes(ClarificationMethod.WRITTEN_NOTICE)) {
    throw badInput('A clarification in person, at a meeting or by circular comes with a written clarification (WRITTEN_NOTICE)', { field: 'methods' });
  }
  if (methods.includes(ClarificationMethod.PUBLIC_STATEMENT) && !cadreConsentedOn) {
    throw new DomainError(ErrorCode.CONSENT_REQUIRED, 'A public statement needs the cadre’s written consent: record the day it was given (cadreConsentedOn).', { field: 'cadreConsentedOn' });
  }
}

export interface ReporterIdentity {
  name: string | null;
  contact: string | null;
}

/**
 * Texts the cadre will read must not carry the reporter's identity. The message names the field,
 * never the value found, and the check runs only for actors who may read the identity anyway
 * (for anyone else a refusal would confirm a guess).
 */
export function requireNoReporterIdentity(texts: Record<string, string | null | undefined>, reporter: ReporterIdentity): void {
  const needles = [reporter.name, reporter.contact].map((s) => s?.trim().toLowerCase()).filter((s): s is string => !!s && [...s].length >= 2);
  if (needles.length === 0) return;
  for (const [field, text] of Object.entries(texts)) {
    const haystack = text?.toLowerCase();
    if (haystack && needles.some((n) => haystack.includes(n))) {
      throw badInput(`${field} would show the cadre who made the report: leave the reporter’s name and contact out`, { field });
    }
  }
}
