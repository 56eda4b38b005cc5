import { subject } from '@casl/ability';
import { POLICIES } from '../src/app/policies.js';
import { loadAccountActor } from '../src/modules/accounts/authentication.service.js';
import { SUPERVISION_PROPOSAL_SUBJECT, SUPERVISION_RECORD_SUBJECT } from '../src/modules/supervision/supervision.policy.js';
import { buildAbility } from '../src/platform/authz/ability.js';
import { scopedQuery, type ScopedSubject } from '../src/platform/authz/scoped-query.js';
import { gid, uuidOf } from './support/case-steps.js';
import { TestServer } from './support/test-server.js';

/**
 * 督查问效 ([YC], DOMAIN.md §6) end to end over HTTP: interviews counted per cadre and calendar
 * year into 诫勉 and 组织处理 proposals the managing committee decides, rectification plans
 * submitted and reviewed, jurisdiction, and refusals that change nothing.
 */
let t: TestServer;
const tokens: Record<string, string> = {};
const token = async (login: string) => (tokens[login] ??= await t.tokenFor(login));

beforeAll(async () => { t = await TestServer.start(); });
afterAll(async () => t?.stop());

const PROPOSAL = 'id kind state year interviewCount proposedOn decidedOn decisionNote version cadre { id } decidingUnit { name } triggeredBy { id }';
const RECORD = `id kind situation heldOn interviewer approvedBy version cadre { id name } targetUnit { name } recordingUnit { name } managingCommittee { name }
  rectificationPlan { state dueOn content submittedOn late reviewedOn reviewNote } proposal { ${PROPOSAL} }`;
const INPUT_TYPES: Record<string, string> = {
  recordWorkInterview: 'RecordWorkInterviewInput', recordWorkReminder: 'RecordWorkReminderInput', submitRectificationPlan: 'SubmitRectificationPlanInput',
  reviewRectificationPlan: 'ReviewRectificationPlanInput', decideSupervisionProposal: 'DecideSupervisionProposalInput',
};

async function run(mutation: string, input: Record<string, unknown>, login: string): Promise<{ data?: any; code?: string; error?: any }> {
  const selection = mutation === 'decideSupervisionProposal' ? `proposal { ${PROPOSAL} }` : `record { ${RECORD} }`;
  const res = await t.gql(`mutation($input: ${INPUT_TYPES[mutation]}!) { ${mutation}(input: $input) { ${selection} } }`, { input }, await token(login));
  if (res.body.errors?.length) return { code: res.body.errors[0]!.extensions?.code, error: res.body.errors[0] };
  return { data: res.body.data[mutation] };
}

async function ok(mutation: string, input: Record<string, unknown>, login: string): Promise<any> {
  const r = await run(mutation, input, login);
  if (!r.data) throw new Error(`${mutation} as ${login} failed: ${JSON.stringify(r.error)}`);
  return r.data.record ?? r.data.proposal;
}

/** Everything a refused step must leave as it was: the row, its version, the audit log and both tables' counts. */
async function snapshot(table: 'supervision_records' | 'supervision_proposals' | null, globalId: string | null) {
  const [counts] = await t.db.dataSource.query(`SELECT (SELECT count(*)::int FROM audit_log) AS audit, (SELECT count(*)::int FROM supervision_records) AS records, (SELECT count(*)::int FROM supervision_proposals) AS proposals`);
  const row = table && globalId ? (await t.db.dataSource.query(`SELECT to_jsonb(x) AS row FROM ${table} x WHERE id = $1`, [uuidOf(globalId)]))[0]?.row : null;
  return { counts, row };
}

async function refused(code: string, mutation: string, input: Record<string, unknown>, login: string, target: { table: 'supervision_records' | 'supervision_proposals'; id: string } | null = null) {
  const before = await snapshot(target?.table ?? null, target?.id ?? null);
  const r = await run(mutation, input, login);
  expect({ mutation, login, code: r.code }).toEqual({ mutation, login, code });
  expect(await snapshot(target?.table ?? null, target?.id ?? null)).toEqual(before);
  return r.error;
}

async function cadreByUnitCode(code: string): Promise<string> {
  const [row] = await t.db.dataSource.query(`SELECT cd.id FROM cadres cd JOIN units u ON u.id = cd.unit_id WHERE u.code = $1 ORDER BY cd.post LIMIT 1`, [code]);
  return gid('Cadre', row.id);
}
const unitByCode = async (code: string) => gid('Unit', (await t.db.dataSource.query(`SELECT id FROM units WHERE code = $1`, [code]))[0].id);
const versionOf = async (table: string, id: string) => (await t.db.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [uuidOf(id)]))[0].version as number;
const auditOf = async (id: string) => (await t.db.dataSource.query(`SELECT action, detail FROM audit_log WHERE subject_id = $1 ORDER BY id`, [uuidOf(id)])) as Array<{ action: string; detail: any }>;

const interview = (cadreId: string, heldOn: string, extra: Record<string, unknown> = {}) => ({
  cadreId, heldOn, situation: 'KEY_WORK_DELAYED', reason: '全市重点项目推进缓慢，工作成效不明显。', interviewer: '宜川市委副书记、市长', approvedBy: '宜川市委主要负责人', ...extra,
});

describe('interviews counted per cadre and calendar year', () => {
  let cadre: string;
  let admonishment: any;

  beforeAll(async () => { cadre = await cadreByUnitCode('YC-GOVERNMENT_DEPARTMENT-6'); });

  it('records a first interview with its plan due in 5 working days, and proposes nothing', async () => {
    const first = await ok('recordWorkInterview', interview(cadre, '2024-03-04'), 'yc.organisation');
    expect(first).toMatchObject({
      kind: 'INTERVIEW', heldOn: '2024-03-04', version: 1, interviewer: '宜川市委副书记、市长', proposal: null,
      recordingUnit: { name: '宜川市委组织部' }, managingCommittee: { name: '中共宜川市委员会' },
      rectificationPlan: { state: 'PENDING', dueOn: '2024-03-11', submittedOn: null, late: null },
    });
    expect((await auditOf(first.id)).map((a) => a.action)).toEqual(['supervision.record-interview']);
  });

  it('proposes 诫勉 at the second interview of the year, for the cadre’s managing committee', async () => {
    // The discipline commission records too ([YC]: 市纪委、市委组织部相关负责人全程参与); the count is the cadre’s.
    const second = await ok('recordWorkInterview', interview(cadre, '2024-06-03', { situation: 'LONG_LAGGING' }), 'yc.investigator');
    admonishment = second.proposal;
    expect(admonishment).toMatchObject({ kind: 'ADMONISHMENT', state: 'PROPOSED', year: 2024, interviewCount: 2, proposedOn: '2024-06-03', version: 1, decidingUnit: { name: '中共宜川市委员会' }, triggeredBy: { id: second.id } });
    const [entry] = await auditOf(second.id);
    expect(entry!.detail).toMatchObject({ interviewsInYear: 2, proposal: { id: uuidOf(admonishment.id), kind: 'ADMONISHMENT', year: 2024 }, planDueOn: '2024-06-10' });
  });

  it('lists the proposal in the managing committee decider’s due list and proposal list', async () => {
    const due = await t.gql(`{ supervisionDue(within: 0) { duty dueOn workingDaysLeft overdue proposal { id kind } record { id } } }`, {}, await token('yc.decider'));
    expect(due.body.errors).toBeUndefined();
    expect(due.body.data.supervisionDue).toContainEqual({ duty: 'PROPOSAL_DECISION', dueOn: null, workingDaysLeft: null, overdue: false, proposal: { id: admonishment.id, kind: 'ADMONISHMENT' }, record: null });
    const listed = await t.gql(`query($f: SupervisionProposalFilter) { supervisionProposals(filter: $f) { totalCount edges { node { id } } } }`, { f: { states: ['PROPOSED'], cadreId: cadre } }, await token('yc.decider'));
    expect(listed.body.data.supervisionProposals).toEqual({ totalCount: 1, edges: [{ node: { id: admonishment.id } }] });
    // Only the managing committee decides: the province sees it in its region, but it is not on its list.
    const province = await t.gql(`{ supervisionDue(within: 0) { proposal { id } } }`, {}, await token('sf.decider'));
    expect(province.body.data.supervisionDue.map((d: any) => d.proposal?.id)).not.toContain(admonishment.id);
  });

  it('refuses the decision to everyone but the managing committee, and changes nothing', async () => {
    const decision = { proposalId: admonishment.id, version: 1, confirmed: true, note: '经市委常委会研究，同意给予诫勉。', decidedOn: '2024-06-20' };
    const target = { table: 'supervision_proposals' as const, id: admonishment.id };
    await refused('NOT_FOUND', 'decideSupervisionProposal', decision, 'bt.decider', target);
    await refused('NOT_FOUND', 'decideSupervisionProposal', decision, 'yc-a.decider', target);
    await refused('OUTSIDE_AUTHORITY', 'decideSupervisionProposal', decision, 'sf.decider', target);
    await refused('FORBIDDEN', 'decideSupervisionProposal', decision, 'yc.organisation', target);
    await refused('CONFLICT', 'decideSupervisionProposal', { ...decision, version: 2 }, 'yc.decider', target);
    await refused('BAD_USER_INPUT', 'decideSupervisionProposal', { ...decision, decidedOn: '2024-06-01' }, 'yc.decider', target);
    await refused('BAD_USER_INPUT', 'decideSupervisionProposal', { ...decision, note: '  ' }, 'yc.decider', target);
  });

  it('is confirmed by the managing committee, audited, and then closed', async () => {
    const decision = { proposalId: admonishment.id, version: 1, confirmed: true, note: '经市委常委会研究，同意给予诫勉。', decidedOn: '2024-06-20' };
    const confirmed = await ok('decideSupervisionProposal', decision, 'yc.decider');
    expect(confirmed).toMatchObject({ state: 'CONFIRMED', version: 2, decidedOn: '2024-06-20', decisionNote: '经市委常委会研究，同意给予诫勉。' });
    const audit = await auditOf(admonishment.id);
    expect(audit.map((a) => a.action)).toEqual(['supervision.decide-proposal']);
    expect(audit[0]!.detail).toMatchObject({ event: 'CONFIRM', from: 'PROPOSED', to: 'CONFIRMED', version: 2, kind: 'ADMONISHMENT', input: { confirmed: true, decidedOn: '2024-06-20' } });
    const [{ decided_by_account_id: by }] = await t.db.dataSource.query(`SELECT decided_by_account_id FROM supervision_proposals WHERE id = $1`, [uuidOf(admonishment.id)]);
    expect(by).toBe((await t.db.dataSource.query(`SELECT id FROM accounts WHERE login = 'yc.decider'`))[0].id);
    await refused('INVALID_TRANSITION', 'decideSupervisionProposal', { ...decision, version: 2, confirmed: false }, 'yc.decider', { table: 'supervision_proposals', id: admonishment.id });
    const due = await t.gql(`{ supervisionDue(within: 0) { proposal { id } } }`, {}, await token('yc.decider'));
    expect(due.body.data.supervisionDue.map((d: any) => d.proposal?.id)).not.toContain(admonishment.id);
  });

  it('proposes 组织处理 at the third interview, and stacks no second one on it while it is pending', async () => {
    const third = await ok('recordWorkInterview', interview(cadre, '2024-09-02'), 'yc.organisation');
    expect(third.proposal).toMatchObject({ kind: 'ORGANISATIONAL_HANDLING', state: 'PROPOSED', year: 2024, interviewCount: 3 });
    const fourth = await ok('recordWorkInterview', interview(cadre, '2024-10-14'), 'yc.organisation');
    expect(fourth.proposal).toBeNull();
    expect((await auditOf(fourth.id))[0]!.detail).toMatchObject({ interviewsInYear: 4 });
    const rejected = await ok('decideSupervisionProposal', { proposalId: third.proposal.id, version: 1, confirmed: false, note: '已诫勉，暂不予组织处理。', decidedOn: '2024-10-20' }, 'yc.decider');
    expect(rejected).toMatchObject({ state: 'REJECTED', kind: 'ORGANISATIONAL_HANDLING' });
    // After the decision, a further interview of the same year is a new fact.
    const fifth = await ok('recordWorkInterview', interview(cadre, '2024-11-18'), 'yc.organisation');
    expect(fifth.proposal).toMatchObject({ kind: 'ORGANISATIONAL_HANDLING', interviewCount: 5 });
  });

  it('does not add up interviews of different calendar years', async () => {
    const other = await cadreByUnitCode('YC-GOVERNMENT_DEPARTMENT-7');
    expect((await ok('recordWorkInterview', interview(other, '2024-12-23'), 'yc.organisation')).proposal).toBeNull();
    const january = await ok('recordWorkInterview', interview(other, '2025-01-06'), 'yc.organisation');
    expect(january.proposal).toBeNull();
    expect((await auditOf(january.id))[0]!.detail).toMatchObject({ interviewsInYear: 1 });
    const q = `query($f: SupervisionRecordFilter) { supervisionRecords(filter: $f) { totalCount edges { node { heldOn } } } }`;
    for (const [year, heldOn] of [[2024, '2024-12-23'], [2025, '2025-01-06']] as const) {
      const res = await t.gql(q, { f: { cadreId: other, year, kind: 'INTERVIEW' } }, await token('yc.organisation'));
      expect(res.body.data.supervisionRecords).toEqual({ totalCount: 1, edges: [{ node: { heldOn } }] });
    }
    // The seeded head of 生态环境局: three interviews in 2025 (诫勉 confirmed, 组织处理 rejected), one in 2026 that counts afresh.
    const seeded = await t.gql(`{ supervisionProposals(filter: { year: 2026 }) { edges { node { kind state interviewCount cadre { name } } } } }`, {}, await token('yc.decider'));
    expect(seeded.body.data.supervisionProposals.edges.map((e: any) => [e.node.kind, e.node.state, e.node.interviewCount])).toEqual([['ADMONISHMENT', 'PROPOSED', 2]]);
  });
});

describe('jurisdiction', () => {
  it('gives a body of another city NOT_FOUND on every path, and shows it nothing', async () => {
    const cadre = await cadreByUnitCode('YC-GOVERNMENT_DEPARTMENT-6');
    await refused('NOT_FOUND', 'recordWorkInterview', interview(cadre, '2024-03-05'), 'bt.organisation');
    await refused('NOT_FOUND', 'recordWorkReminder', { cadreId: cadre, issuedOn: '2024-03-05', situation: 'OTHER', reason: '提醒', approvedBy: '北塘市委办公室' }, 'bt.investigator');
    const [record] = await t.db.dataSource.query(`SELECT id, version FROM supervision_records ORDER BY created_at DESC LIMIT 1`);
    const recordId = gid('SupervisionRecord', record.id);
    await refused('NOT_FOUND', 'reviewRectificationPlan', { recordId, version: record.version, accepted: true, note: '同意', reviewedOn: '2024-12-01' }, 'bt.organisation', { table: 'supervision_records', id: recordId });
    await refused('NOT_FOUND', 'submitRectificationPlan', { recordId, version: record.version, content: '方案', submittedOn: '2024-12-01' }, 'bt.cadre', { table: 'supervision_records', id: recordId });
    const [proposal] = await t.db.dataSource.query(`SELECT id, version FROM supervision_proposals WHERE state = 'PROPOSED' LIMIT 1`);
    const proposalId = gid('SupervisionProposal', proposal.id);
    await refused('NOT_FOUND', 'decideSupervisionProposal', { proposalId, version: proposal.version, confirmed: true, note: '同意', decidedOn: '2026-11-30' }, 'bt.decider', { table: 'supervision_proposals', id: proposalId });
    for (const login of ['bt.organisation', 'bt.investigator', 'bt.decider']) {
      const res = await t.gql(`query($id: ID!, $p: ID!) { supervisionRecords { totalCount } supervisionProposals { totalCount } r: node(id: $id) { id } p: node(id: $p) { id } }`, { id: recordId, p: proposalId }, await token(login));
      expect(res.body.data).toEqual({ supervisionRecords: { totalCount: 0 }, supervisionProposals: { totalCount: 0 }, r: null, p: null });
    }
  });

  it('lets only the recording bodies record, on valid input', async () => {
    const cadre = await cadreByUnitCode('YC-GOVERNMENT_DEPARTMENT-6');
    await refused('FORBIDDEN', 'recordWorkInterview', interview(cadre, '2024-03-05'), 'yc.filing');
    // The county's organisation department does not interview the county leaders its city committee manages.
    const secretary = (await t.db.dataSource.query(`SELECT cd.id FROM cadres cd JOIN units u ON u.id = cd.unit_id WHERE u.code = 'YC-A-PC' AND cd.post LIKE '%书记'`))[0].id;
    await refused('FORBIDDEN', 'recordWorkInterview', interview(gid('Cadre', secretary), '2024-03-05'), 'yc-a.organisation');
    expect((await ok('recordWorkReminder', { cadreId: gid('Cadre', secretary), issuedOn: '2024-03-05', situation: 'LONG_LAGGING', reason: '县域经济指标全市靠后。', approvedBy: '宜川市委办公室主任' }, 'yc.organisation')).cadre.id).toBe(gid('Cadre', secretary));
    await refused('BAD_USER_INPUT', 'recordWorkInterview', { ...interview(cadre, '2024-03-05'), unitId: await unitByCode('YC-PC') }, 'yc.organisation');
    await refused('BAD_USER_INPUT', 'recordWorkInterview', interview(cadre, '2099-01-05'), 'yc.organisation');
  });

  it('selects in SQL exactly the rows CASL allows in memory, for every demo account and action', async () => {
    const records: Array<Record<string, unknown> & { id: string }> = await t.db.dataSource.query(`
      SELECT sv.id, sv.cadre_id AS "cadreId", sv.recording_unit_id AS "recordingUnitId", sv.target_unit_id AS "targetUnitId", tu.path AS "targetUnitPath", mc.path AS "managingCommitteePath"
        FROM supervision_records sv JOIN units tu ON tu.id = sv.target_unit_id JOIN units mc ON mc.id = sv.managing_committee_id`);
    const proposals: Array<Record<string, unknown> & { id: string }> = await t.db.dataSource.query(`
      SELECT sp.id, sp.cadre_id AS "cadreId", sp.target_unit_id AS "targetUnitId", tu.path AS "targetUnitPath", du.path AS "decidingUnitPath"
        FROM supervision_proposals sp JOIN units tu ON tu.id = sp.target_unit_id JOIN units du ON du.id = sp.deciding_unit_id`);
    const logins: Array<{ login: string }> = await t.db.dataSource.query(`SELECT login FROM accounts ORDER BY login`);
    let nonEmpty = 0;
    for (const { login } of logins) {
      const ability = buildAbility((await loadAccountActor(t.db.dataSource.manager, login, Date.now() / 1000))!, POLICIES);
      const cases: Array<{ action: 'read' | 'supervise' | 'submitPlan' | 'reviewPlan' | 'decide'; s: ScopedSubject; facts: typeof records }> = [
        ...(['read', 'supervise', 'submitPlan', 'reviewPlan'] as const).map((action) => ({ action, s: SUPERVISION_RECORD_SUBJECT, facts: records })),
        ...(['read', 'decide'] as const).map((action) => ({ action, s: SUPERVISION_PROPOSAL_SUBJECT, facts: proposals })),
      ];
      for (const { action, s, facts } of cases) {
        const expected = facts.filter((f) => ability.can(action, subject(s.name, { ...f }) as never)).map((f) => f.id).sort();
        const rows = await scopedQuery({ ability, manager: t.db.dataSource.manager }, action, s).select(`${s.alias}.id`, 'id').getRawMany<{ id: string }>();
        expect({ login, action, subject: s.name, ids: rows.map((r) => r.id).sort() }).toEqual({ login, action, subject: s.name, ids: expected });
        if (expected.length > 0) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(25);
  });
});

describe('the rectification plan', () => {
  it('is submitted by the cadre (late is recorded), returned and resubmitted, then verified by the recording body', async () => {
    const [{ cadre_id: self }] = await t.db.dataSource.query(`SELECT cadre_id FROM accounts WHERE login = 'yc.cadre'`);
    const cadre = gid('Cadre', self);
    const recorded = await ok('recordWorkInterview', interview(cadre, '2024-05-13'), 'yc.organisation');
    // Another year than the seeded 2026 interviews of this cadre: nothing is proposed.
    expect(recorded).toMatchObject({ proposal: null, rectificationPlan: { state: 'PENDING', dueOn: '2024-05-20' } });
    const id = recorded.id;
    const target = { table: 'supervision_records' as const, id };
    const plan = { recordId: id, content: '一、专班推进；二、倒排工期；三、每周调度。', submittedOn: '2024-05-21' };
    // Another unit’s party organisation does not see the record; the recording body does not submit.
    await refused('NOT_FOUND', 'submitRectificationPlan', { ...plan, version: 1 }, 'yc.unit-party', target);
    await refused('FORBIDDEN', 'submitRectificationPlan', { ...plan, version: 1 }, 'yc.organisation', target);
    await refused('BAD_USER_INPUT', 'submitRectificationPlan', { ...plan, version: 1, submittedOn: '2024-05-10' }, 'yc.cadre', target);
    const submitted = await ok('submitRectificationPlan', { ...plan, version: 1 }, 'yc.cadre');
    expect(submitted).toMatchObject({ version: 2, rectificationPlan: { state: 'SUBMITTED', submittedOn: '2024-05-21', late: true, content: plan.content } });
    await refused('INVALID_TRANSITION', 'submitRectificationPlan', { ...plan, version: 2 }, 'yc.cadre', target);

    const recorderDue = await t.gql(`{ supervisionDue(within: 0) { duty record { id } } }`, {}, await token('yc.organisation'));
    expect(recorderDue.body.data.supervisionDue).toContainEqual({ duty: 'PLAN_REVIEW', record: { id } });
    const review = { recordId: id, accepted: false, note: '措施不具体，退回重报。', reviewedOn: '2024-05-22' };
    // 复核 belongs to the body that recorded the interview, not to every recording body of the region.
    await refused('FORBIDDEN', 'reviewRectificationPlan', { ...review, version: 2 }, 'yc.investigator', target);
    await refused('FORBIDDEN', 'reviewRectificationPlan', { ...review, version: 2 }, 'yc.cadre', target);
    const returned = await ok('reviewRectificationPlan', { ...review, version: 2 }, 'yc.organisation');
    expect(returned.rectificationPlan).toMatchObject({ state: 'RETURNED', dueOn: '2024-05-29', reviewedOn: '2024-05-22', reviewNote: '措施不具体，退回重报。' });

    const cadreDue = await t.gql(`query { supervisionDue(within: 5, asOf: "2024-05-23") { duty dueOn workingDaysLeft overdue record { id } } }`, {}, await token('yc.cadre'));
    expect(cadreDue.body.data.supervisionDue).toContainEqual({ duty: 'PLAN_SUBMISSION', dueOn: '2024-05-29', workingDaysLeft: 4, overdue: false, record: { id } });
    await ok('submitRectificationPlan', { ...plan, version: 3, submittedOn: '2024-05-27' }, 'yc.cadre');
    const verified = await ok('reviewRectificationPlan', { ...review, version: 4, accepted: true, note: '整改方案可行。', reviewedOn: '2024-05-28' }, 'yc.organisation');
    expect(verified).toMatchObject({ version: 5, rectificationPlan: { state: 'VERIFIED', late: false, dueOn: '2024-05-29' } });
    await refused('INVALID_TRANSITION', 'reviewRectificationPlan', { ...review, version: 5 }, 'yc.organisation', target);
    expect((await auditOf(id)).map((a) => [a.action, a.detail.event ?? null])).toEqual([
      ['supervision.record-interview', null], ['supervision.submit-plan', 'SUBMIT'], ['supervision.review-plan', 'RETURN'], ['supervision.submit-plan', 'SUBMIT'], ['supervision.review-plan', 'VERIFY'],
    ]);
  });

  it('is submitted for a unit by its party organisation; a reminder asks for none', async () => {
    const unit = await unitByCode('YC-ENVIRONMENT-4');
    const onUnit = await ok('recordWorkInterview', { ...interview('', '2024-07-01'), cadreId: null, unitId: unit }, 'yc.investigator');
    expect(onUnit).toMatchObject({ cadre: null, targetUnit: { name: '宜川市生态环境局' }, proposal: null, rectificationPlan: { state: 'PENDING' } });
    const submitted = await ok('submitRectificationPlan', { recordId: onUnit.id, version: 1, content: '单位整改方案。', submittedOn: '2024-07-05' }, 'yc.unit-party');
    expect(submitted.rectificationPlan).toMatchObject({ state: 'SUBMITTED', late: false });

    const reminder = await ok('recordWorkReminder', { unitId: unit, issuedOn: '2024-07-08', situation: 'RECTIFICATION_NOT_DONE', reason: '督察反馈问题整改滞后。', approvedBy: '宜川市委办公室主任' }, 'yc.organisation');
    expect(reminder).toMatchObject({ kind: 'REMINDER', interviewer: null, rectificationPlan: null, proposal: null });
    await refused('INVALID_TRANSITION', 'submitRectificationPlan', { recordId: reminder.id, version: 1, content: '方案', submittedOn: '2024-07-09' }, 'yc.unit-party', { table: 'supervision_records', id: reminder.id });
    expect(await versionOf('supervision_records', reminder.id)).toBe(1);
  });
});

describe('reads', () => {
  it('shows the cadre their own records and proposals, and the unit’s party organisation its unit’s', async () => {
    const q = `{ supervisionRecords(first: 100) { totalCount edges { node { cadre { id } targetUnit { id } } } } supervisionProposals(first: 100) { totalCount } }`;
    const [{ cadre_id: self }] = await t.db.dataSource.query(`SELECT cadre_id FROM accounts WHERE login = 'yc.cadre'`);
    const mine = await t.gql(q, {}, await token('yc.cadre'));
    const [own] = await t.db.dataSource.query(`SELECT (SELECT count(*)::int FROM supervision_records WHERE cadre_id = $1) AS r, (SELECT count(*)::int FROM supervision_proposals WHERE cadre_id = $1) AS p`, [self]);
    expect(own.r).toBeGreaterThan(2);
    expect(mine.body.data.supervisionRecords.totalCount).toBe(own.r);
    expect(mine.body.data.supervisionProposals.totalCount).toBe(own.p);
    for (const e of mine.body.data.supervisionRecords.edges) expect(e.node.cadre.id).toBe(gid('Cadre', self));

    const unit = await t.gql(q, {}, await token('yc.unit-party'));
    const [{ unit_id: unitId }] = await t.db.dataSource.query(`SELECT g.unit_id FROM role_grants g JOIN accounts a ON a.id = g.account_id WHERE a.login = 'yc.unit-party'`);
    expect(unit.body.data.supervisionRecords.totalCount).toBe((await t.db.dataSource.query(`SELECT count(*)::int n FROM supervision_records WHERE target_unit_id = $1`, [unitId]))[0].n);
    for (const e of unit.body.data.supervisionRecords.edges) expect(e.node.targetUnit.id).toBe(gid('Unit', unitId));
  });

  it('lists records per unit, the unit’s cadres included, for the recording bodies', async () => {
    const unit = await unitByCode('YC-ENVIRONMENT-4');
    const res = await t.gql(`query($f: SupervisionRecordFilter) { supervisionRecords(filter: $f, first: 100) { totalCount } }`, { f: { unitId: unit } }, await token('yc.organisation'));
    const [{ n }] = await t.db.dataSource.query(`SELECT count(*)::int n FROM supervision_records WHERE target_unit_id = $1`, [uuidOf(unit)]);
    expect(n).toBeGreaterThan(4);
    expect(res.body.data.supervisionRecords.totalCount).toBe(n);
    const bad = await t.gql(`{ supervisionRecords(filter: { year: 1999 }) { totalCount } }`, {}, await token('yc.organisation'));
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
