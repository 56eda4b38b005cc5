import fc from 'fast-check';
import { addCalendarDays } from '../../../platform/calendar/working-day-calendar.js';
import { BasisDateSource, RiskFilingEventKind as E, RiskFilingState as S, SpecialApprovalKind as K } from '../risk-filing.enums.js';
import {
  basisFacts, checkAttachments, checkDecisionProcedure, checkSpecialHandling, filingStateOn, nextFilingState, riskFilingWorkflow, type FilingChange,
} from '../risk-filing.workflow.js';

const TODAY = '2026-06-30';
const error = (extensions: Record<string, unknown>) => expect.objectContaining({ extensions: expect.objectContaining(extensions) });
const approvals = (government: string, upper: string) => [{ kind: K.GOVERNMENT_CONSENT, approvedOn: government }, { kind: K.UPPER_DEPARTMENT_APPROVAL, approvedOn: upper }];

describe('the filing life cycle', () => {
  it('is answered by the office, resubmitted after a return, and revoked only once on record', () => {
    expect(riskFilingWorkflow.allowedEvents(S.SUBMITTED)).toEqual([E.ACCEPT, E.RETURN, E.REFUSE]);
    expect(riskFilingWorkflow.allowedEvents(S.RETURNED)).toEqual([E.RESUBMIT]);
    expect(riskFilingWorkflow.allowedEvents(S.ACCEPTED)).toEqual([E.REVOKE]);
    expect(riskFilingWorkflow.allowedEvents(S.REFUSED)).toEqual([]);
    expect(riskFilingWorkflow.allowedEvents(S.REVOKED)).toEqual([]);
    expect(nextFilingState(S.RETURNED, E.RESUBMIT)).toBe(S.SUBMITTED);
  });

  it('refuses every other move with INVALID_TRANSITION, naming the state and the event', () => {
    for (const from of Object.values(S)) {
      for (const event of Object.values(E)) {
        if (riskFilingWorkflow.canTransition(from, event)) continue;
        expect(() => nextFilingState(from, event)).toThrow(error({ code: 'INVALID_TRANSITION', from, event }));
      }
    }
  });
});

describe('the state on a date', () => {
  const changes: FilingChange[] = [
    { seq: 1, toState: S.SUBMITTED, effectiveOn: '2026-03-02' },
    { seq: 2, toState: S.RETURNED, effectiveOn: '2026-03-04' },
    { seq: 3, toState: S.SUBMITTED, effectiveOn: '2026-03-04' },
    { seq: 4, toState: S.ACCEPTED, effectiveOn: '2026-03-09' },
    { seq: 5, toState: S.REVOKED, effectiveOn: '2026-05-20' },
  ];

  it('is none before the filing, then that of the last change on or before the day (same-day changes in order)', () => {
    expect(filingStateOn(changes, '2026-03-01')).toBeNull();
    expect(filingStateOn(changes, '2026-03-02')).toBe(S.SUBMITTED);
    expect(filingStateOn(changes, '2026-03-04')).toBe(S.SUBMITTED);
    expect(filingStateOn(changes, '2026-04-01')).toBe(S.ACCEPTED);
    expect(filingStateOn(changes, '2026-05-20')).toBe(S.REVOKED);
  });

  it('does not depend on the order the changes are listed in', () => {
    fc.assert(fc.property(fc.shuffledSubarray(changes, { minLength: changes.length }), fc.integer({ min: -5, max: 100 }), (shuffled, d) => {
      const day = addCalendarDays('2026-03-01', d);
      expect(filingStateOn(shuffled, day)).toBe(filingStateOn(changes, day));
    }));
  });

  it('shows a basis valid at the conduct and revoked now, judged on the conduct date or else the clue date', () => {
    expect(basisFacts(changes, '2026-04-01', '2026-06-01')).toEqual({
      asOf: '2026-04-01', asOfSource: BasisDateSource.CONDUCT, stateAtConduct: S.ACCEPTED, validAtConduct: true, state: S.REVOKED, valid: false,
    });
    expect(basisFacts(changes, null, '2026-03-05')).toMatchObject({ asOf: '2026-03-05', asOfSource: BasisDateSource.CLUE_RECEIVED, stateAtConduct: S.SUBMITTED, validAtConduct: false });
    expect(basisFacts(changes.slice(0, 4), '2026-02-01', '2026-06-01')).toMatchObject({ stateAtConduct: null, validAtConduct: false, state: S.ACCEPTED, valid: true });
  });
});

describe('特事特办 ([HN] §二(一)2)', () => {
  it('passes with both approvals on or before the implementation date', () => {
    expect(() => checkSpecialHandling(true, approvals('2026-05-01', '2026-05-10'), '2026-05-10', TODAY)).not.toThrow();
    expect(() => checkSpecialHandling(false, [], null, TODAY)).not.toThrow();
  });

  it('refuses an implementation date before an approval with SPECIAL_HANDLING_NOT_APPROVED on implementationOn', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 60 }), (d) => {
      expect(() => checkSpecialHandling(true, approvals('2026-05-01', '2026-05-10'), addCalendarDays('2026-05-10', -d), TODAY))
        .toThrow(error({ code: 'SPECIAL_HANDLING_NOT_APPROVED', field: 'implementationOn' }));
    }));
  });

  it('refuses a missing approval, naming it, and malformed approvals as bad input', () => {
    expect(() => checkSpecialHandling(true, approvals('2026-05-01', '2026-05-10').slice(0, 1), '2026-06-01', TODAY))
      .toThrow(error({ code: 'SPECIAL_HANDLING_NOT_APPROVED', missing: [K.UPPER_DEPARTMENT_APPROVAL] }));
    expect(() => checkSpecialHandling(true, approvals('2026-05-01', '2026-05-10'), null, TODAY)).toThrow(error({ code: 'BAD_USER_INPUT', field: 'implementationOn' }));
    expect(() => checkSpecialHandling(true, approvals('2026-05-01', '2026-07-01'), '2026-07-02', TODAY)).toThrow(error({ code: 'BAD_USER_INPUT', field: 'specialApprovals.approvedOn' }));
    expect(() => checkSpecialHandling(true, [...approvals('2026-05-01', '2026-05-02'), { kind: K.GOVERNMENT_CONSENT, approvedOn: '2026-05-03' }], '2026-06-01', TODAY))
      .toThrow(error({ code: 'BAD_USER_INPUT', field: 'specialApprovals' }));
    expect(() => checkSpecialHandling(false, approvals('2026-05-01', '2026-05-02'), null, TODAY)).toThrow(error({ code: 'BAD_USER_INPUT', field: 'specialApprovals' }));
  });
});

describe('the content of a filing', () => {
  it('needs the collective study', () => {
    expect(() => checkDecisionProcedure({ collectiveStudy: false })).toThrow(error({ code: 'BAD_USER_INPUT', field: 'decisionProcedure.collectiveStudy' }));
    expect(() => checkDecisionProcedure({ collectiveStudy: true })).not.toThrow();
  });

  it('takes attachment metadata with a positive size and a SHA-256 digest', () => {
    const ok = { sizeBytes: 1024, sha256: 'a'.repeat(64) };
    expect(() => checkAttachments([ok])).not.toThrow();
    expect(() => checkAttachments([{ ...ok, sizeBytes: 0 }])).toThrow(error({ field: 'attachments.0.sizeBytes' }));
    expect(() => checkAttachments([ok, { ...ok, sha256: 'A'.repeat(64) }])).toThrow(error({ field: 'attachments.1.sha256' }));
    expect(() => checkAttachments([ok], 20)).toThrow(error({ field: 'attachments' }));
  });
});
