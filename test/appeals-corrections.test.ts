import { todayInShanghai } from '../src/modules/calendar/calendar.service.js';
import { addCalendarDays } from '../src/platform/calendar/working-day-calendar.js';
import { toGlobalId } from '../src/platform/graphql/global-id.js';
import { TestServer } from './support/test-server.js';

/**
 * Appeals (申诉, DOMAIN.md §3) and corrections (纠错, §2.3) as steps of the case procedure, over
 * HTTP on the seeded demo. Each step is a versioned write on the case with one audit entry; a
 * refused step changes nothing.
 */
let t: TestServer;
const today = todayInShanghai();

const FILE = `mutation($input: FileAppealInput!) { fileAppeal(input: $input) {
  case { id state version } appeal { id state filedOn decisionReceivedOn answerDueOn reviewingUnit { id } } } }`;
const DECIDE = `mutation($input: DecideAppealInput!) { decideAppeal(input: $input) {
  case { id state version } appeal { id state outcome answer answeredOn }
  decision { id status effects { kind voidedOn } }
  newDecision { id status kind measureCodes toleranceOutcome decidedOn effectiveOn approvingUnit { id } effects { kind startsOn endsOn voidedOn } } } }`;
const REPORT = `mutation($input: ReportCorrectionInput!) { reportCorrection(input: $input) { case { id state version } correction { id status report reportedOn } } }`;
const VERIFY = `mutation($input: VerifyCorrectionInput!) { verifyCorrection(input: $input) { case { id state version } correction { id status verifiedOn verificationNote } } }`;

const sql = <T = any>(query: string, params: unknown[] = []): Promise<T[]> => t.db.dataSource.query(query, params);
const one = async <T = any>(query: string, params: unknown[] = []): Promise<T> => {
  const rows = await sql<T>(query, params);
  if (!rows[0]) throw new Error(`no row for ${query}`);
  return rows[0];
};
const count = async (query: string, params: unknown[] = []) => Number((await one<{ n: string }>(query, params)).n);
const caseVersion = async (id: string) => (await one<{ version: number }>('SELECT version FROM cases WHERE id = $1', [id])).version;
const auditCount = () => count('SELECT count(*) n FROM audit_log');
const lastAudit = (caseId: string) => one<{ action: string; detail: any }>('SELECT action, detail FROM audit_log WHERE subject_id = $1 ORDER BY id DESC LIMIT 1', [caseId]);
const code = (res: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => res.body.errors?.[0]?.extensions?.code;
/** The region key of a committee's code: 'BT-A-PC' → 'bt-a'. */
const regionOf = (committeeCode: string) => committeeCode.slice(0, -'-PC'.length).toLowerCase();

/** Everything a refused step must leave as it was. */
async function snapshot(caseId: string) {
  return {
    version: await caseVersion(caseId),
    audit: await auditCount(),
    appeals: await sql('SELECT id, state, outcome FROM appeals WHERE case_id = $1 ORDER BY id', [caseId]),
    decisions: await sql('SELECT id, status FROM decisions WHERE case_id = $1 ORDER BY id', [caseId]),
    effects: await sql('SELECT e.id, e.voided_on FROM effects e JOIN decisions d ON d.id = e.decision_id WHERE d.case_id = $1 ORDER BY e.id', [caseId]),
    corrections: await sql('SELECT co.id, co.status FROM corrections co JOIN decisions d ON d.id = co.decision_id WHERE d.case_id = $1 ORDER BY co.id', [caseId]),
  };
}

interface AppealCase { caseId: string; decisionId: string; cadreLogin: string; decidingRegion: string; cityRegion: string; appealBodyId: string }
let a: AppealCase;

beforeAll(async () => {
  t = await TestServer.start();
  // A served accountability decision of a county committee on a cadre with a self-service account.
  const row = await one(`
    SELECT c.id case_id, d.id decision_id, acc.login, u.code approving, ab.code appeal_body, ab.id appeal_body_id
      FROM cases c JOIN decisions d ON d.case_id = c.id AND d.kind = 'ACCOUNTABILITY' AND d.status = 'IN_FORCE'
      JOIN units u ON u.id = d.approving_unit_id AND u.level = 'COUNTY' JOIN units ab ON ab.id = d.appeal_body_unit_id
      JOIN case_subjects cs ON cs.id = d.subject_id JOIN accounts acc ON acc.cadre_id = cs.cadre_id AND acc.login LIKE '%.cadre'
     WHERE c.state IN ('SERVED', 'EXECUTING') ORDER BY c.case_number LIMIT 1`);
  a = { caseId: row.case_id, decisionId: row.decision_id, cadreLogin: row.login, decidingRegion: regionOf(row.approving), cityRegion: regionOf(row.appeal_body), appealBodyId: row.appeal_body_id };
  // The seeds date the decision months ago and gave it an appeal already: serve it three days ago.
  await sql(`DELETE FROM appeals WHERE decision_id = $1`, [a.decisionId]);
  const servedOn = addCalendarDays(today, -3);
  await sql('UPDATE decisions SET served_on = $2, appeal_deadline_on = $3 WHERE id = $1', [a.decisionId, servedOn, addCalendarDays(servedOn, 15)]);
});
afterAll(async () => t?.stop());

const fileInput = async (over: Record<string, unknown> = {}) => ({
  caseId: toGlobalId('Case', a.caseId), version: await caseVersion(a.caseId), decisionId: toGlobalId('Decision', a.decisionId),
  grounds: '认为问责事实认定不清，申请复查。', filedOn: today, ...over,
});

describe('fileAppeal', () => {
  it('is refused after the window with APPEAL_WINDOW_CLOSED, and nothing changes', async () => {
    const original = await one('SELECT served_on::text s, appeal_deadline_on::text d FROM decisions WHERE id = $1', [a.decisionId]);
    const deadline = addCalendarDays(today, -1);
    await sql('UPDATE decisions SET served_on = $2, appeal_deadline_on = $3 WHERE id = $1', [a.decisionId, addCalendarDays(deadline, -15), deadline]);
    try {
      const before = await snapshot(a.caseId);
      const res = await t.gql(FILE, { input: await fileInput() }, await t.tokenFor(a.cadreLogin));
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'APPEAL_WINDOW_CLOSED', deadline });
      expect(res.body.data).toBeNull();
      expect(await snapshot(a.caseId)).toEqual(before);
    } finally {
      await sql('UPDATE decisions SET served_on = $2, appeal_deadline_on = $3 WHERE id = $1', [a.decisionId, original.s, original.d]);
    }
  });

  it('files the subject’s appeal with the supervising body within the window; the case goes on executing', async () => {
    const before = await one('SELECT state, version FROM cases WHERE id = $1', [a.caseId]);
    const audits = await auditCount();
    const res = await t.gql(FILE, { input: await fileInput() }, await t.tokenFor(a.cadreLogin));
    expect(res.body.errors).toBeUndefined();
    const { case: c, appeal } = res.body.data.fileAppeal;
    expect(c).toEqual({ id: toGlobalId('Case', a.caseId), state: before.state, version: before.version + 1 });
    // The city committee (the county committee's supervising body) reviews; 30 calendar days to answer.
    expect(appeal).toMatchObject({ state: 'FILED', filedOn: today, decisionReceivedOn: addCalendarDays(today, -3), answerDueOn: addCalendarDays(today, 30), reviewingUnit: { id: toGlobalId('Unit', a.appealBodyId) } });
    const stored = await one('SELECT id, reviewing_unit_id, appellant_cadre_id FROM appeals WHERE decision_id = $1', [a.decisionId]);
    expect(toGlobalId('Appeal', stored.id)).toBe(appeal.id);
    expect(stored.appellant_cadre_id).toBe((await one('SELECT cadre_id FROM accounts WHERE login = $1', [a.cadreLogin])).cadre_id);
    expect(await auditCount()).toBe(audits + 1);
    expect(await lastAudit(a.caseId)).toMatchObject({ action: 'case.file-appeal', detail: { appealId: stored.id, version: before.version + 1 } });
  });

  it('accepts one open appeal per decision, and only from the subject', async () => {
    const before = await snapshot(a.caseId);
    expect((await t.gql(FILE, { input: await fileInput() }, await t.tokenFor(a.cadreLogin))).body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decisionId' });
    // The deciding committee holds no 'respond' at all: refused before any case is looked at.
    expect(code(await t.gql(FILE, { input: await fileInput() }, await t.tokenFor(`${a.decidingRegion}.decider`)))).toBe('FORBIDDEN');
    expect(await snapshot(a.caseId)).toEqual(before);
  });
});

describe('decideAppeal', () => {
  const decideInput = async (appealId: string, caseId: string, over: Record<string, unknown> = {}) => ({
    caseId: toGlobalId('Case', caseId), version: await caseVersion(caseId), appealId: toGlobalId('Appeal', appealId),
    outcome: 'UPHELD', answer: '经复查，维持原问责决定。', answeredOn: today, ...over,
  });
  const filedAppealId = async () => (await one('SELECT id FROM appeals WHERE decision_id = $1', [a.decisionId])).id as string;

  it('is not for the deciding body: its appeals account cannot even see the case (NOT_FOUND)', async () => {
    const before = await snapshot(a.caseId);
    // APPEAL_REVIEWER reads and reviews cases decided below its committee, never by it, so the
    // county's own case lies outside its scope and answers exactly like a missing one.
    const res = await t.gql(DECIDE, { input: await decideInput(await filedAppealId(), a.caseId) }, await t.tokenFor(`${a.decidingRegion}.appeals`));
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(await snapshot(a.caseId)).toEqual(before);
  });

  it('is not for an appeal body the appeal was not filed with (FORBIDDEN), though it sees the case', async () => {
    const before = await snapshot(a.caseId);
    const res = await t.gql(DECIDE, { input: await decideInput(await filedAppealId(), a.caseId) }, await t.tokenFor('sf.appeals'));
    expect(code(res)).toBe('FORBIDDEN');
    expect(res.body.errors?.[0]?.message).toMatch(/filed with/);
    expect(await snapshot(a.caseId)).toEqual(before);
  });

  it('refuses a stale case version with CONFLICT', async () => {
    const before = await snapshot(a.caseId);
    const res = await t.gql(DECIDE, { input: await decideInput(await filedAppealId(), a.caseId, { version: before.version - 1 }) }, await t.tokenFor(`${a.cityRegion}.appeals`));
    expect(code(res)).toBe('CONFLICT');
    expect(await snapshot(a.caseId)).toEqual(before);
  });

  it('upholds the appeal as the city committee: the decision and its effects stand', async () => {
    const version = await caseVersion(a.caseId);
    const effects = await sql('SELECT id, voided_on FROM effects WHERE decision_id = $1 ORDER BY id', [a.decisionId]);
    const res = await t.gql(DECIDE, { input: await decideInput(await filedAppealId(), a.caseId) }, await t.tokenFor(`${a.cityRegion}.appeals`));
    expect(res.body.errors).toBeUndefined();
    const p = res.body.data.decideAppeal;
    expect(p.case.version).toBe(version + 1);
    expect(p.appeal).toMatchObject({ state: 'ANSWERED', outcome: 'UPHELD', answeredOn: today });
    expect(p.decision.status).toBe('IN_FORCE');
    expect(p.newDecision).toBeNull();
    expect(effects.length).toBeGreaterThan(0);
    expect(await sql('SELECT id, voided_on FROM effects WHERE decision_id = $1 ORDER BY id', [a.decisionId])).toEqual(effects);
    expect(await lastAudit(a.caseId)).toMatchObject({ action: 'case.decide-appeal', detail: { outcome: 'UPHELD', voidedEffects: 0 } });
    // Answered once: a second answer is an invalid transition from ANSWERED.
    const again = await t.gql(DECIDE, { input: await decideInput(await filedAppealId(), a.caseId) }, await t.tokenFor(`${a.cityRegion}.appeals`));
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'ANSWERED', event: 'DECIDE_APPEAL' });
  });

  /** A seeded appeal awaiting the answer of the given committee, on a decision with effects. */
  const openAppealTo = (committeeId: string) => one(`
    SELECT ap.id appeal_id, ap.case_id, ap.decision_id FROM appeals ap JOIN decisions d ON d.id = ap.decision_id AND d.status = 'IN_FORCE'
     WHERE ap.state IN ('FILED', 'UNDER_REVIEW') AND ap.reviewing_unit_id = $1 AND EXISTS (SELECT 1 FROM effects e WHERE e.decision_id = d.id)
       AND NOT EXISTS (SELECT 1 FROM corrections co WHERE co.decision_id = d.id AND co.status = 'PENDING')
     ORDER BY ap.id LIMIT 1`, [committeeId]);

  it('revokes another decision: its effects are voided on the day of the answer', async () => {
    const r = await openAppealTo(a.appealBodyId);
    const res = await t.gql(DECIDE, { input: await decideInput(r.appeal_id, r.case_id, { outcome: 'REVOKED', answer: '经复查，撤销原问责决定。' }) }, await t.tokenFor(`${a.cityRegion}.appeals`));
    expect(res.body.errors).toBeUndefined();
    const p = res.body.data.decideAppeal;
    expect(p.decision.status).toBe('REVOKED');
    expect(p.decision.effects.every((e: { voidedOn: string }) => e.voidedOn === today)).toBe(true);
    expect(await one('SELECT status FROM decisions WHERE id = $1', [r.decision_id])).toEqual({ status: 'REVOKED' });
    const effects = await sql<{ voided_on: string }>('SELECT voided_on::text FROM effects WHERE decision_id = $1', [r.decision_id]);
    expect(effects.length).toBeGreaterThan(0);
    expect(effects.map((e) => e.voided_on)).toEqual(effects.map(() => today));
    expect(await lastAudit(r.case_id)).toMatchObject({ action: 'case.decide-appeal', detail: { outcome: 'REVOKED', voidedEffects: effects.length } });
  });

  it('changes a decision of the other city: a new decision with the new measures replaces it', async () => {
    const city = await one(`SELECT id, code FROM units WHERE code = 'YC-PC'`);
    const r = await openAppealTo(city.id);
    const token = await t.tokenFor(`${regionOf(city.code)}.appeals`);
    const before = await snapshot(r.case_id);
    const bad = await t.gql(DECIDE, { input: await decideInput(r.appeal_id, r.case_id, { outcome: 'CHANGED', changedMeasureCodes: ['NOT_A_MEASURE'] }) }, token);
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'changedMeasureCodes' });
    expect(await snapshot(r.case_id)).toEqual(before);

    const res = await t.gql(DECIDE, { input: await decideInput(r.appeal_id, r.case_id, { outcome: 'CHANGED', answer: '经复查，变更为通报批评。', changedMeasureCodes: ['NOTICE_CRITICISM'], changedToleranceOutcome: 'LIGHTER' }) }, token);
    expect(res.body.errors).toBeUndefined();
    const p = res.body.data.decideAppeal;
    expect(p.decision.status).toBe('CHANGED');
    expect(p.newDecision).toMatchObject({
      status: 'IN_FORCE', kind: 'ACCOUNTABILITY', measureCodes: ['NOTICE_CRITICISM'], toleranceOutcome: 'LIGHTER', decidedOn: today, effectiveOn: today,
      approvingUnit: { id: toGlobalId('Unit', city.id) }, effects: [{ kind: 'NO_AWARDS_THAT_YEAR', startsOn: today, endsOn: null, voidedOn: null }],
    });
    const replacement = await one('SELECT d.id, d.previous_decision_id, e.cadre_id, cs.cadre_id subject_cadre FROM decisions d JOIN effects e ON e.decision_id = d.id JOIN case_subjects cs ON cs.id = d.subject_id WHERE d.previous_decision_id = $1', [r.decision_id]);
    expect(toGlobalId('Decision', replacement.id)).toBe(p.newDecision.id);
    expect(replacement.cadre_id).toBe(replacement.subject_cadre);
    expect(await count('SELECT count(*) n FROM effects WHERE decision_id = $1 AND voided_on IS NULL', [r.decision_id])).toBe(0);
    expect(await lastAudit(r.case_id)).toMatchObject({ action: 'case.decide-appeal', detail: { outcome: 'CHANGED', newDecisionId: replacement.id } });
  });
});

describe('corrections', () => {
  interface CorrectionCase { correctionId: string; caseId: string; region: string; state: string }
  const picked: CorrectionCase[] = [];

  beforeAll(async () => {
    // Pending corrections of county decisions on cases under execution, one per region; the
    // region's self-service cadre is made their subject (the seeds give those cadres other cases).
    const rows = await sql(`
      SELECT DISTINCT ON (u.code) co.id correction_id, c.id case_id, c.state, u.code, d.id decision_id, d.subject_id
        FROM corrections co JOIN decisions d ON d.id = co.decision_id JOIN cases c ON c.id = d.case_id
        JOIN units u ON u.id = d.approving_unit_id AND u.level = 'COUNTY'
       WHERE co.status = 'PENDING' AND c.state = 'EXECUTING' ORDER BY u.code, c.case_number`);
    for (const row of rows.slice(0, 2)) {
      const region = regionOf(row.code);
      const { cadre_id } = await one('SELECT cadre_id FROM accounts WHERE login = $1', [`${region}.cadre`]);
      await sql('UPDATE case_subjects SET cadre_id = $2 WHERE id = $1', [row.subject_id, cadre_id]);
      await sql('UPDATE effects SET cadre_id = $2 WHERE decision_id = $1', [row.decision_id, cadre_id]);
      picked.push({ correctionId: row.correction_id, caseId: row.case_id, region, state: row.state });
    }
    expect(picked).toHaveLength(2);
  });

  const input = async (c: CorrectionCase, over: Record<string, unknown>) => ({
    caseId: toGlobalId('Case', c.caseId), version: await caseVersion(c.caseId), correctionId: toGlobalId('Correction', c.correctionId), ...over,
  });
  const report = async (c: CorrectionCase) => {
    const res = await t.gql(REPORT, { input: await input(c, { report: '已完善审批台账并建立长效机制。', reportedOn: today }) }, await t.tokenFor(`${c.region}.cadre`));
    expect(res.body.errors).toBeUndefined();
    return res.body.data.reportCorrection;
  };

  it('the cadre reports; the deciding committee verifies and closes it (审核销号)', async () => {
    const c = picked[0]!;
    const version = await caseVersion(c.caseId);
    const reported = await report(c);
    expect(reported).toMatchObject({ case: { state: c.state, version: version + 1 }, correction: { status: 'REPORTED', reportedOn: today, report: '已完善审批台账并建立长效机制。' } });
    expect(await lastAudit(c.caseId)).toMatchObject({ action: 'case.report-correction', detail: { correctionId: c.correctionId } });
    const again = await t.gql(REPORT, { input: await input(c, { report: '再次报告', reportedOn: today }) }, await t.tokenFor(`${c.region}.cadre`));
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'REPORTED', event: 'REPORT' });

    // The city committee may decide on the county's cases, but did not make this decision.
    const before = await snapshot(c.caseId);
    const city = await t.gql(VERIFY, { input: await input(c, { verified: true, note: '整改到位。', verifiedOn: today }) }, await t.tokenFor(`${c.region.split('-')[0]}.decider`));
    expect(code(city)).toBe('OUTSIDE_AUTHORITY');
    expect(await snapshot(c.caseId)).toEqual(before);

    const token = await t.tokenFor(`${c.region}.decider`);
    const res = await t.gql(VERIFY, { input: await input(c, { verified: true, note: '整改到位，予以销号。', verifiedOn: today }) }, token);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.verifyCorrection).toMatchObject({ case: { state: c.state, version: version + 2 }, correction: { status: 'VERIFIED', verifiedOn: today, verificationNote: '整改到位，予以销号。' } });
    expect(await one('SELECT a.login FROM corrections co JOIN accounts a ON a.id = co.verified_by_account_id WHERE co.id = $1', [c.correctionId])).toEqual({ login: `${c.region}.decider` });
    expect(await lastAudit(c.caseId)).toMatchObject({ action: 'case.verify-correction', detail: { correctionId: c.correctionId, status: 'VERIFIED' } });
    const read = await t.gql(`query($id: ID!) { case(id: $id) { decisions { corrections { id status } } } }`, { id: toGlobalId('Case', c.caseId) }, token);
    expect(read.body.data.case.decisions.flatMap((d: { corrections: unknown[] }) => d.corrections)).toContainEqual({ id: toGlobalId('Correction', c.correctionId), status: 'VERIFIED' });
  });

  it('a failed correction reopens the case: it goes back before the committee (RECOMMENDED)', async () => {
    const c = picked[1]!;
    await report(c);
    const version = await caseVersion(c.caseId);
    const res = await t.gql(VERIFY, { input: await input(c, { verified: false, note: '整改不实，台账未建立。', verifiedOn: today }) }, await t.tokenFor(`${c.region}.decider`));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.verifyCorrection).toMatchObject({ case: { state: 'RECOMMENDED', version: version + 1 }, correction: { status: 'FAILED' } });
    expect(await lastAudit(c.caseId)).toMatchObject({ action: 'case.verify-correction', detail: { event: 'REOPEN', from: c.state, to: 'RECOMMENDED', status: 'FAILED' } });
    expect(await one('SELECT state FROM cases WHERE id = $1', [c.caseId])).toEqual({ state: 'RECOMMENDED' });
  });
});
