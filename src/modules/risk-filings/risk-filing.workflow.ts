/**
 * The life of a risk filing (DOMAIN.md §5) and the pure checks of its steps: no database, no
 * clock. Each refusal is a typed DomainError; the write path turns it into "nothing changed".
 */
import type { CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import { DomainError, ErrorCode, badInput } from '../../platform/errors/domain-error.js';
import { defineStateMachine } from '../../platform/workflow/state-machine.js';
import { BasisDateSource, RiskFilingEventKind, RiskFilingState, SpecialApprovalKind } from './risk-filing.enums.js';

export const riskFilingWorkflow = defineStateMachine<RiskFilingState, RiskFilingEventKind>({
  name: 'risk-filing',
  states: Object.values(RiskFilingState),
  initial: RiskFilingState.SUBMITTED,
  terminal: [RiskFilingState.REFUSED, RiskFilingState.REVOKED],
  transitions: [
    { event: RiskFilingEventKind.ACCEPT, from: [RiskFilingState.SUBMITTED], to: RiskFilingState.ACCEPTED },
    { event: RiskFilingEventKind.RETURN, from: [RiskFilingState.SUBMITTED], to: RiskFilingState.RETURNED },
    { event: RiskFilingEventKind.REFUSE, from: [RiskFilingState.SUBMITTED], to: RiskFilingState.REFUSED },
    { event: RiskFilingEventKind.RESUBMIT, from: [RiskFilingState.RETURNED], to: RiskFilingState.SUBMITTED },
    // Only a filing on record can serve as a shield, so only an accepted one is revoked.
    { event: RiskFilingEventKind.REVOKE, from: [RiskFilingState.ACCEPTED], to: RiskFilingState.REVOKED },
  ],
});

/** The next state for `event`, or INVALID_TRANSITION with `from` and `event`. */
export function nextFilingState(from: RiskFilingState, event: RiskFilingEventKind): RiskFilingState {
  const result = riskFilingWorkflow.transition(from, event);
  if (!result.ok) throw new DomainError(ErrorCode.INVALID_TRANSITION, result.message, { from, event, allowed: result.allowed });
  return result.to;
}

/** One recorded state change: the state it led to and the day it took effect. */
export interface FilingChange {
  seq: number;
  toState: RiskFilingState;
  effectiveOn: CalendarDate;
}

/**
 * The filing's state on `date`: that of the last change effective on or before it, or null when
 * the filing was not yet submitted then (a filing made after the conduct is no pre-registration).
 */
export function filingStateOn(changes: readonly FilingChange[], date: CalendarDate): RiskFilingState | null {
  let state: RiskFilingState | null = null;
  let last: FilingChange | null = null;
  for (const c of changes) {
    if (c.effectiveOn > date) continue;
    if (!last || c.effectiveOn > last.effectiveOn || (c.effectiveOn === last.effectiveOn && c.seq > last.seq)) {
      last = c;
      state = c.toState;
    }
  }
  return state;
}

/** A filing counts as a basis only while it is on record (备案), neither returned nor revoked. */
export const isValidFiling = (state: RiskFilingState | null): boolean => state === RiskFilingState.ACCEPTED;

export interface ApprovalFact {
  kind: SpecialApprovalKind;
  approvedOn: CalendarDate;
}

const REQUIRED_APPROVALS = [SpecialApprovalKind.GOVERNMENT_CONSENT, SpecialApprovalKind.UPPER_DEPARTMENT_APPROVAL] as const;

/**
 * 特事特办 ([HN] §二(一)2): the same-level government's consent and the upper department's
 * approval, both obtained before implementation. A filing without special handling carries no
 * approvals. Refuses with SPECIAL_HANDLING_NOT_APPROVED (missing kinds, or the implementation
 * date before an approval: field `implementationOn`) and BAD_USER_INPUT for malformed input.
 */
export function checkSpecialHandling(specialHandling: boolean, approvals: readonly ApprovalFact[], implementationOn: CalendarDate | null, today: CalendarDate): void {
  if (!specialHandling) {
    if (approvals.length > 0) throw badInput('Approvals are recorded only for special handling (特事特办)', { field: 'specialApprovals' });
    return;
  }
  const kinds = approvals.map((a) => a.kind);
  if (new Set(kinds).size !== kinds.length) throw badInput('Each approval is recorded once', { field: 'specialApprovals' });
  for (const a of approvals) {
    if (a.approvedOn > today) throw badInput(`An approval dated ${a.approvedOn} is in the future (today is ${today})`, { field: 'specialApprovals.approvedOn' });
  }
  const missing = REQUIRED_APPROVALS.filter((k) => !kinds.includes(k));
  if (missing.length > 0) {
    throw new DomainError(ErrorCode.SPECIAL_HANDLING_NOT_APPROVED, 'Special handling (特事特办) needs the same-level government’s consent and the upper department’s approval before implementation', { field: 'specialApprovals', missing });
  }
  if (!implementationOn) throw badInput('Special handling needs its implementation date', { field: 'implementationOn' });
  const late = approvals.filter((a) => a.approvedOn > implementationOn);
  if (late.length > 0) {
    throw new DomainError(ErrorCode.SPECIAL_HANDLING_NOT_APPROVED, `Implementation on ${implementationOn} precedes the approvals (${late.map((a) => `${a.kind} ${a.approvedOn}`).join(', ')}): special handling is approved before it is carried out`, {
      field: 'implementationOn', approvals: late.map((a) => ({ kind: a.kind, approvedOn: a.approvedOn })),
    });
  }
}

/** The proof of the decision procedure must show the collective study ([HN] §二(一) precondition). */
export function checkDecisionProcedure(procedure: { collectiveStudy: boolean }): void {
  if (!procedure.collectiveStudy) {
    throw badInput('A risk filing needs proof of the collective decision procedure (集体研究)', { field: 'decisionProcedure.collectiveStudy' });
  }
}

const SHA256 = /^[0-9a-f]{64}$/;
export const MAX_ATTACHMENTS = 20;
/** 200 MB: the metadata describes a real document, not an archive of everything. */
export const MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024;

/** Attachment metadata: a name, a positive size within bounds, a lowercase hex SHA-256. */
export function checkAttachments(attachments: ReadonlyArray<{ sizeBytes: number; sha256: string }>, already = 0): void {
  if (attachments.length + already > MAX_ATTACHMENTS) throw badInput(`At most ${MAX_ATTACHMENTS} attachments`, { field: 'attachments' });
  attachments.forEach((a, i) => {
    if (!Number.isInteger(a.sizeBytes) || a.sizeBytes <= 0 || a.sizeBytes > MAX_ATTACHMENT_BYTES) throw badInput(`attachments.${i}.sizeBytes must be 1..${MAX_ATTACHMENT_BYTES}`, { field: `attachments.${i}.sizeBytes` });
    if (!SHA256.test(a.sha256)) throw badInput(`attachments.${i}.sha256 must be 64 lowercase hex digits`, { field: `attachments.${i}.sha256` });
  });
}

/** What the assessment shows of a cited filing (DOMAIN.md §5): its state at the conduct and now. */
export interface BasisFacts {
  asOf: CalendarDate;
  asOfSource: BasisDateSource;
  stateAtConduct: RiskFilingState | null;
  validAtConduct: boolean;
  state: RiskFilingState;
  valid: boolean;
}

/**
 * The conduct's date when the citation records one; otherwise the clue's date stands in (a case
 * has no conduct date of its own), and `asOfSource` says so.
 */
export function basisFacts(changes: readonly FilingChange[], conductOn: CalendarDate | null, clueReceivedOn: CalendarDate): BasisFacts {
  if (changes.length === 0) throw new Error('a filing without history cannot be judged');
  const asOf = conductOn ?? clueReceivedOn;
  const stateAtConduct = filingStateOn(changes, asOf);
  const latest = [...changes].sort((a, b) => a.seq - b.seq)[changes.length - 1]!;
  return {
    asOf, asOfSource: conductOn ? BasisDateSource.CONDUCT : BasisDateSource.CLUE_RECEIVED,
    stateAtConduct, validAtConduct: isValidFiling(stateAtConduct), state: latest.toState, valid: isValidFiling(latest.toState),
  };
}
