import fc from 'fast-check';
import { addCalendarDays } from '../../../platform/calendar/working-day-calendar.js';
import { DecisionKind, DecisionStatus, ToleranceOutcome } from '../../decisions/decision.enums.js';
import { AppealOutcome, AppealState } from '../appeal.enums.js';
import { checkAppealAnswer, checkAppealFiling, DECIDE_APPEAL_EVENT, type AppealableDecision, type AnswerableAppeal } from '../appeal-rules.js';

const COUNTY = 'county-committee';
const CITY = 'city-committee';
const TODAY = '2026-06-30';
const served: AppealableDecision = {
  kind: DecisionKind.ACCOUNTABILITY, toleranceOutcome: ToleranceOutcome.REFUSED, status: DecisionStatus.IN_FORCE,
  servedOn: '2026-06-01', appealDeadlineOn: '2026-06-16', appealBodyUnitId: CITY, approvingUnitId: COUNTY,
};
const error = (extensions: Record<string, unknown>) => expect.objectContaining({ extensions: expect.objectContaining(extensions) });

describe('filing an appeal', () => {
  it('goes to the supervising body, counting receipt from service, on any day from service to the deadline', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 15 }), (d) => {
      expect(checkAppealFiling(served, addCalendarDays('2026-06-01', d), TODAY, false)).toEqual({ reviewingUnitId: CITY, decisionReceivedOn: '2026-06-01' });
    }));
  });

  it('is refused with APPEAL_WINDOW_CLOSED and the deadline on any day after it', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 14 }), (d) => {
      expect(() => checkAppealFiling(served, addCalendarDays('2026-06-16', d), TODAY, false)).toThrow(error({ code: 'APPEAL_WINDOW_CLOSED', deadline: '2026-06-16' }));
    }));
  });

  it('refuses a filing date in the future or before service', () => {
    expect(() => checkAppealFiling({ ...served, appealDeadlineOn: '2026-07-15' }, '2026-07-01', TODAY, false)).toThrow(error({ code: 'BAD_USER_INPUT', field: 'filedOn' }));
    expect(() => checkAppealFiling(served, '2026-05-31', TODAY, false)).toThrow(error({ code: 'BAD_USER_INPUT', field: 'filedOn' }));
  });

  it('refuses a decision not yet served, not in force, or with nothing to appeal', () => {
    expect(() => checkAppealFiling({ ...served, servedOn: null, appealDeadlineOn: null }, '2026-06-05', TODAY, false)).toThrow(/not been served/);
    for (const status of [DecisionStatus.CHANGED, DecisionStatus.REVOKED, DecisionStatus.SUPERSEDED]) {
      expect(() => checkAppealFiling({ ...served, status }, '2026-06-05', TODAY, false)).toThrow(error({ code: 'BAD_USER_INPUT', field: 'decisionId' }));
    }
    expect(() => checkAppealFiling({ ...served, kind: DecisionKind.EXEMPTION, toleranceOutcome: ToleranceOutcome.EXEMPT }, '2026-06-05', TODAY, false)).toThrow(/Only an accountability decision/);
    // A refusal of tolerance is appealable whatever the kind of decision.
    expect(checkAppealFiling({ ...served, kind: DecisionKind.NO_ACCOUNTABILITY }, '2026-06-05', TODAY, false).reviewingUnitId).toBe(CITY);
  });

  it('has no body to go to at the top of the tree, never goes to the deciding body, and waits for an open appeal', () => {
    expect(() => checkAppealFiling({ ...served, appealBodyUnitId: null }, '2026-06-05', TODAY, false)).toThrow(/No supervising body/);
    expect(() => checkAppealFiling({ ...served, appealBodyUnitId: COUNTY }, '2026-06-05', TODAY, false)).toThrow(/its deciding body/);
    expect(() => checkAppealFiling(served, '2026-06-05', TODAY, true)).toThrow(/already awaiting/);
  });
});

describe('answering an appeal', () => {
  const appeal: AnswerableAppeal = { state: AppealState.FILED, filedOn: '2026-06-05', answerDueOn: '2026-07-05' };
  const measures = new Set(['ADMONITION_TALK', 'NOTICE_CRITICISM']);
  const answer = (outcome: AppealOutcome, extra: object = {}) => ({ outcome, answeredOn: '2026-06-20', ...extra });

  it('answers an open appeal; a late answer is recorded, never refused', () => {
    for (const state of [AppealState.FILED, AppealState.UNDER_REVIEW]) {
      expect(checkAppealAnswer({ ...appeal, state }, DecisionStatus.IN_FORCE, answer(AppealOutcome.UPHELD), TODAY, measures)).toEqual({ late: false, measureCodes: null });
    }
    expect(checkAppealAnswer({ ...appeal, answerDueOn: '2026-06-19' }, DecisionStatus.IN_FORCE, answer(AppealOutcome.REVOKED), TODAY, measures).late).toBe(true);
  });

  it('refuses an appeal no longer open with INVALID_TRANSITION from its state', () => {
    for (const state of [AppealState.ANSWERED, AppealState.WITHDRAWN, AppealState.REJECTED_OUT_OF_TIME]) {
      expect(() => checkAppealAnswer({ ...appeal, state }, DecisionStatus.IN_FORCE, answer(AppealOutcome.UPHELD), TODAY, measures))
        .toThrow(error({ code: 'INVALID_TRANSITION', from: state, event: DECIDE_APPEAL_EVENT }));
    }
  });

  it('refuses an answer before the filing or in the future', () => {
    expect(() => checkAppealAnswer(appeal, DecisionStatus.IN_FORCE, { outcome: AppealOutcome.UPHELD, answeredOn: '2026-06-04' }, TODAY, measures)).toThrow(error({ field: 'answeredOn' }));
    expect(() => checkAppealAnswer(appeal, DecisionStatus.IN_FORCE, { outcome: AppealOutcome.UPHELD, answeredOn: '2026-07-01' }, TODAY, measures)).toThrow(error({ field: 'answeredOn' }));
  });

  it('changes a decision only to known measures, deduplicated, and never to an exemption', () => {
    expect(checkAppealAnswer(appeal, DecisionStatus.IN_FORCE, answer(AppealOutcome.CHANGED, { changedMeasureCodes: ['NOTICE_CRITICISM', 'NOTICE_CRITICISM'] }), TODAY, measures).measureCodes).toEqual(['NOTICE_CRITICISM']);
    for (const codes of [undefined, null, [], ['DEMOTION'], ['NOT_A_MEASURE']]) {
      expect(() => checkAppealAnswer(appeal, DecisionStatus.IN_FORCE, answer(AppealOutcome.CHANGED, { changedMeasureCodes: codes }), TODAY, measures)).toThrow(error({ field: 'changedMeasureCodes' }));
    }
    expect(() => checkAppealAnswer(appeal, DecisionStatus.IN_FORCE, answer(AppealOutcome.CHANGED, { changedMeasureCodes: ['NOTICE_CRITICISM'], changedToleranceOutcome: ToleranceOutcome.EXEMPT }), TODAY, measures))
      .toThrow(error({ field: 'changedToleranceOutcome' }));
  });

  it('takes new measures or a tolerance outcome only with CHANGED', () => {
    expect(() => checkAppealAnswer(appeal, DecisionStatus.IN_FORCE, answer(AppealOutcome.UPHELD, { changedMeasureCodes: ['NOTICE_CRITICISM'] }), TODAY, measures)).toThrow(error({ field: 'changedMeasureCodes' }));
    expect(() => checkAppealAnswer(appeal, DecisionStatus.IN_FORCE, answer(AppealOutcome.REVOKED, { changedToleranceOutcome: ToleranceOutcome.LIGHTER }), TODAY, measures)).toThrow(error({ field: 'changedToleranceOutcome' }));
  });

  it('can only uphold a decision that no longer stands', () => {
    expect(checkAppealAnswer(appeal, DecisionStatus.SUPERSEDED, answer(AppealOutcome.UPHELD), TODAY, measures).late).toBe(false);
    expect(() => checkAppealAnswer(appeal, DecisionStatus.SUPERSEDED, answer(AppealOutcome.REVOKED), TODAY, measures)).toThrow(error({ field: 'outcome' }));
  });
});
