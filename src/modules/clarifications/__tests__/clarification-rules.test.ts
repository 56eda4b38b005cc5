import { CaseState } from '../../cases/case-state.js';
import { ClarificationFinding, ClarificationMethod, ClarificationState } from '../clarification.enums.js';
import { checkMethods, nextClarificationState, requireClarificationState, requireEligibleFinding, requireNoReporterIdentity, requireVerificationConcluded } from '../clarification-rules.js';
import { ClarificationEvent } from '../clarification.workflow.js';

const M = ClarificationMethod;
const error = (extensions: Record<string, unknown>) => expect.objectContaining({ extensions: expect.objectContaining(extensions) });

describe('eligibility', () => {
  it('clarifies a report found untrue or unfounded, or a false public story', () => {
    for (const f of [ClarificationFinding.UNTRUE, ClarificationFinding.UNFOUNDED, ClarificationFinding.FALSE_PUBLIC_STORY]) expect(() => requireEligibleFinding(f)).not.toThrow();
  });

  it('refuses "not proven but not excluded" and a substantiated report with NOT_ELIGIBLE_FOR_CLARIFICATION', () => {
    for (const finding of [ClarificationFinding.NOT_PROVEN_NOT_EXCLUDED, ClarificationFinding.SUBSTANTIATED]) {
      expect(() => requireEligibleFinding(finding)).toThrow(error({ code: 'NOT_ELIGIBLE_FOR_CLARIFICATION', finding }));
    }
  });

  it('waits for the verification to conclude: dismissed or decided', () => {
    for (const s of [CaseState.DISMISSED, CaseState.DECIDED, CaseState.SERVED, CaseState.EXECUTING, CaseState.NOTIFIED, CaseState.ARCHIVED]) expect(() => requireVerificationConcluded(s)).not.toThrow();
    for (const s of [CaseState.REGISTERED, CaseState.INITIATED, CaseState.INVESTIGATING, CaseState.RECOMMENDED]) {
      expect(() => requireVerificationConcluded(s)).toThrow(error({ code: 'NOT_ELIGIBLE_FOR_CLARIFICATION', caseState: s }));
    }
  });
});

describe('methods', () => {
  it('accepts a written notice alone, a letter to the unit, or a meeting with the written clarification', () => {
    expect(() => checkMethods([M.WRITTEN_NOTICE], null)).not.toThrow();
    expect(() => checkMethods([M.LETTER_TO_UNIT], null)).not.toThrow();
    expect(() => checkMethods([M.MEETING, M.WRITTEN_NOTICE], null)).not.toThrow();
  });

  it('wants a written clarification with in person, meeting and circular', () => {
    for (const m of [M.IN_PERSON, M.MEETING, M.CIRCULAR]) expect(() => checkMethods([m], null)).toThrow(error({ code: 'BAD_USER_INPUT', field: 'methods' }));
  });

  it('refuses no method or a method twice', () => {
    expect(() => checkMethods([], null)).toThrow(error({ field: 'methods' }));
    expect(() => checkMethods([M.WRITTEN_NOTICE, M.WRITTEN_NOTICE], null)).toThrow(/twice/);
  });

  it('makes a public statement only with the cadre’s consent on record', () => {
    expect(() => checkMethods([M.PUBLIC_STATEMENT], null)).toThrow(error({ code: 'CONSENT_REQUIRED', field: 'cadreConsentedOn' }));
    expect(() => checkMethods([M.PUBLIC_STATEMENT, M.WRITTEN_NOTICE], undefined)).toThrow(error({ code: 'CONSENT_REQUIRED' }));
    expect(() => checkMethods([M.PUBLIC_STATEMENT], '2025-11-03')).not.toThrow();
  });
});

describe('steps', () => {
  it('moves by the machine, or says from where and which event', () => {
    expect(nextClarificationState(ClarificationState.APPLIED, ClarificationEvent.ACCEPT)).toBe(ClarificationState.OPENED);
    expect(() => nextClarificationState(ClarificationState.CLOSED, ClarificationEvent.PLAN)).toThrow(error({ code: 'INVALID_TRANSITION', from: 'CLOSED', event: 'PLAN' }));
    expect(() => requireClarificationState(ClarificationState.APPLIED, [ClarificationState.OPENED], 'REFER')).toThrow(error({ code: 'INVALID_TRANSITION', event: 'REFER' }));
  });
});

describe('the reporter’s identity in texts the cadre reads', () => {
  const reporter = { name: '钱某某', contact: 'Qian@Example.org' };

  it('refuses a text with the name or the contact, naming the field and never the value', () => {
    const thrown = (() => { try { requireNoReporterIdentity({ allegations: '钱某某反映其收受好处' }, reporter); } catch (e) { return e as Error & { extensions: Record<string, unknown> }; } return null; })();
    expect(thrown?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'allegations' });
    expect(thrown?.message).not.toContain('钱某某');
    expect(() => requireNoReporterIdentity({ scope: null, reason: '联系 qian@example.org' }, reporter)).toThrow(error({ field: 'reason' }));
  });

  it('passes texts without them, and anything when the report was anonymous', () => {
    expect(() => requireNoReporterIdentity({ allegations: '反映其收受好处' }, reporter)).not.toThrow();
    expect(() => requireNoReporterIdentity({ allegations: '钱某某' }, { name: null, contact: '  ' })).not.toThrow();
  });
});
