import { GraphQLError } from 'graphql';
import { CALENDAR_OVERRIDES } from '../../../../seeds/reference/holidays.js';
import { WorkingDayCalendar } from '../../../platform/calendar/working-day-calendar.js';
import { CaseDuty, dueHorizon, dueItems, type DutyRow, validateWithin, workingDaysLeft } from '../case-due.js';

const calendar = new WorkingDayCalendar(CALENDAR_OVERRIDES);

function row(caseNumber: string, duty: CaseDuty, dueOn: string | null, priority = false): DutyRow<string> {
  return { duty, dueOn, priority, case: caseNumber, caseNumber, appealId: duty === CaseDuty.APPEAL_ANSWER ? `ap-${caseNumber}` : null, decisionId: null };
}

describe('workingDaysLeft', () => {
  it('is 0 on the due day, positive before, negative after, across the National Day holiday', () => {
    expect(workingDaysLeft(calendar, '2025-10-23', '2025-10-23')).toBe(0);
    expect(workingDaysLeft(calendar, '2025-09-26', '2025-10-23')).toBe(15);
    expect(workingDaysLeft(calendar, '2025-10-09', '2025-09-30')).toBe(-1);
    expect(workingDaysLeft(calendar, '2025-10-13', '2025-09-30')).toBe(-4); // 10-09, 10-10, 10-11 (调休), 10-13
  });

  it('a date on a weekend seen the day after is 0 working days late', () => {
    expect(Object.is(workingDaysLeft(calendar, '2025-11-16', '2025-11-15'), 0)).toBe(true);
  });
});

describe('dueHorizon', () => {
  it('is asOf plus `within` working days', () => {
    expect(dueHorizon(calendar, '2025-09-26', 0)).toBe('2025-09-26');
    expect(dueHorizon(calendar, '2025-09-26', 3)).toBe('2025-09-30'); // 09-28 (调休), 09-29, 09-30
    expect(dueHorizon(calendar, '2025-09-26', 4)).toBe('2025-10-09');
    expect(dueHorizon(calendar, '2025-09-26', 60)).toBe(calendar.addWorkingDays('2025-09-26', 60));
  });

  it('refuses anything but 0 to 60 whole working days', () => {
    for (const bad of [-1, 61, 1.5, Number.NaN]) {
      expect(() => validateWithin(bad)).toThrow(GraphQLError);
      try {
        dueHorizon(calendar, '2025-09-26', bad);
      } catch (e) {
        expect((e as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'within' });
      }
    }
  });
});

describe('dueItems', () => {
  const asOf = '2025-10-09';
  const rows = [
    row('C-3', CaseDuty.RECOMMENDATION, '2025-10-23'),
    row('C-1', CaseDuty.ARCHIVE, '2025-09-30'),
    row('C-2', CaseDuty.APPEAL_ANSWER, '2025-10-13'),
    row('C-4', CaseDuty.RECOMMENDATION, '2025-10-15', true),
    row('C-4', CaseDuty.TOLERANCE_APPLICATION, null, true),
    row('C-5', CaseDuty.CORRECTION_VERIFICATION, '2025-10-09'),
    row('C-6', CaseDuty.RECOMMENDATION, '2025-12-01', true),
  ];

  it('lists what is due by the horizon, overdue included, and every tolerance application; priority first, then by date', () => {
    const horizon = dueHorizon(calendar, asOf, 4); // 10-10, 10-11, 10-13, 10-14
    expect(horizon).toBe('2025-10-14');
    const items = dueItems(calendar, asOf, rows, { kind: 'due', horizon });
    expect(items.map((i) => [i.caseNumber, i.duty, i.workingDaysLeft, i.overdue])).toEqual([
      ['C-4', CaseDuty.TOLERANCE_APPLICATION, null, false],
      ['C-1', CaseDuty.ARCHIVE, -1, true],
      ['C-5', CaseDuty.CORRECTION_VERIFICATION, 0, false],
      ['C-2', CaseDuty.APPEAL_ANSWER, 3, false],
    ]);
  });

  it('a wider horizon takes in more, still priority first', () => {
    const items = dueItems(calendar, asOf, rows, { kind: 'due', horizon: dueHorizon(calendar, asOf, 60) });
    expect(items.map((i) => `${i.caseNumber}:${i.duty}`)).toEqual([
      'C-4:RECOMMENDATION', 'C-6:RECOMMENDATION', 'C-4:TOLERANCE_APPLICATION',
      'C-1:ARCHIVE', 'C-5:CORRECTION_VERIFICATION', 'C-2:APPEAL_ANSWER', 'C-3:RECOMMENDATION',
    ]);
  });

  it('overdue lists only dates before asOf, never the undated applications', () => {
    const items = dueItems(calendar, '2025-10-16', rows, { kind: 'overdue' });
    expect(items.map((i) => [i.caseNumber, i.duty, i.workingDaysLeft])).toEqual([
      ['C-4', CaseDuty.RECOMMENDATION, -1],
      ['C-1', CaseDuty.ARCHIVE, -7], // 10-09, 10-10, 10-11, 10-13 … 10-16
      ['C-5', CaseDuty.CORRECTION_VERIFICATION, -6],
      ['C-2', CaseDuty.APPEAL_ANSWER, -3],
    ]);
    expect(items.every((i) => i.overdue)).toBe(true);
  });
});
