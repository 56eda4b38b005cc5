/** Rules of filing and deciding an appeal (申诉, DOMAIN.md §3). Pure: no database, no clock. */
import type { CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import { DomainError, ErrorCode, badInput } from '../../platform/errors/domain-error.js';
import { requireNotFuture } from '../../platform/errors/input-checks.js';
import { DecisionKind, DecisionStatus, ToleranceOutcome } from '../decisions/decision.enums.js';
import { AppealOutcome, AppealState } from './appeal.enums.js';

/** States in which an appeal waits for the reviewing body's answer. */
export const OPEN_APPEAL_STATES: readonly AppealState[] = [AppealState.FILED, AppealState.UNDER_REVIEW];

/** Where no regime sets them: 15 days to appeal, 30 to answer, calendar days ([YY] Art. 12). */
export const DEFAULT_APPEAL_PERIODS = Object.freeze({ appealFilingDays: 15, appealAnswerDays: 30, appealDaysAreWorkingDays: false });

/** The audit log's name for answering an appeal (it is not a case event: the case state stays). */
export const DECIDE_APPEAL_EVENT = 'DECIDE_APPEAL';

export interface AppealableDecision {
  kind: DecisionKind;
  toleranceOutcome: ToleranceOutcome | null;
  status: DecisionStatus;
  servedOn: CalendarDate | null;
  appealDeadlineOn: CalendarDate | null;
  appealBodyUnitId: string | null;
  approvingUnitId: string;
}

/**
 * Whether the subject may appeal this decision on `filedOn`; returns the body that reviews it.
 * Only an accountability decision or a refusal of tolerance can be appealed ([HN] §三(五),
 * [YY] Art. 12): an exemption leaves nothing to appeal against.
 */
export function checkAppealFiling(
  decision: AppealableDecision,
  filedOn: CalendarDate,
  today: CalendarDate,
  openAppealExists: boolean,
): { reviewingUnitId: string; decisionReceivedOn: CalendarDate } {
  requireNotFuture('filedOn', filedOn, today);
  if (decision.status !== DecisionStatus.IN_FORCE) throw badInput(`The decision is no longer in force (${decision.status})`, { field: 'decisionId' });
  if (decision.kind !== DecisionKind.ACCOUNTABILITY && decision.toleranceOutcome !== ToleranceOutcome.REFUSED) {
    throw badInput('Only an accountability decision or a refusal of tolerance can be appealed', { field: 'decisionId' });
  }
  if (!decision.servedOn) throw badInput('The decision has not been served yet', { field: 'decisionId' });
  if (filedOn < decision.servedOn) throw badInput(`An appeal cannot be filed before the decision was served (${decision.servedOn})`, { field: 'filedOn' });
  // Seeds and service always set the deadline with the service date; a missing one is a data error.
  if (!decision.appealDeadlineOn) throw new Error('A served decision without an appeal deadline');
  if (filedOn > decision.appealDeadlineOn) {
    throw new DomainError(ErrorCode.APPEAL_WINDOW_CLOSED, `The appeal period ended on ${decision.appealDeadlineOn}`, { deadline: decision.appealDeadlineOn });
  }
  if (!decision.appealBodyUnitId) throw badInput('No supervising body in this system receives appeals against this decision', { field: 'decisionId' });
  // The deciding body cannot review its own decision (DOMAIN.md §3): a row saying so is corrupt.
  if (decision.appealBodyUnitId === decision.approvingUnitId) throw new Error('The appeal body of a decision is its deciding body');
  if (openAppealExists) throw badInput('An appeal against this decision is already awaiting its answer', { field: 'decisionId' });
  return { reviewingUnitId: decision.appealBodyUnitId, decisionReceivedOn: decision.servedOn };
}

export interface AnswerableAppeal {
  state: AppealState;
  filedOn: CalendarDate;
  answerDueOn: CalendarDate;
}

export interface AppealAnswer {
  outcome: AppealOutcome;
  answeredOn: CalendarDate;
  changedMeasureCodes?: readonly string[] | null;
  changedToleranceOutcome?: ToleranceOutcome | null;
}

/**
 * Whether the reviewing body may answer now, and how: `late` when past the answer period (a late
 * answer is recorded, never refused — the appellant is owed one). `measureCatalogue` is the set of
 * MEASURES_YY codes; a changed decision must name measures from it.
 */
export function checkAppealAnswer(
  appeal: AnswerableAppeal,
  decisionStatus: DecisionStatus,
  answer: AppealAnswer,
  today: CalendarDate,
  measureCatalogue: ReadonlySet<string>,
): { late: boolean; measureCodes: string[] | null } {
  if (!OPEN_APPEAL_STATES.includes(appeal.state)) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, `The appeal is ${appeal.state} and cannot be answered again`, { from: appeal.state, event: DECIDE_APPEAL_EVENT });
  }
  requireNotFuture('answeredOn', answer.answeredOn, today);
  if (answer.answeredOn < appeal.filedOn) throw badInput(`The answer cannot precede the appeal (filed on ${appeal.filedOn})`, { field: 'answeredOn' });
  const codes = answer.changedMeasureCodes ?? null;
  if (answer.outcome !== AppealOutcome.CHANGED && codes !== null) {
    throw badInput('Changed measures are given only when the outcome is CHANGED', { field: 'changedMeasureCodes' });
  }
  const tolerance = answer.changedToleranceOutcome ?? null;
  if (tolerance !== null && answer.outcome !== AppealOutcome.CHANGED) {
    throw badInput('A changed tolerance outcome is given only when the outcome is CHANGED', { field: 'changedToleranceOutcome' });
  }
  // 免除责任 leaves no measure and no effect; a changed decision keeps measures, so it cannot exempt.
  if (tolerance === ToleranceOutcome.EXEMPT) {
    throw badInput('A changed decision keeps accountability measures and cannot exempt; revoke the decision instead', { field: 'changedToleranceOutcome' });
  }
  // Changing or revoking acts on the decision as it stands; one replaced meanwhile is gone.
  if (answer.outcome !== AppealOutcome.UPHELD && decisionStatus !== DecisionStatus.IN_FORCE) {
    throw badInput(`The decision is no longer in force (${decisionStatus}): it can only be upheld`, { field: 'outcome' });
  }
  let measureCodes: string[] | null = null;
  if (answer.outcome === AppealOutcome.CHANGED) {
    if (!codes || codes.length === 0) throw badInput('A changed decision needs its new measures', { field: 'changedMeasureCodes' });
    const unknown = codes.filter((c) => !measureCatalogue.has(c));
    if (unknown.length > 0) throw badInput(`Not accountability measures (MEASURES_YY): ${unknown.join(', ')}`, { field: 'changedMeasureCodes' });
    measureCodes = [...new Set(codes)];
  }
  return { late: answer.answeredOn > appeal.answerDueOn, measureCodes };
}
