import { WorkingDayCalendar } from '../src/platform/calendar/working-day-calendar.js';
import { toGlobalId } from '../src/platform/graphql/global-id.js';
import { TestServer } from './support/test-server.js';

/**
 * The calendar is data an administrator enters (setCalendarDays), and the due lists count on it:
 * each account sees the duties of its own bodies only, as the same rules in SQL give them.
 */
let t: TestServer;
let admin: string;

const SET = `mutation($input: SetCalendarDaysInput!) { setCalendarDays(input: $input) { year days { date kind nameZh nameEn provisional } } }`;
const DUE = `query($within: Int!, $asOf: CalendarDate) { dueCases(within: $within, asOf: $asOf) { duty dueOn workingDaysLeft overdue priority case { caseNumber handlingUnit { id } } appeal { state answerDueOn } } }`;
const OVERDUE = `query($asOf: CalendarDate) { overdueCases(asOf: $asOf) { duty dueOn workingDaysLeft overdue priority case { caseNumber handlingUnit { id } } } }`;

const holiday = (date: string, nameZh = '国庆节', nameEn = 'National Day') => ({ date, kind: 'HOLIDAY', nameZh, nameEn, provisional: true });
const workday = (date: string) => ({ date, kind: 'WORKDAY', nameZh: '国庆节调休上班', nameEn: 'National Day make-up workday', provisional: true });
// 2028-10-01 is a Sunday: 10-01…10-07 off, Saturday 09-30 and Sunday 10-08 worked (a plausible provisional notice).
const YEAR_2028 = [
  holiday('2028-01-01', '元旦', "New Year's Day"), holiday('2028-01-02', '元旦', "New Year's Day"), holiday('2028-01-03', '元旦', "New Year's Day"),
  workday('2028-09-30'), ...['01', '02', '03', '04', '05', '06', '07'].map((d) => holiday(`2028-10-${d}`)), workday('2028-10-08'),
];

async function rows<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  return t.db.dataSource.query(sql, params);
}
const yearRows = (year: number) => rows<{ date: string; kind: string; name_zh: string; provisional: boolean }>(
  `SELECT date::text AS date, kind, name_zh, provisional FROM calendar_days WHERE date BETWEEN $1 AND $2 ORDER BY date`, [`${year}-01-01`, `${year}-12-31`]);
const auditCount = async () => Number((await rows<{ n: string }>('SELECT count(*) n FROM audit_log'))[0]!.n);

async function dbCalendar(): Promise<WorkingDayCalendar> {
  return new WorkingDayCalendar(await rows<{ date: string; kind: 'HOLIDAY' | 'WORKDAY' }>('SELECT date::text AS date, kind FROM calendar_days'));
}

async function grantUnit(login: string, role: string): Promise<{ id: string; path: string }> {
  const found = await rows<{ id: string; path: string }>(
    `SELECT u.id, u.path FROM accounts a JOIN role_grants g ON g.account_id = a.id JOIN units u ON u.id = g.unit_id WHERE a.login = $1 AND g.role = $2`, [login, role]);
  return found[0]!;
}

type Item = { duty: string; dueOn: string | null; workingDaysLeft: number | null; overdue: boolean; priority: boolean; case: { caseNumber: string; handlingUnit: { id: string } } };
const key = (caseNumber: string, duty: string, dueOn: string | null) => `${caseNumber}|${duty}|${dueOn ?? '-'}`;
const keysOf = (items: Item[]) => items.map((i) => key(i.case.caseNumber, i.duty, i.dueOn)).sort();

/** The handling body's duties straight from the tables: `dueTest` is the SQL test on the due date. */
async function expectedHandling(unitId: string, dueTest: string, param: string, withApplications: boolean): Promise<string[]> {
  const found = await rows<{ case_number: string; duty: string; due_on: string | null }>(`
    SELECT case_number, 'RECOMMENDATION' AS duty, recommendation_due_on::text AS due_on FROM cases
     WHERE handling_unit_id = $1 AND state IN ('REGISTERED', 'INITIATED', 'INVESTIGATING') AND recommendation_due_on ${dueTest} $2
    UNION ALL
    SELECT case_number, 'ARCHIVE', archive_due_on::text FROM cases WHERE handling_unit_id = $1 AND state = 'NOTIFIED' AND archive_due_on ${dueTest} $2
    UNION ALL
    SELECT case_number, 'TOLERANCE_APPLICATION', NULL FROM cases
     WHERE $3 AND handling_unit_id = $1 AND priority AND state IN ('REGISTERED', 'INITIATED', 'INVESTIGATING', 'RECOMMENDED')`, [unitId, param, withApplications]);
  return found.map((r) => key(r.case_number, r.duty, r.due_on)).sort();
}

beforeAll(async () => {
  t = await TestServer.start();
  admin = await t.tokenFor('sf.admin');
});
afterAll(async () => t?.stop());

describe('setCalendarDays', () => {
  it('an administrator enters a year; the calendar and the audit log show it', async () => {
    const before = await auditCount();
    const res = await t.gql(SET, { input: { year: 2028, days: [...YEAR_2028].reverse() } }, admin);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.setCalendarDays.year).toBe(2028);
    expect(res.body.data.setCalendarDays.days.map((d: any) => d.date)).toEqual(YEAR_2028.map((d) => d.date));
    expect(res.body.data.setCalendarDays.days[0]).toEqual(YEAR_2028[0]);
    expect((await yearRows(2028)).map((r) => [r.date, r.kind])).toEqual(YEAR_2028.map((d) => [d.date, d.kind]));
    const read = await t.gql(`{ calendarDays(year: 2028) { date kind } }`, {}, await t.tokenFor('bt.investigator'));
    expect(read.body.data.calendarDays).toHaveLength(YEAR_2028.length);

    expect(await auditCount()).toBe(before + 1);
    const [entry] = await rows<{ subject_type: string; subject_id: string; detail: Record<string, number>; actor_account_id: string }>(
      `SELECT subject_type, subject_id, detail, actor_account_id FROM audit_log WHERE action = 'calendar.set-year' ORDER BY id DESC LIMIT 1`);
    expect(entry).toMatchObject({ subject_type: 'CalendarDay', subject_id: '2028', detail: { replaced: 0, holidays: 10, workdays: 2, provisional: 12 } });
    expect(entry!.actor_account_id).toBe((await rows<{ id: string }>(`SELECT id FROM accounts WHERE login = 'sf.admin'`))[0]!.id);

    // Working days now follow the new year: the make-up Saturday counts, the holiday week does not.
    const calendar = await dbCalendar();
    expect(calendar.addWorkingDays('2028-09-29', 1)).toBe('2028-09-30');
    expect(calendar.addWorkingDays('2028-09-30', 1)).toBe('2028-10-08');
  });

  it('replaces that year only, and an empty list clears it', async () => {
    const y2027 = await yearRows(2027);
    const res = await t.gql(SET, { input: { year: 2028, days: [holiday('2028-10-02')] } }, admin);
    expect(res.body.errors).toBeUndefined();
    expect((await yearRows(2028)).map((r) => r.date)).toEqual(['2028-10-02']);
    expect(await yearRows(2027)).toEqual(y2027);
    const [entry] = await rows<{ detail: Record<string, number> }>(`SELECT detail FROM audit_log WHERE action = 'calendar.set-year' ORDER BY id DESC LIMIT 1`);
    expect(entry!.detail).toMatchObject({ replaced: YEAR_2028.length, holidays: 1, workdays: 0 });

    expect((await t.gql(SET, { input: { year: 2028, days: [] } }, admin)).body.data.setCalendarDays.days).toEqual([]);
    expect(await yearRows(2028)).toEqual([]);
    expect((await t.gql(SET, { input: { year: 2028, days: YEAR_2028 } }, admin)).body.errors).toBeUndefined();
  });

  it.each([
    ['a duplicate date', 2028, [...YEAR_2028, holiday('2028-10-03', '重复')], { field: 'days.date', index: YEAR_2028.length }],
    ['a date outside the year', 2028, [holiday('2028-10-02'), holiday('2029-01-01')], { field: 'days.date', index: 1 }],
    ['a make-up working day on a weekday', 2028, [holiday('2028-10-02'), workday('2028-10-09')], { field: 'days.kind', index: 1 }],
    ['a kind other than HOLIDAY or WORKDAY', 2028, [{ ...holiday('2028-10-02'), kind: 'FESTIVAL' }], { field: 'days.kind', index: 0 }],
    ['a blank name', 2028, [holiday('2028-10-02', ' ')], { field: 'days.nameZh', index: 0 }],
    ['a year out of range', 2101, [], { field: 'year' }],
    ['more than 60 days', 2028, Array.from({ length: 61 }, (_, i) => holiday(`2028-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`)), { field: 'days' }],
  ])('refuses %s and changes nothing', async (_what, year, days, where) => {
    const before = { y2028: await yearRows(2028), y2026: await yearRows(2026), audit: await auditCount() };
    expect(before.y2028).toHaveLength(YEAR_2028.length);
    const res = await t.gql(SET, { input: { year, days } }, admin);
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', ...where });
    expect(await yearRows(2028)).toEqual(before.y2028);
    expect(await yearRows(2026)).toEqual(before.y2026);
    expect(await auditCount()).toBe(before.audit);
  });

  it('refuses an impossible date before any resolver runs', async () => {
    const before = await auditCount();
    const res = await t.gql(SET, { input: { year: 2028, days: [holiday('2028-02-30')] } }, admin);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await auditCount()).toBe(before);
  });

  it('is FORBIDDEN to anyone but an administrator', async () => {
    const before = { y2028: await yearRows(2028), audit: await auditCount() };
    for (const login of ['bt.investigator', 'sf.decider', 'bt.appeals']) {
      const res = await t.gql(SET, { input: { year: 2028, days: [] } }, await t.tokenFor(login));
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await yearRows(2028)).toEqual(before.y2028);
    expect(await auditCount()).toBe(before.audit);
  });
});

describe('dueCases and overdueCases', () => {
  const ASOF = '2026-06-01';
  let calendar: WorkingDayCalendar;
  let btBody: { id: string; path: string };

  beforeAll(async () => {
    calendar = await dbCalendar();
    btBody = await grantUnit('bt.investigator', 'INVESTIGATOR');
    // Written tolerance applications (快速响应) on one case of bt's body and one of 宜川's.
    await rows(`UPDATE cases SET priority = true WHERE handling_unit_id = $1 AND state = 'RECOMMENDED'`, [btBody.id]);
    const yc = await grantUnit('yc.investigator', 'INVESTIGATOR');
    await rows(`UPDATE cases SET priority = true WHERE handling_unit_id = $1 AND state = 'REGISTERED'`, [yc.id]);
  });

  it('an investigator sees the duties of its handling body, as the same rules in SQL give them', async () => {
    const token = await t.tokenFor('bt.investigator');
    const horizon = calendar.addWorkingDays(ASOF, 10);
    const res = await t.gql(DUE, { within: 10, asOf: ASOF }, token);
    expect(res.body.errors).toBeUndefined();
    const items: Item[] = res.body.data.dueCases;
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(keysOf(items)).toEqual(await expectedHandling(btBody.id, '<=', horizon, true));
    expect(items.every((i) => i.case.handlingUnit.id === toGlobalId('Unit', btBody.id))).toBe(true);
    expect(items.some((i) => i.case.caseNumber.startsWith('YC'))).toBe(false);
    // Priority first; the archive deadline counted in working days from asOf.
    expect(items[0]).toMatchObject({ duty: 'TOLERANCE_APPLICATION', dueOn: null, workingDaysLeft: null, priority: true });
    const archive = items.find((i) => i.duty === 'ARCHIVE')!;
    expect(archive.workingDaysLeft).toBe(calendar.workingDaysBetween(ASOF, archive.dueOn!));
    expect(archive.overdue).toBe(false);
  });

  it('overdueCases lists only what is past its date, with negative working days left', async () => {
    const token = await t.tokenFor('bt.investigator');
    const asOf = '2026-06-15';
    const items: Item[] = (await t.gql(OVERDUE, { asOf }, token)).body.data.overdueCases;
    expect(items.length).toBeGreaterThan(0);
    expect(keysOf(items)).toEqual(await expectedHandling(btBody.id, '<', asOf, false));
    for (const i of items) {
      expect(i.overdue).toBe(true);
      expect(i.dueOn! < asOf).toBe(true);
      expect(i.workingDaysLeft).toBe(-calendar.workingDaysBetween(i.dueOn!, asOf));
    }
    expect((await t.gql(OVERDUE, { asOf: '2026-02-01' }, token)).body.data.overdueCases).toEqual([]);
  });

  it.each([['bt-b.investigator', ASOF], ['yc.investigator', '2026-09-01'], ['yc-b.investigator', '2026-09-20']])('%s: its own body only, due within 60 working days of %s', async (login, asOf) => {
    const body = await grantUnit(login, 'INVESTIGATOR');
    const items: Item[] = (await t.gql(DUE, { within: 60, asOf }, await t.tokenFor(login))).body.data.dueCases;
    expect(items.length).toBeGreaterThan(0);
    expect(keysOf(items)).toEqual(await expectedHandling(body.id, '<=', calendar.addWorkingDays(asOf, 60), true));
    expect(items.every((i) => i.case.handlingUnit.id === toGlobalId('Unit', body.id))).toBe(true);
  });

  it('an appeal body sees the appeals it answers, decided below it, and nothing from 宜川', async () => {
    const region = await grantUnit('bt.appeals', 'APPEAL_REVIEWER');
    const horizon = calendar.addWorkingDays(ASOF, 60);
    const res = await t.gql(DUE, { within: 60, asOf: ASOF }, await t.tokenFor('bt.appeals'));
    expect(res.body.errors).toBeUndefined();
    const items: Item[] & Array<{ appeal: { state: string; answerDueOn: string } }> = res.body.data.dueCases;
    const expected = await rows<{ case_number: string; due_on: string }>(`
      SELECT c.case_number, ap.answer_due_on::text AS due_on FROM appeals ap JOIN cases c ON c.id = ap.case_id JOIN units d ON d.id = c.deciding_unit_id
       WHERE d.path LIKE $1 || '%' AND d.id <> $2 AND ap.state IN ('FILED', 'UNDER_REVIEW') AND ap.answer_due_on <= $3`, [region.path, region.id, horizon]);
    expect(expected.length).toBeGreaterThan(0);
    expect(keysOf(items)).toEqual(expected.map((r) => key(r.case_number, 'APPEAL_ANSWER', r.due_on)).sort());
    for (const i of items) {
      expect(i.appeal).toMatchObject({ state: expect.stringMatching(/^(FILED|UNDER_REVIEW)$/), answerDueOn: i.dueOn });
      expect(i.case.caseNumber.startsWith('YC')).toBe(false);
    }
    // Sorted by due date (no priority among these cases).
    expect(items.map((i) => i.dueOn)).toEqual([...items.map((i) => i.dueOn)].sort());
  });

  it('a committee sees the corrections it verifies', async () => {
    const region = await grantUnit('bt.decider', 'COMMITTEE_DECIDER');
    const asOf = '2026-07-01';
    const items: Item[] = (await t.gql(OVERDUE, { asOf }, await t.tokenFor('bt.decider'))).body.data.overdueCases;
    const expected = await rows<{ n: string }>(`
      SELECT count(*) n FROM corrections co JOIN decisions d ON d.id = co.decision_id JOIN cases c ON c.id = d.case_id
        JOIN units du ON du.id = c.deciding_unit_id JOIN units hu ON hu.id = c.handling_unit_id
       WHERE (du.path LIKE $1 || '%' OR hu.path LIKE $1 || '%') AND d.status = 'IN_FORCE' AND co.status IN ('PENDING', 'REPORTED') AND co.due_on < $2`, [region.path, asOf]);
    expect(Number(expected[0]!.n)).toBeGreaterThan(0);
    expect(items.filter((i) => i.duty === 'CORRECTION_VERIFICATION')).toHaveLength(Number(expected[0]!.n));
    expect(items.every((i) => i.duty === 'CORRECTION_VERIFICATION')).toBe(true);
  });

  it('runs a few statements whatever the number of items', async () => {
    const token = await t.tokenFor('sf.appeals');
    const few = await t.countStatements(() => t.gql(DUE, { within: 0, asOf: '2026-02-02' }, token));
    let many: any;
    const more = await t.countStatements(async () => { many = await t.gql(DUE, { within: 60, asOf: ASOF }, token); });
    expect(many.body.data.dueCases.length).toBeGreaterThan(3);
    expect(more).toBeLessThanOrEqual(few + 3); // the batched loaders of the nested fields
    expect(more).toBeLessThanOrEqual(8);
  });

  it('refuses `within` outside 0–60 and a malformed asOf', async () => {
    const token = await t.tokenFor('bt.investigator');
    for (const within of [-1, 61]) {
      expect((await t.gql(DUE, { within, asOf: ASOF }, token)).body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'within' });
    }
    expect((await t.gql(DUE, { within: 5, asOf: '2026-13-01' }, token)).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts from today in China Standard Time without asOf', async () => {
    const res = await t.gql(`{ dueCases(within: 0) { duty } overdueCases { duty } }`, {}, await t.tokenFor('bt.investigator'));
    expect(res.body.errors).toBeUndefined();
    expect(Array.isArray(res.body.data.dueCases)).toBe(true);
  });
});
