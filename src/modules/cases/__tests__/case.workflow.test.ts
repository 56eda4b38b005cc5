import fc from 'fast-check';
import { type CalendarOverrideDay, WorkingDayCalendar, addCalendarDays } from '../../../platform/calendar/working-day-calendar.js';
import { CaseState } from '../case-state.js';
import {
  CaseEvent,
  DEFAULT_DEADLINE_RULES,
  type DeadlineRules,
  archiveDueDate,
  caseWorkflow,
  recommendationDueDate,
  validateDeadlineRules,
} from '../case.workflow.js';

const S = CaseState;
const E = CaseEvent;
const ALL_EVENTS = Object.values(CaseEvent);

/** Applies events in order from REGISTERED, failing the test on the first refusal. */
function run(events: CaseEvent[]): CaseState {
  let state: CaseState = caseWorkflow.initial;
  for (const event of events) {
    const result = caseWorkflow.transition(state, event);
    if (!result.ok) throw new Error(result.message);
    state = result.to;
  }
  return state;
}

/** Every event path from REGISTERED to a terminal state that loops back (return for investigation, reopen) at most `maxReturns` times. */
function allPaths(maxReturns: number): { events: CaseEvent[]; end: CaseState }[] {
  const out: { events: CaseEvent[]; end: CaseState }[] = [];
  const walk = (state: CaseState, events: CaseEvent[], returns: number): void => {
    if (caseWorkflow.isTerminal(state)) {
      out.push({ events, end: state });
      return;
    }
    for (const event of caseWorkflow.allowedEvents(state)) {
      const isReturn = event === E.RETURN_FOR_INVESTIGATION || event === E.REOPEN;
      if (isReturn && returns === maxReturns) continue;
      const result = caseWorkflow.transition(state, event);
      if (result.ok) walk(result.to, [...events, event], returns + (isReturn ? 1 : 0));
    }
  };
  walk(caseWorkflow.initial, [], 0);
  return out;
}

const MAIN_LINE = [E.INITIATE, E.START_INVESTIGATION, E.RECOMMEND, E.DECIDE, E.SERVE, E.START_EXECUTION, E.NOTIFY, E.ARCHIVE];

describe('caseWorkflow', () => {
  it('covers every CaseState, starts at REGISTERED and ends at ARCHIVED or DISMISSED', () => {
    expect([...caseWorkflow.states].sort()).toEqual(Object.values(CaseState).sort());
    expect(caseWorkflow.initial).toBe(S.REGISTERED);
    expect([...caseWorkflow.terminal].sort()).toEqual([S.ARCHIVED, S.DISMISSED]);
  });

  it('runs the main line REGISTERED → … → ARCHIVED', () => {
    const visited: CaseState[] = [S.REGISTERED];
    let state: CaseState = S.REGISTERED;
    for (const event of MAIN_LINE) {
      const result = caseWorkflow.transition(state, event);
      expect(result).toMatchObject({ ok: true, from: state, event });
      if (result.ok) state = result.to;
      visited.push(state);
    }
    expect(visited).toEqual([
      S.REGISTERED, S.INITIATED, S.INVESTIGATING, S.RECOMMENDED, S.DECIDED, S.SERVED, S.EXECUTING, S.NOTIFIED, S.ARCHIVED,
    ]);
  });

  it('returns a recommendation for more investigation, any number of times', () => {
    const loop = [E.RECOMMEND, E.RETURN_FOR_INVESTIGATION];
    expect(run([E.INITIATE, E.START_INVESTIGATION, ...loop, ...loop, ...MAIN_LINE.slice(2)])).toBe(S.ARCHIVED);
  });

  it.each([
    [[E.DISMISS]],
    [[E.INITIATE, E.DISMISS]],
    [[E.INITIATE, E.START_INVESTIGATION, E.DISMISS]],
    [[E.INITIATE, E.START_INVESTIGATION, E.RECOMMEND, E.RETURN_FOR_INVESTIGATION, E.DISMISS]],
  ])('dismisses along %j', (events) => {
    expect(run(events)).toBe(S.DISMISSED);
  });

  it('has exactly the expected legal paths to a terminal state (at most one return)', () => {
    const paths = allPaths(1).map((p) => `${p.events.join('>')} => ${p.end}`);
    const prefix = [E.INITIATE, E.START_INVESTIGATION];
    const back = [E.RECOMMEND, E.RETURN_FOR_INVESTIGATION];
    const expected = ([
      [[E.DISMISS], S.DISMISSED],
      [[E.INITIATE, E.DISMISS], S.DISMISSED],
      [[...prefix, E.DISMISS], S.DISMISSED],
      [[...prefix, ...back, E.DISMISS], S.DISMISSED],
      [MAIN_LINE, S.ARCHIVED],
      [[...prefix, ...back, ...MAIN_LINE.slice(2)], S.ARCHIVED],
      // A failed correction reopens accountability: back to the committee for a new decision.
      [[...MAIN_LINE.slice(0, 6), E.REOPEN, ...MAIN_LINE.slice(3)], S.ARCHIVED],
      [[...MAIN_LINE.slice(0, 7), E.REOPEN, ...MAIN_LINE.slice(3)], S.ARCHIVED],
    ] as [CaseEvent[], CaseState][]).map(([events, end]) => `${events.join('>')} => ${end}`);
    expect(paths.sort()).toEqual(expected.sort());
  });

  it('replays every legal path and reaches its end state', () => {
    for (const { events, end } of allPaths(2)) expect(run(events)).toBe(end);
  });

  it('allows exactly these events in each state', () => {
    expect(Object.fromEntries(Object.values(CaseState).map((s) => [s, caseWorkflow.allowedEvents(s)]))).toEqual({
      REGISTERED: [E.INITIATE, E.DISMISS],
      INITIATED: [E.DISMISS, E.START_INVESTIGATION],
      INVESTIGATING: [E.DISMISS, E.RECOMMEND],
      RECOMMENDED: [E.RETURN_FOR_INVESTIGATION, E.DECIDE],
      DECIDED: [E.SERVE],
      SERVED: [E.START_EXECUTION],
      EXECUTING: [E.NOTIFY, E.REOPEN],
      NOTIFIED: [E.ARCHIVE, E.REOPEN],
      ARCHIVED: [],
      DISMISSED: [],
    });
  });

  it('refuses illegal moves with ok:false and the allowed list', () => {
    const skip = caseWorkflow.transition(S.REGISTERED, E.DECIDE);
    expect(skip).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      from: S.REGISTERED,
      event: E.DECIDE,
      allowed: [E.INITIATE, E.DISMISS],
      message: 'The "case" state machine cannot apply event "DECIDE" in state "REGISTERED"; allowed events there: INITIATE, DISMISS.',
    });
    // A decided case can no longer be dismissed: it has to run to the end.
    expect(caseWorkflow.transition(S.DECIDED, E.DISMISS)).toMatchObject({ ok: false, allowed: [E.SERVE] });
    expect(caseWorkflow.transition(S.RECOMMENDED, E.DISMISS)).toMatchObject({
      ok: false, allowed: [E.RETURN_FOR_INVESTIGATION, E.DECIDE],
    });
    expect(caseWorkflow.transition(S.SERVED, E.NOTIFY)).toMatchObject({ ok: false, allowed: [E.START_EXECUTION] });
  });

  it.each([S.ARCHIVED, S.DISMISSED])('%s is terminal and accepts no event', (state) => {
    expect(caseWorkflow.isTerminal(state)).toBe(true);
    expect(caseWorkflow.allowedEvents(state)).toEqual([]);
    for (const event of ALL_EVENTS) {
      const result = caseWorkflow.transition(state, event);
      expect(result).toMatchObject({ ok: false, code: 'INVALID_TRANSITION', allowed: [] });
      if (!result.ok) expect(result.message).toContain('is a terminal state');
    }
  });

  it('can always still reach a terminal state, whatever legal events came before (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALL_EVENTS), { maxLength: 40 }), (events) => {
        let state: CaseState = caseWorkflow.initial;
        for (const event of events) {
          const result = caseWorkflow.transition(state, event);
          if (result.ok) state = result.to;
          else expect(result.allowed).not.toContain(event);
        }
        // Following the main line from wherever we are ends the case.
        for (let i = 0; i < 20 && !caseWorkflow.isTerminal(state); i += 1) {
          const next = caseWorkflow.allowedEvents(state).find((e) => e !== E.RETURN_FOR_INVESTIGATION);
          const result = caseWorkflow.transition(state, next as CaseEvent);
          if (result.ok) state = result.to;
        }
        expect(caseWorkflow.isTerminal(state)).toBe(true);
      }),
    );
  });
});

describe('deadline rules', () => {
  const holidays = (from: string, to: string): CalendarOverrideDay[] => {
    const days: CalendarOverrideDay[] = [];
    for (let d = from; d <= to; d = addCalendarDays(d, 1)) days.push({ date: d, kind: 'HOLIDAY' });
    return days;
  };
  // Spring Festival 2026 and National Day 2025, defined here as test data.
  const calendar = new WorkingDayCalendar([
    { date: '2025-09-28', kind: 'WORKDAY' },
    ...holidays('2025-10-01', '2025-10-08'),
    { date: '2025-10-11', kind: 'WORKDAY' },
    { date: '2026-02-14', kind: 'WORKDAY' },
    ...holidays('2026-02-15', '2026-02-23'),
    { date: '2026-02-28', kind: 'WORKDAY' },
  ]);
  const plain = new WorkingDayCalendar([]);

  it('defaults to 15 / 30 / 5 working days, and the defaults are valid and frozen', () => {
    expect(DEFAULT_DEADLINE_RULES).toEqual({ recommendationWorkingDays: 15, recommendationExtendedWorkingDays: 30, archiveWorkingDays: 5 });
    expect(() => validateDeadlineRules(DEFAULT_DEADLINE_RULES)).not.toThrow();
    expect(Object.isFrozen(DEFAULT_DEADLINE_RULES)).toBe(true);
  });

  it('computes the recommendation due date over an ordinary month', () => {
    // Mon 2 Mar 2026 + 15 working days = Mon 23 Mar; + 30 = Mon 13 Apr.
    expect(recommendationDueDate(plain, '2026-03-02', DEFAULT_DEADLINE_RULES, false)).toBe('2026-03-23');
    expect(recommendationDueDate(plain, '2026-03-02', DEFAULT_DEADLINE_RULES, true)).toBe('2026-04-13');
  });

  it('runs the recommendation deadline across Spring Festival', () => {
    const rules: DeadlineRules = { ...DEFAULT_DEADLINE_RULES, recommendationWorkingDays: 7 };
    // Thu 12 Feb: 13, 14 (make-up Saturday), then 24, 25, 26, 27, 28 (make-up Saturday).
    expect(recommendationDueDate(calendar, '2026-02-12', rules, false)).toBe('2026-02-28');
    // 15 days: … 28 Feb is the 7th, then 2–6 Mar and 9–11 Mar.
    expect(recommendationDueDate(calendar, '2026-02-12', DEFAULT_DEADLINE_RULES, false)).toBe('2026-03-11');
    expect(recommendationDueDate(plain, '2026-02-12', DEFAULT_DEADLINE_RULES, false)).toBe('2026-03-05');
  });

  it('runs the archive deadline across the National Day holiday', () => {
    // Notified Fri 26 Sep 2025: Sun 28 (make-up), 29, 30, then 9 and 10 Oct.
    expect(archiveDueDate(calendar, '2025-09-26', DEFAULT_DEADLINE_RULES)).toBe('2025-10-10');
    expect(archiveDueDate(plain, '2025-09-26', DEFAULT_DEADLINE_RULES)).toBe('2025-10-03');
    expect(calendar.workingDaysBetween('2025-09-26', '2025-10-10')).toBe(5);
  });

  it('accepts every rule set inside the documented ranges (property)', () => {
    const rules = fc
      .integer({ min: 7, max: 15 })
      .chain((r) => fc.record({ recommendationWorkingDays: fc.constant(r), recommendationExtendedWorkingDays: fc.integer({ min: r, max: 30 }), archiveWorkingDays: fc.integer({ min: 1, max: 5 }) }));
    fc.assert(
      fc.property(rules, (r) => {
        validateDeadlineRules(r);
        const due = recommendationDueDate(calendar, '2026-02-10', r, false);
        expect(calendar.workingDaysBetween('2026-02-10', due)).toBe(r.recommendationWorkingDays);
        expect(recommendationDueDate(calendar, '2026-02-10', r, true) >= due).toBe(true);
      }),
    );
  });

  it.each<[Partial<DeadlineRules>, string]>([
    [{ recommendationWorkingDays: 6 }, 'recommendationWorkingDays must be a whole number of working days from 7 to 15'],
    [{ recommendationWorkingDays: 16 }, 'recommendationWorkingDays'],
    [{ recommendationWorkingDays: 10.5 }, 'recommendationWorkingDays'],
    [{ recommendationWorkingDays: Number.NaN }, 'recommendationWorkingDays'],
    [{ recommendationExtendedWorkingDays: 31 }, 'recommendationExtendedWorkingDays'],
    [{ recommendationWorkingDays: 15, recommendationExtendedWorkingDays: 14 }, 'from 15 to 30'],
    [{ archiveWorkingDays: 0 }, 'archiveWorkingDays'],
    [{ archiveWorkingDays: 6 }, 'archiveWorkingDays must be a whole number of working days from 1 to 5'],
  ])('rejects %j with a RangeError', (patch, message) => {
    const rules = { ...DEFAULT_DEADLINE_RULES, ...patch };
    expect(() => validateDeadlineRules(rules)).toThrow(RangeError);
    expect(() => validateDeadlineRules(rules)).toThrow(message);
    expect(() => recommendationDueDate(plain, '2026-03-02', rules, false)).toThrow(RangeError);
    expect(() => archiveDueDate(plain, '2026-03-02', rules)).toThrow(RangeError);
  });
});
