import { WorkingDayCalendar } from '../../../platform/calendar/working-day-calendar.js';
import { RectificationPlanState, SupervisionProposalKind, SupervisionProposalState } from '../supervision.enums.js';
import {
  PlanEvent, ProposalEvent, calendarYearOf, decideProposalRule, interviewsInYear, planDueDate, planWorkflow, proposalKindFor, proposalToOpen, proposalWorkflow,
  requireManagingCommittee, reviewPlanRule, sortDue, submitPlanRule, type PlanFacts,
} from '../supervision-rules.js';

const TODAY = '2026-06-30';
const error = (extensions: Record<string, unknown>) => expect.objectContaining({ extensions: expect.objectContaining(extensions) });
// 2025 National Day: 1–8 October off, Sunday 28 September and Saturday 11 October worked (调休).
const calendar = new WorkingDayCalendar([
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => ({ date: `2025-10-${d}`, kind: 'HOLIDAY' as const })),
  { date: '2025-09-28', kind: 'WORKDAY' }, { date: '2025-10-11', kind: 'WORKDAY' },
]);
const plan = (over: Partial<PlanFacts> = {}): PlanFacts => ({ state: RectificationPlanState.PENDING, dueOn: '2026-03-09', heldOn: '2026-03-02', submittedOn: null, ...over });

describe('counting interviews per calendar year', () => {
  it('counts only the interviews of the same calendar year', () => {
    const dates = ['2025-12-30', '2026-01-05', '2026-11-20', '2027-01-02'];
    expect(interviewsInYear(dates, '2026-01-05')).toBe(2);
    expect(interviewsInYear(dates, '2025-12-30')).toBe(1);
    expect(interviewsInYear(dates, '2027-01-02')).toBe(1);
    expect(calendarYearOf('2026-12-31')).toBe(2026);
  });

  it('does not add up two interviews a week apart across New Year', () => {
    expect(proposalKindFor(interviewsInYear(['2025-12-29', '2026-01-05'], '2026-01-05'))).toBeNull();
  });
});

describe('what a count proposes ([YC] 约谈结果运用)', () => {
  it('proposes nothing for a first interview, 诫勉 for the second, 组织处理 from the third', () => {
    expect(proposalKindFor(0)).toBeNull();
    expect(proposalKindFor(1)).toBeNull();
    expect(proposalKindFor(2)).toBe(SupervisionProposalKind.ADMONISHMENT);
    expect(proposalKindFor(3)).toBe(SupervisionProposalKind.ORGANISATIONAL_HANDLING);
    expect(proposalKindFor(7)).toBe(SupervisionProposalKind.ORGANISATIONAL_HANDLING);
    expect(() => proposalKindFor(-1)).toThrow(RangeError);
    expect(() => proposalKindFor(1.5)).toThrow(RangeError);
  });

  it('does not stack a proposal on a pending one of the same kind, but opens one after a decision', () => {
    const ORG = SupervisionProposalKind.ORGANISATIONAL_HANDLING;
    expect(proposalToOpen(4, [ORG])).toBeNull();
    expect(proposalToOpen(4, [])).toBe(ORG);
    // A pending 诫勉 does not hold back the 组织处理 a third interview calls for.
    expect(proposalToOpen(3, [SupervisionProposalKind.ADMONISHMENT])).toBe(ORG);
    expect(proposalToOpen(1, [])).toBeNull();
  });
});

describe('the rectification plan', () => {
  it('is due 5 working days after the interview, skipping weekends and holidays and counting make-up days', () => {
    expect(planDueDate(calendar, '2026-03-02')).toBe('2026-03-09');
    expect(planDueDate(calendar, '2025-09-26')).toBe('2025-10-10');
  });

  it('has one life cycle: submitted, then verified or returned and submitted again', () => {
    expect(planWorkflow.terminal).toEqual([RectificationPlanState.VERIFIED]);
    expect(planWorkflow.allowedEvents(RectificationPlanState.PENDING)).toEqual([PlanEvent.SUBMIT]);
    expect(planWorkflow.allowedEvents(RectificationPlanState.SUBMITTED)).toEqual([PlanEvent.VERIFY, PlanEvent.RETURN]);
    expect(planWorkflow.allowedEvents(RectificationPlanState.RETURNED)).toEqual([PlanEvent.SUBMIT]);
    expect(planWorkflow.allowedEvents(RectificationPlanState.VERIFIED)).toEqual([]);
  });

  it('takes a plan on time or late (recorded, not refused)', () => {
    expect(submitPlanRule(plan(), '2026-03-09', TODAY)).toEqual({ from: 'PENDING', to: 'SUBMITTED', event: PlanEvent.SUBMIT, late: false });
    expect(submitPlanRule(plan(), '2026-03-10', TODAY).late).toBe(true);
    expect(submitPlanRule(plan({ state: RectificationPlanState.RETURNED }), '2026-03-10', TODAY).to).toBe(RectificationPlanState.SUBMITTED);
  });

  it('refuses a plan for a reminder, a second submission, a future date or one before the interview', () => {
    expect(() => submitPlanRule(plan({ state: null, dueOn: null }), '2026-03-03', TODAY)).toThrow(error({ code: 'INVALID_TRANSITION', event: 'SUBMIT' }));
    for (const state of [RectificationPlanState.SUBMITTED, RectificationPlanState.VERIFIED]) {
      expect(() => submitPlanRule(plan({ state }), '2026-03-03', TODAY)).toThrow(error({ code: 'INVALID_TRANSITION', from: state, event: 'SUBMIT' }));
    }
    expect(() => submitPlanRule(plan(), '2026-07-01', TODAY)).toThrow(error({ code: 'BAD_USER_INPUT', field: 'submittedOn' }));
    expect(() => submitPlanRule(plan(), '2026-03-01', TODAY)).toThrow(error({ code: 'BAD_USER_INPUT', field: 'submittedOn' }));
  });

  it('is reviewed (复核): verified keeps the due date, returned sets a new one 5 working days after the review', () => {
    const submitted = plan({ state: RectificationPlanState.SUBMITTED, submittedOn: '2026-03-06' });
    expect(reviewPlanRule(submitted, true, '2026-03-10', TODAY, calendar)).toEqual({ from: 'SUBMITTED', to: 'VERIFIED', event: PlanEvent.VERIFY, dueOn: '2026-03-09' });
    expect(reviewPlanRule(submitted, false, '2026-03-10', TODAY, calendar)).toEqual({ from: 'SUBMITTED', to: 'RETURNED', event: PlanEvent.RETURN, dueOn: '2026-03-17' });
    expect(() => reviewPlanRule(plan(), true, '2026-03-10', TODAY, calendar)).toThrow(error({ code: 'INVALID_TRANSITION', from: 'PENDING', event: 'VERIFY' }));
    expect(() => reviewPlanRule(submitted, true, '2026-03-05', TODAY, calendar)).toThrow(error({ code: 'BAD_USER_INPUT', field: 'reviewedOn' }));
    expect(() => reviewPlanRule(submitted, true, '2026-07-01', TODAY, calendar)).toThrow(error({ code: 'BAD_USER_INPUT', field: 'reviewedOn' }));
  });
});

describe('a proposal', () => {
  const proposed = { state: SupervisionProposalState.PROPOSED, proposedOn: '2026-03-02' };

  it('is confirmed or rejected once, by the managing committee', () => {
    expect(proposalWorkflow.terminal).toEqual([SupervisionProposalState.CONFIRMED, SupervisionProposalState.REJECTED]);
    expect(decideProposalRule(proposed, true, '2026-03-20', TODAY)).toEqual({ from: 'PROPOSED', to: 'CONFIRMED', event: ProposalEvent.CONFIRM });
    expect(decideProposalRule(proposed, false, '2026-03-20', TODAY)).toEqual({ from: 'PROPOSED', to: 'REJECTED', event: ProposalEvent.REJECT });
    for (const state of [SupervisionProposalState.CONFIRMED, SupervisionProposalState.REJECTED]) {
      expect(() => decideProposalRule({ ...proposed, state }, true, '2026-03-20', TODAY)).toThrow(error({ code: 'INVALID_TRANSITION', from: state, event: 'CONFIRM' }));
    }
  });

  it('is not decided before the interview that proposed it, nor in the future', () => {
    expect(() => decideProposalRule(proposed, true, '2026-03-01', TODAY)).toThrow(error({ code: 'BAD_USER_INPUT', field: 'decidedOn' }));
    expect(() => decideProposalRule(proposed, true, '2026-07-01', TODAY)).toThrow(error({ code: 'BAD_USER_INPUT', field: 'decidedOn' }));
  });

  it('needs the cadre’s own managing committee', () => {
    expect(() => requireManagingCommittee(['county'], 'county')).not.toThrow();
    expect(() => requireManagingCommittee(['city'], 'county')).toThrow(error({ code: 'OUTSIDE_AUTHORITY', decidingUnitId: 'county' }));
    expect(() => requireManagingCommittee([], 'county')).toThrow(error({ code: 'OUTSIDE_AUTHORITY' }));
  });
});

describe('the due list order', () => {
  it('puts dated items first by date, undated last, ties by key', () => {
    const rows = [
      { dueOn: null, key: 'b', item: 'proposal-b' }, { dueOn: '2026-03-09', key: 'z', item: 'plan-z' },
      { dueOn: null, key: 'a', item: 'proposal-a' }, { dueOn: '2026-03-05', key: 'y', item: 'plan-y' }, { dueOn: '2026-03-09', key: 'c', item: 'plan-c' },
    ];
    expect(sortDue(rows).map((r) => r.item)).toEqual(['plan-y', 'plan-c', 'plan-z', 'proposal-a', 'proposal-b']);
  });
});
