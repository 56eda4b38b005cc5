import { CorrectionStatus } from '../decision.enums.js';
import { CorrectionEvent, correctionWorkflow, reportCorrectionRule, verifyCorrectionRule, type CorrectionState } from '../correction-rules.js';

const TODAY = '2026-06-30';
const pending: CorrectionState = { status: CorrectionStatus.PENDING, dueOn: '2026-06-15', reportedOn: null };
const reported: CorrectionState = { status: CorrectionStatus.REPORTED, dueOn: '2026-06-15', reportedOn: '2026-06-10' };
const error = (extensions: Record<string, unknown>) => expect.objectContaining({ extensions: expect.objectContaining(extensions) });

describe('the correction life cycle', () => {
  it('ends in VERIFIED or FAILED and accepts nothing after', () => {
    expect(correctionWorkflow.terminal).toEqual([CorrectionStatus.VERIFIED, CorrectionStatus.FAILED]);
    for (const s of correctionWorkflow.terminal) expect(correctionWorkflow.allowedEvents(s)).toEqual([]);
    expect(correctionWorkflow.allowedEvents(CorrectionStatus.PENDING)).toEqual([CorrectionEvent.REPORT, CorrectionEvent.FAIL]);
  });
});

describe('reporting a correction', () => {
  it('moves PENDING to REPORTED, late after the due date', () => {
    expect(reportCorrectionRule(pending, '2026-06-15', TODAY)).toEqual({ status: CorrectionStatus.REPORTED, late: false });
    expect(reportCorrectionRule(pending, '2026-06-16', TODAY)).toEqual({ status: CorrectionStatus.REPORTED, late: true });
  });

  it('refuses a second report with INVALID_TRANSITION, and a report dated in the future', () => {
    for (const status of [CorrectionStatus.REPORTED, CorrectionStatus.VERIFIED, CorrectionStatus.FAILED]) {
      expect(() => reportCorrectionRule({ ...pending, status }, '2026-06-10', TODAY)).toThrow(error({ code: 'INVALID_TRANSITION', from: status, event: 'REPORT' }));
    }
    expect(() => reportCorrectionRule(pending, '2026-07-01', TODAY)).toThrow(error({ code: 'BAD_USER_INPUT', field: 'reportedOn' }));
  });
});

describe('verifying a correction', () => {
  it('closes a reported correction (审核销号) or fails it', () => {
    expect(verifyCorrectionRule(reported, true, '2026-06-12', TODAY)).toEqual({ status: CorrectionStatus.VERIFIED, event: CorrectionEvent.VERIFY });
    expect(verifyCorrectionRule(reported, false, '2026-06-12', TODAY)).toEqual({ status: CorrectionStatus.FAILED, event: CorrectionEvent.FAIL });
  });

  it('fails an unreported correction only after its due date, and never verifies one', () => {
    expect(verifyCorrectionRule(pending, false, '2026-06-16', TODAY).status).toBe(CorrectionStatus.FAILED);
    expect(() => verifyCorrectionRule(pending, false, '2026-06-15', TODAY)).toThrow(error({ code: 'INVALID_TRANSITION', from: 'PENDING', event: 'FAIL', dueOn: '2026-06-15' }));
    expect(() => verifyCorrectionRule(pending, true, '2026-06-16', TODAY)).toThrow(error({ code: 'INVALID_TRANSITION', from: 'PENDING', event: 'VERIFY' }));
  });

  it('refuses a verification before the report or in the future, and a second one', () => {
    expect(() => verifyCorrectionRule(reported, true, '2026-06-09', TODAY)).toThrow(error({ field: 'verifiedOn' }));
    expect(() => verifyCorrectionRule(reported, true, '2026-07-01', TODAY)).toThrow(error({ field: 'verifiedOn' }));
    expect(() => verifyCorrectionRule({ ...reported, status: CorrectionStatus.VERIFIED }, false, '2026-06-20', TODAY)).toThrow(error({ code: 'INVALID_TRANSITION', from: 'VERIFIED' }));
  });
});
