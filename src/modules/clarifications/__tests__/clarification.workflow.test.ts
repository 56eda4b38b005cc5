import { WorkingDayCalendar } from '../../../platform/calendar/working-day-calendar.js';
import { ClarificationState } from '../clarification.enums.js';
import { CLARIFICATION_STEP_WORKING_DAYS, ClarificationEvent, OPEN_CLARIFICATION_STATES, REFERRAL_STATES, clarificationWorkflow, nextStepDueOn, openingState } from '../clarification.workflow.js';

const S = ClarificationState;
const E = ClarificationEvent;

function run(from: ClarificationState, events: ClarificationEvent[]): ClarificationState {
  let state = from;
  for (const event of events) {
    const r = clarificationWorkflow.transition(state, event);
    if (!r.ok) throw new Error(r.message);
    state = r.to;
  }
  return state;
}

describe('the clarification life cycle', () => {
  it('takes an application through acceptance, plan, clarification and closing', () => {
    expect(run(openingState(true), [E.ACCEPT, E.PLAN, E.CARRY_OUT, E.CLOSE])).toBe(S.CLOSED);
  });

  it('opens an ex officio clarification at once: no acceptance, no refusal', () => {
    expect(openingState(false)).toBe(S.OPENED);
    expect(clarificationWorkflow.allowedEvents(S.OPENED)).toEqual([E.PLAN]);
    expect(run(S.OPENED, [E.PLAN, E.PLAN, E.CARRY_OUT, E.CLOSE])).toBe(S.CLOSED);
  });

  it('refuses only an application that waits, and then accepts nothing more', () => {
    expect(run(S.APPLIED, [E.REFUSE])).toBe(S.REFUSED);
    for (const s of [S.OPENED, S.PLANNED, S.CARRIED_OUT, S.CLOSED, S.REFUSED]) expect(clarificationWorkflow.canTransition(s, E.REFUSE)).toBe(false);
    expect(clarificationWorkflow.allowedEvents(S.REFUSED)).toEqual([]);
    expect(clarificationWorkflow.allowedEvents(S.CLOSED)).toEqual([]);
  });

  it('cannot be carried out without a plan, nor re-planned once carried out', () => {
    const r = clarificationWorkflow.transition(S.OPENED, E.CARRY_OUT);
    expect(r).toMatchObject({ ok: false, code: 'INVALID_TRANSITION', allowed: [E.PLAN] });
    expect(clarificationWorkflow.canTransition(S.CARRIED_OUT, E.PLAN)).toBe(false);
  });

  it('counts open states and referral states consistently with the machine', () => {
    for (const s of OPEN_CLARIFICATION_STATES) expect(clarificationWorkflow.isTerminal(s)).toBe(false);
    expect(REFERRAL_STATES).not.toContain(S.APPLIED);
    expect(REFERRAL_STATES).not.toContain(S.REFUSED);
  });
});

describe('due dates', () => {
  // 2025: National Day week off, Saturday 11 October a make-up working day.
  const calendar = new WorkingDayCalendar([
    ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => ({ date: `2025-10-${d}`, kind: 'HOLIDAY' as const })),
    { date: '2025-10-11', kind: 'WORKDAY' as const },
  ]);

  it('gives each step five working days, skipping weekends and holidays, counting make-up days', () => {
    expect(CLARIFICATION_STEP_WORKING_DAYS).toBe(5);
    expect(nextStepDueOn(calendar, S.OPENED, '2025-11-03')).toBe('2025-11-10');
    expect(nextStepDueOn(calendar, S.APPLIED, '2025-09-29')).toBe('2025-10-13');
    expect(nextStepDueOn(calendar, S.PLANNED, '2025-10-09')).toBe('2025-10-15');
  });

  it('has nothing due once closed or refused', () => {
    expect(nextStepDueOn(calendar, S.CLOSED, '2025-11-03')).toBeNull();
    expect(nextStepDueOn(calendar, S.REFUSED, '2025-11-03')).toBeNull();
  });
});
