/** 纠错 ([YC], DOMAIN.md §2.3): the subject reports, the deciding body verifies and closes (审核销号). Pure. */
import type { CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import { DomainError, ErrorCode, badInput } from '../../platform/errors/domain-error.js';
import { requireNotFuture } from '../../platform/errors/input-checks.js';
import { defineStateMachine } from '../../platform/workflow/state-machine.js';
import { CorrectionStatus } from './decision.enums.js';

/** What may happen to a correction; values are stored in the audit log, so never rename one. */
export enum CorrectionEvent {
  REPORT = 'REPORT', // the subject (or its unit) reports completion
  VERIFY = 'VERIFY', // 审核销号
  FAIL = 'FAIL', // false or failed correction ⇒ accountability
}

export const correctionWorkflow = defineStateMachine<CorrectionStatus, CorrectionEvent>({
  name: 'correction',
  states: Object.values(CorrectionStatus),
  initial: CorrectionStatus.PENDING,
  terminal: [CorrectionStatus.VERIFIED, CorrectionStatus.FAILED],
  transitions: [
    { event: CorrectionEvent.REPORT, from: [CorrectionStatus.PENDING], to: CorrectionStatus.REPORTED },
    { event: CorrectionEvent.VERIFY, from: [CorrectionStatus.REPORTED], to: CorrectionStatus.VERIFIED },
    // A correction never reported fails too, but only once its due date has passed (guard below).
    { event: CorrectionEvent.FAIL, from: [CorrectionStatus.PENDING, CorrectionStatus.REPORTED], to: CorrectionStatus.FAILED },
  ],
});

export interface CorrectionState {
  status: CorrectionStatus;
  dueOn: CalendarDate;
  reportedOn: CalendarDate | null;
}

function move(from: CorrectionStatus, event: CorrectionEvent): CorrectionStatus {
  const result = correctionWorkflow.transition(from, event);
  if (!result.ok) throw new DomainError(ErrorCode.INVALID_TRANSITION, result.message, { from, event });
  return result.to;
}

/** The report of completion; `late` when after the due date (recorded, the body weighs it). */
export function reportCorrectionRule(c: CorrectionState, reportedOn: CalendarDate, today: CalendarDate): { status: CorrectionStatus; late: boolean } {
  const status = move(c.status, CorrectionEvent.REPORT);
  requireNotFuture('reportedOn', reportedOn, today);
  return { status, late: reportedOn > c.dueOn };
}

/**
 * The deciding body's verification: VERIFIED closes the correction; FAILED (a false or failed
 * report, or none by the due date) reopens accountability on the case.
 */
export function verifyCorrectionRule(
  c: CorrectionState,
  verified: boolean,
  verifiedOn: CalendarDate,
  today: CalendarDate,
): { status: CorrectionStatus; event: CorrectionEvent } {
  const event = verified ? CorrectionEvent.VERIFY : CorrectionEvent.FAIL;
  const status = move(c.status, event);
  requireNotFuture('verifiedOn', verifiedOn, today);
  if (c.reportedOn && verifiedOn < c.reportedOn) throw badInput(`The verification cannot precede the report (${c.reportedOn})`, { field: 'verifiedOn' });
  if (c.status === CorrectionStatus.PENDING && !(verifiedOn > c.dueOn)) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, `An unreported correction fails only after its due date ${c.dueOn}`, { from: c.status, event, dueOn: c.dueOn });
  }
  return { status, event };
}
