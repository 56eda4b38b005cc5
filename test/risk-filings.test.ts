import { subject } from '@casl/ability';
import { POLICIES } from '../src/app/policies.js';
import { loadAccountActor } from '../src/modules/accounts/authentication.service.js';
import { RISK_FILING_SUBJECT } from '../src/modules/risk-filings/risk-filing.policy.js';
import { buildAbility } from '../src/platform/authz/ability.js';
import { scopedQuery } from '../src/platform/authz/scoped-query.js';
import { CaseDriver, gid, uuidOf } from './support/case-steps.js';
import { TestServer } from './support/test-server.js';

/**
 * Risk filings end to end over HTTP (DOMAIN.md §5): a filing returned, resubmitted, accepted,
 * cited by a later case and revoked, with the assessment showing its state at the conduct and
 * now; 特事特办 refused before its approvals; every refusal changes nothing; other cities never
 * reach a filing.
 */
let t: TestServer;
let d: CaseDriver;
const tokens: Record<string, string> = {};
const token = async (login: string) => (tokens[login] ??= await t.tokenFor(login));

beforeAll(async () => {
  t = await TestServer.start();
  d = new CaseDriver(t);
});
afterAll(async () => t?.stop());

const FILING_FIELDS = `id filingNumber state version submittedOn dueOn decisionNote revocationReason specialHandling implementationOn availableEvents
  specialApprovals { kind approvedOn } attachments { name kind sizeBytes sha256 } decisionProcedure { collectiveStudy legalReview }
  filingUnit { name } receivingUnit { name } supervisingUnit { name } filerCadre { id }
  history { event toState effectiveOn note }`;
const BASIS = `assessment { basis { state valid asOf asOfSource stateAtConduct validAtConduct filing { filingNumber } } }`;

async function run(mutation: string, input: Record<string, unknown>, login: string): Promise<{ data?: any; code?: string; error?: any }> {
  const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const payload = mutation === 'citeRiskFiling' ? `case { id version ${BASIS} }` : `riskFiling { ${FILING_FIELDS} }`;
  const res = await t.gql(`mutation($input: ${type}!) { ${mutation}(input: $input) { ${payload} } }`, { input }, await token(login));
  if (res.body.errors?.length) return { code: res.body.errors[0]!.extensions?.code, error: res.body.errors[0] };
  return { data: res.body.data[mutation] };
}

/** The filing as stored, its history and citations, and the whole audit log's size: what a refusal must not change. */
async function snapshot(filingId: string | null) {
  const [row] = await t.db.dataSource.query(
    `SELECT (SELECT count(*)::int FROM audit_log) AS audit, (SELECT count(*)::int FROM risk_filings) AS filings,
            (SELECT count(*)::int FROM risk_filing_events) AS changes, (SELECT count(*)::int FROM case_risk_filings) AS citations,
            f.state, f.version, f.submitted_on, f.due_on, f.decision_note, f.attachments
       FROM (SELECT 1) one LEFT JOIN risk_filings f ON f.id = $1`, [filingId ? uuidOf(filingId) : null]);
  return row as { version: number | null; audit: number };
}

/** A filing step that must succeed on the filing's current version. */
async function ok(mutation: string, filingId: string | null, input: Record<string, unknown>, login: string): Promise<any> {
  const version = filingId ? (await snapshot(filingId)).version : undefined;
  const r = await run(mutation, filingId ? { riskFilingId: filingId, version, ...input } : input, login);
  if (!r.data) throw new Error(`${mutation} failed: ${JSON.stringify(r.error)}`);
  return r.data.riskFiling;
}

/** A step that must be refused with `code` and leave the filing, its history, the citations and the audit log as they were. */
async function refused(code: string, mutation: string, filingId: string | null, input: Record<string, unknown>, login: string, version?: number): Promise<any> {
  const before = await snapshot(filingId);
  const r = await run(mutation, filingId ? { riskFilingId: filingId, version: version ?? before.version, ...input } : input, login);
  if (r.code !== code) throw new Error(`${mutation} as ${login}: expected ${code}, got ${JSON.stringify(r.error ?? r.data)}`);
  expect(await snapshot(filingId)).toEqual(before);
  return r.error;
}

const sha = (c: string) => c.repeat(64);
const filing = (extra: Record<string, unknown> = {}) => ({
  matter: '开发区“标准地+承诺制”改革试点', reason: '现行审批流程较长，为抢抓项目落地窗口期先行先试。',
  riskPoints: '企业承诺事项可能不兑现；事中事后监管可能不到位。', preventionMeasures: '建立承诺履约台账，联合踏勘，纪委监委同步监督。',
  decisionProcedure: { collectiveStudy: true, expertReview: true, riskAssessment: true, notes: '局党组2025年第9次会议集体研究' },
  attachments: [{ name: '党组会议纪要.pdf', kind: 'COLLECTIVE_DECISION_MINUTES', sizeBytes: 204800, sha256: sha('a') }],
  submittedOn: '2025-10-09', ...extra,
});

async function cadreManagedBy(committeeCode: string): Promise<string> {
  const [r] = await t.db.dataSource.query(`SELECT cd.id FROM cadres cd JOIN units m ON m.id = cd.managing_committee_id WHERE m.code = $1 ORDER BY cd.name, cd.id LIMIT 1`, [committeeCode]);
  return gid('Cadre', r.id);
}

const clue = (cadreId: string, clueReceivedOn: string) => ({
  subjectCadreIds: [cadreId], clueSource: 'INSPECTION_RECOMMENDATION', conductCategory: 'OTHER',
  title: '承诺制试点项目未按期补正材料', summary: '督查发现试点项目承诺事项未兑现。', clueReceivedOn,
});

async function basisOf(caseId: string, login: string) {
  const res = await t.gql(`query($id: ID!) { case(id: $id) { ${BASIS} } }`, { id: caseId }, await token(login));
  expect(res.body.errors).toBeUndefined();
  return res.body.data.case.assessment.basis;
}

const auditOf = async (id: string, type: string) =>
  ((await t.db.dataSource.query(`SELECT action FROM audit_log WHERE subject_type = $1 AND subject_id = $2 AND action <> 'read-confidential' ORDER BY id`, [type, uuidOf(id)])) as Array<{ action: string }>).map((r) => r.action);

describe('the demo filings', () => {
  const rows = (sql: string) => t.db.dataSource.query(sql) as Promise<Array<Record<string, unknown>>>;

  it('cover every state, each history ending in it, due only while awaiting the office, 特事特办 approved first', async () => {
    expect((await rows(`SELECT DISTINCT state::text AS state FROM risk_filings ORDER BY 1`)).map((r) => r.state)).toEqual(['ACCEPTED', 'REFUSED', 'RETURNED', 'REVOKED', 'SUBMITTED']);
    expect(await rows(`SELECT f.filing_number FROM risk_filings f WHERE f.state::text <> (SELECT h.to_state FROM risk_filing_events h WHERE h.risk_filing_id = f.id ORDER BY h.seq DESC LIMIT 1)`)).toEqual([]);
    expect(await rows(`SELECT filing_number FROM risk_filings WHERE (state = 'SUBMITTED') <> (due_on IS NOT NULL)`)).toEqual([]);
    expect(await rows(`SELECT f.filing_number FROM risk_filings f WHERE f.special_handling AND (jsonb_array_length(f.special_approvals) <> 2
      OR EXISTS (SELECT 1 FROM jsonb_array_elements(f.special_approvals) a WHERE (a->>'approvedOn')::date > f.implementation_on))`)).toEqual([]);
    expect((await rows(`SELECT count(*)::int AS n FROM risk_filing_events WHERE event = 'RESUBMIT'`))[0]!.n).toBeGreaterThan(0);
  });

  it('are cited by cases whose assessment shows the basis', async () => {
    const [cited] = await rows(`SELECT crf.case_id FROM case_risk_filings crf JOIN cases c ON c.id = crf.case_id JOIN units h ON h.id = c.handling_unit_id
      JOIN assessments a ON a.case_id = c.id WHERE h.path LIKE (SELECT path || '%' FROM units WHERE code = 'BT-PC') ORDER BY c.case_number LIMIT 1`);
    const basis = await basisOf(gid('Case', cited!.case_id as string), 'bt.investigator');
    expect(basis[0]).toMatchObject({ asOfSource: 'CONDUCT', state: 'ACCEPTED', valid: true, filing: { filingNumber: expect.stringMatching(/^BT/) } });
  });
});

describe('a filing returned, resubmitted, accepted, cited by a later case, then revoked', () => {
  let id: string;

  it('is submitted by the unit’s party organisation to the region’s reform office, due in the regime’s working days', async () => {
    const f = await ok('submitRiskFiling', null, filing(), 'bt.unit-party');
    id = f.id;
    expect(f).toMatchObject({
      state: 'SUBMITTED', version: 1, submittedOn: '2025-10-09', filerCadre: null, availableEvents: ['ACCEPT', 'RETURN', 'REFUSE'],
      receivingUnit: { name: '北塘市委改革办' }, supervisingUnit: { name: '北塘市纪委监委' },
      history: [{ event: 'SUBMIT', toState: 'SUBMITTED', effectiveOn: '2025-10-09', note: null }],
    });
    // Five working days, counting the make-up working Saturday 2025-10-11 (国庆调休).
    expect(f.dueOn).toBe('2025-10-15');
    expect(f.filingNumber).toMatch(/^BT-BB-2025-[0-9A-Z]{8}$/);
    expect(f.attachments).toEqual([{ name: '党组会议纪要.pdf', kind: 'COLLECTIVE_DECISION_MINUTES', sizeBytes: 204800, sha256: sha('a') }]);
  });

  it('appears in the office’s due list and its filters', async () => {
    // From Friday 2025-10-10 the make-up Saturday counts: the 15th is four working days away.
    const due = await t.gql(`{ riskFilingsDue(within: 4, asOf: "2025-10-10") { dueOn workingDaysLeft overdue riskFiling { id } } }`, {}, await token('bt.filing'));
    expect(due.body.data.riskFilingsDue).toEqual([{ dueOn: '2025-10-15', workingDaysLeft: 4, overdue: false, riskFiling: { id } }]);
    const notYet = await t.gql(`{ riskFilingsDue(within: 3, asOf: "2025-10-10") { riskFiling { id } } }`, {}, await token('bt.filing'));
    expect(notYet.body.data.riskFilingsDue).toEqual([]);
    const late = await t.gql(`{ riskFilingsDue(within: 0, asOf: "2025-10-16") { workingDaysLeft overdue riskFiling { id } } }`, {}, await token('bt.filing'));
    expect(late.body.data.riskFilingsDue).toContainEqual({ workingDaysLeft: -1, overdue: true, riskFiling: { id } });
    const filtered = await t.gql(`query($u: String!) { riskFilings(filter: { states: [SUBMITTED], receivingUnitId: $u, dueFrom: "2025-10-15", dueTo: "2025-10-15" }) { totalCount edges { node { id } } } }`,
      { u: await officeId('北塘市委改革办') }, await token('bt.filing'));
    expect(filtered.body.data.riskFilings.edges.map((e: any) => e.node.id)).toEqual([id]);
    // The unit that filed does not answer filings: the due list is not open to it.
    expect((await t.gql(`{ riskFilingsDue(within: 5) { dueOn } }`, {}, await token('bt.unit-party'))).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is returned for supplement by the receiving office only', async () => {
    await refused('FORBIDDEN', 'returnRiskFiling', id, { missing: '缺合法性审查意见', returnedOn: '2025-10-10' }, 'bt.unit-party');
    await refused('FORBIDDEN', 'returnRiskFiling', id, { missing: '缺合法性审查意见', returnedOn: '2025-10-10' }, 'bt.investigator');
    await refused('NOT_FOUND', 'returnRiskFiling', id, { missing: '缺合法性审查意见', returnedOn: '2025-10-10' }, 'yc.filing');
    await refused('BAD_USER_INPUT', 'returnRiskFiling', id, { missing: '缺合法性审查意见', returnedOn: '2025-10-08' }, 'bt.filing');
    await refused('BAD_USER_INPUT', 'returnRiskFiling', id, { missing: '  ', returnedOn: '2025-10-10' }, 'bt.filing');
    await refused('CONFLICT', 'returnRiskFiling', id, { missing: '缺合法性审查意见', returnedOn: '2025-10-10' }, 'bt.filing', 7);
    const f = await ok('returnRiskFiling', id, { missing: '缺合法性审查意见', returnedOn: '2025-10-10' }, 'bt.filing');
    expect(f).toMatchObject({ state: 'RETURNED', version: 2, dueOn: null, decisionNote: '缺合法性审查意见', availableEvents: ['RESUBMIT'] });
    await refused('INVALID_TRANSITION', 'acceptRiskFiling', id, { acceptedOn: '2025-10-10' }, 'bt.filing');
  });

  it('is resubmitted with the supplement, and the office’s working days start again', async () => {
    await refused('FORBIDDEN', 'resubmitRiskFiling', id, { supplement: '补充', resubmittedOn: '2025-10-13' }, 'bt.filing');
    await refused('NOT_FOUND', 'resubmitRiskFiling', id, { supplement: '补充', resubmittedOn: '2025-10-13' }, 'yc.unit-party');
    await refused('BAD_USER_INPUT', 'resubmitRiskFiling', id, { supplement: '补充', resubmittedOn: '2025-10-13', addAttachments: [{ name: 'x.pdf', kind: 'LEGAL_REVIEW', sizeBytes: 10, sha256: 'nothex' }] }, 'bt.unit-party');
    const f = await ok('resubmitRiskFiling', id, {
      supplement: '已补充法律顾问出具的合法性审查意见。', resubmittedOn: '2025-10-13',
      decisionProcedure: { collectiveStudy: true, expertReview: true, legalReview: true, riskAssessment: true },
      addAttachments: [{ name: '合法性审查意见书.pdf', kind: 'LEGAL_REVIEW', sizeBytes: 102400, sha256: sha('b') }],
    }, 'bt.unit-party');
    expect(f).toMatchObject({ state: 'SUBMITTED', version: 3, submittedOn: '2025-10-13', dueOn: '2025-10-20', decisionNote: null, decisionProcedure: { legalReview: true } });
    expect(f.attachments.map((a: any) => a.kind)).toEqual(['COLLECTIVE_DECISION_MINUTES', 'LEGAL_REVIEW']);
  });

  it('is accepted by the office', async () => {
    const f = await ok('acceptRiskFiling', id, { acceptedOn: '2025-10-15', note: '材料齐全，予以备案。' }, 'bt.filing');
    expect(f).toMatchObject({ state: 'ACCEPTED', version: 4, dueOn: null, availableEvents: ['REVOKE'] });
    expect(f.history.map((h: any) => [h.event, h.effectiveOn])).toEqual([['SUBMIT', '2025-10-09'], ['RETURN', '2025-10-10'], ['RESUBMIT', '2025-10-13'], ['ACCEPT', '2025-10-15']]);
  });

  let caseId: string;
  it('is cited by a later case the discipline body handles, and the assessment shows it valid at the conduct', async () => {
    const c = await d.ok('registerClue', null, clue(await cadreManagedBy('BT-PC'), '2025-11-03'), await token('bt.investigator'));
    caseId = c.id;
    // No assessment before the case is initiated: nothing to cite into.
    await d.refused('INVALID_TRANSITION', 'citeRiskFiling', caseId, { riskFilingId: id }, await token('bt.investigator'));
    await d.ok('initiateCase', caseId, { approvedBy: '北塘市纪委监委主要负责人' }, await token('bt.investigator'));
    await d.refused('BAD_USER_INPUT', 'citeRiskFiling', caseId, { riskFilingId: id, conductOn: '2025-11-04' }, await token('bt.investigator'));
    await d.refused('NOT_FOUND', 'citeRiskFiling', caseId, { riskFilingId: id }, await token('yc.investigator'));
    await d.refused('FORBIDDEN', 'citeRiskFiling', caseId, { riskFilingId: id }, await token('bt.decider'));
    // A filing of another city does not exist for 北塘's investigators.
    const [yc] = await t.db.dataSource.query(`SELECT f.id FROM risk_filings f JOIN units u ON u.id = f.filing_unit_id WHERE u.code LIKE 'YC-%' LIMIT 1`);
    await d.refused('NOT_FOUND', 'citeRiskFiling', caseId, { riskFilingId: gid('RiskFiling', yc.id) }, await token('bt.investigator'));

    const r = await run('citeRiskFiling', { caseId, version: await d.version(caseId), riskFilingId: id, conductOn: '2025-10-27' }, 'bt.investigator');
    expect(r.data.case.assessment.basis).toEqual([{
      state: 'ACCEPTED', valid: true, asOf: '2025-10-27', asOfSource: 'CONDUCT', stateAtConduct: 'ACCEPTED', validAtConduct: true, filing: { filingNumber: expect.stringMatching(/^BT-BB-/) },
    }]);
    await d.refused('BAD_USER_INPUT', 'citeRiskFiling', caseId, { riskFilingId: id }, await token('bt.investigator'));
    expect(await d.auditActions(caseId)).toEqual(['case.register', 'case.initiate', 'case.cite-risk-filing']);
  });

  it('is revoked by the region’s discipline body as a shield, and the assessment shows it revoked', async () => {
    await refused('FORBIDDEN', 'revokeRiskFiling', id, { reason: '以备案为挡箭牌', revokedOn: '2025-11-20' }, 'bt.filing');
    await refused('NOT_FOUND', 'revokeRiskFiling', id, { reason: '以备案为挡箭牌', revokedOn: '2025-11-20' }, 'yc.investigator');
    await refused('BAD_USER_INPUT', 'revokeRiskFiling', id, { reason: '以备案为挡箭牌', revokedOn: '2025-10-14' }, 'bt.investigator');
    const f = await ok('revokeRiskFiling', id, { reason: '借备案之名规避监管，擅自扩大承诺制适用范围。', revokedOn: '2025-11-20' }, 'bt.investigator');
    expect(f).toMatchObject({ state: 'REVOKED', version: 5, revocationReason: '借备案之名规避监管，擅自扩大承诺制适用范围。', availableEvents: [] });
    await refused('INVALID_TRANSITION', 'revokeRiskFiling', id, { reason: '再次撤销', revokedOn: '2025-11-21' }, 'bt.investigator');

    // Valid when the conduct took place; revoked now.
    expect(await basisOf(caseId, 'bt.investigator')).toEqual([{
      state: 'REVOKED', valid: false, asOf: '2025-10-27', asOfSource: 'CONDUCT', stateAtConduct: 'ACCEPTED', validAtConduct: true, filing: { filingNumber: expect.any(String) },
    }]);
    // The deciding committee reads the same basis.
    expect((await basisOf(caseId, 'bt.decider'))[0]).toMatchObject({ state: 'REVOKED', stateAtConduct: 'ACCEPTED' });
    // The appeal body reads the case file but not the filing: it sees the basis and its states, not the filing itself.
    expect(await basisOf(caseId, 'sf.appeals')).toEqual([{ state: 'REVOKED', valid: false, asOf: '2025-10-27', asOfSource: 'CONDUCT', stateAtConduct: 'ACCEPTED', validAtConduct: true, filing: null }]);
    expect(await auditOf(id, 'RiskFiling')).toEqual(['risk-filing.submit', 'risk-filing.return', 'risk-filing.resubmit', 'risk-filing.accept', 'risk-filing.revoke']);
  });

  it('judges a case without a conduct date on the clue’s date: revoked by then', async () => {
    const c = await d.ok('registerClue', null, clue(await cadreManagedBy('BT-PC'), '2025-11-24'), await token('bt.investigator'));
    await d.ok('initiateCase', c.id, { approvedBy: '北塘市纪委监委主要负责人' }, await token('bt.investigator'));
    const r = await run('citeRiskFiling', { caseId: c.id, version: await d.version(c.id), riskFilingId: id }, 'bt.investigator');
    expect(r.data.case.assessment.basis[0]).toMatchObject({ asOf: '2025-11-24', asOfSource: 'CLUE_RECEIVED', stateAtConduct: 'REVOKED', validAtConduct: false, state: 'REVOKED' });
  });
});

describe('特事特办: approvals before implementation', () => {
  const approvals = (government: string, upper: string) => [
    { kind: 'GOVERNMENT_CONSENT', approvedBy: '北塘市人民政府', approvedOn: government, documentNumber: '北政函〔2025〕31号' },
    { kind: 'UPPER_DEPARTMENT_APPROVAL', approvedBy: '示范省自然资源厅', approvedOn: upper },
  ];
  const special = (extra: Record<string, unknown>) => filing({ matter: '历史遗留不动产登记问题特事特办', specialHandling: true, submittedOn: '2025-10-30', ...extra });

  it('refuses an implementation date before the approvals, and a missing approval, creating nothing', async () => {
    const e = await refused('SPECIAL_HANDLING_NOT_APPROVED', 'submitRiskFiling', null, special({ specialApprovals: approvals('2025-10-20', '2025-10-28'), implementationOn: '2025-10-25' }), 'bt.unit-party');
    expect(e.extensions).toMatchObject({ field: 'implementationOn', approvals: [{ kind: 'UPPER_DEPARTMENT_APPROVAL', approvedOn: '2025-10-28' }] });
    const missing = await refused('SPECIAL_HANDLING_NOT_APPROVED', 'submitRiskFiling', null, special({ specialApprovals: approvals('2025-10-20', '2025-10-28').slice(0, 1), implementationOn: '2025-11-03' }), 'bt.unit-party');
    expect(missing.extensions.missing).toEqual(['UPPER_DEPARTMENT_APPROVAL']);
    await refused('BAD_USER_INPUT', 'submitRiskFiling', null, filing({ specialApprovals: approvals('2025-10-20', '2025-10-28') }), 'bt.unit-party');
  });

  it('checks a resubmission again, and the office may still refuse the filing, with reasons', async () => {
    const f = await ok('submitRiskFiling', null, special({ specialApprovals: approvals('2025-10-20', '2025-10-28'), implementationOn: '2025-10-28' }), 'bt.unit-party');
    expect(f).toMatchObject({ state: 'SUBMITTED', specialHandling: true, implementationOn: '2025-10-28', specialApprovals: [{ kind: 'GOVERNMENT_CONSENT', approvedOn: '2025-10-20' }, { kind: 'UPPER_DEPARTMENT_APPROVAL', approvedOn: '2025-10-28' }] });
    await refused('INVALID_TRANSITION', 'resubmitRiskFiling', f.id, { supplement: '补充', resubmittedOn: '2025-10-31' }, 'bt.unit-party');
    await ok('returnRiskFiling', f.id, { missing: '请附上级业务主管部门同意文件的文号', returnedOn: '2025-10-31' }, 'bt.filing');
    // The upper department's approval came later than first stated: implementation must move too.
    const later = approvals('2025-10-20', '2025-11-03');
    const e = await refused('SPECIAL_HANDLING_NOT_APPROVED', 'resubmitRiskFiling', f.id, { supplement: '补充文号', resubmittedOn: '2025-11-04', specialApprovals: later }, 'bt.unit-party');
    expect(e.extensions).toMatchObject({ field: 'implementationOn' });
    const resubmitted = await ok('resubmitRiskFiling', f.id, { supplement: '补充文号', resubmittedOn: '2025-11-04', specialApprovals: later, implementationOn: '2025-11-05' }, 'bt.unit-party');
    expect(resubmitted).toMatchObject({ state: 'SUBMITTED', implementationOn: '2025-11-05', dueOn: '2025-11-11' });
    await refused('BAD_USER_INPUT', 'refuseRiskFiling', f.id, { reasons: '', refusedOn: '2025-11-05' }, 'bt.filing');
    const refusedFiling = await ok('refuseRiskFiling', f.id, { reasons: '所涉事项属于法律明令禁止情形，不予备案。', refusedOn: '2025-11-05' }, 'bt.filing');
    expect(refusedFiling).toMatchObject({ state: 'REFUSED', decisionNote: '所涉事项属于法律明令禁止情形，不予备案。', availableEvents: [] });
    await refused('INVALID_TRANSITION', 'revokeRiskFiling', f.id, { reason: '—', revokedOn: '2025-11-06' }, 'bt.investigator');
    expect(await auditOf(f.id, 'RiskFiling')).toEqual(['risk-filing.submit', 'risk-filing.return', 'risk-filing.resubmit', 'risk-filing.refuse']);
  });
});

describe('who files, and who sees a filing', () => {
  it('a cadre files for their own unit, never for another; a filing without collective study is refused', async () => {
    const f = await ok('submitRiskFiling', null, filing({ submittedOn: '2025-09-01' }), 'bt.cadre');
    const [me] = await t.db.dataSource.query(`SELECT a.cadre_id, u.name FROM accounts a JOIN cadres c ON c.id = a.cadre_id JOIN units u ON u.id = c.unit_id WHERE a.login = 'bt.cadre'`);
    expect(f).toMatchObject({ filerCadre: { id: gid('Cadre', me.cadre_id) }, filingUnit: { name: me.name }, state: 'SUBMITTED' });
    const mine = await t.gql(`{ riskFilings(first: 50) { edges { node { id } } } }`, {}, await token('bt.cadre'));
    expect(mine.body.data.riskFilings.edges.map((e: any) => e.node.id)).toEqual([f.id]);
    await refused('FORBIDDEN', 'submitRiskFiling', null, filing({ filingUnitId: await officeId('北塘市委改革办') }), 'bt.cadre');
    await refused('BAD_USER_INPUT', 'submitRiskFiling', null, filing({ decisionProcedure: { collectiveStudy: false } }), 'bt.unit-party');
    await refused('FORBIDDEN', 'submitRiskFiling', null, filing(), 'bt.filing');
  });

  it('another city’s bodies never reach a filing: NOT_FOUND on every step, absent from lists and node()', async () => {
    const [bt] = await t.db.dataSource.query(`SELECT f.id FROM risk_filings f JOIN units u ON u.id = f.filing_unit_id WHERE u.code LIKE 'BT-%' AND f.state = 'SUBMITTED' LIMIT 1`);
    const id = gid('RiskFiling', bt.id);
    await refused('NOT_FOUND', 'acceptRiskFiling', id, { acceptedOn: '2025-12-01' }, 'yc.filing');
    await refused('NOT_FOUND', 'refuseRiskFiling', id, { reasons: '—', refusedOn: '2025-12-01' }, 'yc.filing');
    await refused('NOT_FOUND', 'resubmitRiskFiling', id, { supplement: '—', resubmittedOn: '2025-12-01' }, 'yc.unit-party');
    for (const login of ['yc.filing', 'yc.investigator', 'yc.unit-party', 'yc.decider']) {
      const node = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, await token(login));
      expect(node.body.data?.node ?? null).toBeNull();
      const list = await t.gql(`{ riskFilings(first: 100) { totalCount edges { node { filingNumber } } } }`, {}, await token(login));
      expect(list.body.errors).toBeUndefined();
      expect(list.body.data.riskFilings.totalCount).toBeGreaterThan(0);
      for (const e of list.body.data.riskFilings.edges) expect(e.node.filingNumber).toMatch(/^YC/);
    }
    const due = await t.gql(`{ riskFilingsDue(within: 60, asOf: "2026-12-31") { riskFiling { filingNumber } } }`, {}, await token('yc.filing'));
    for (const item of due.body.data.riskFilingsDue) expect(item.riskFiling.filingNumber).toMatch(/^YC-BB-/);
  });

  it('selects in SQL exactly the filings CASL allows in memory, for every demo account and every filing action', async () => {
    const facts: Array<Record<string, string | null>> = await t.db.dataSource.query(
      `SELECT f.id, f.filer_cadre_id AS "filerCadreId", f.filing_unit_id AS "filingUnitId", f.receiving_unit_id AS "receivingUnitId", fu.path AS "filingUnitPath", ru.path AS "receivingUnitPath"
         FROM risk_filings f JOIN units fu ON fu.id = f.filing_unit_id JOIN units ru ON ru.id = f.receiving_unit_id`);
    const logins: Array<{ login: string }> = await t.db.dataSource.query(`SELECT login FROM accounts ORDER BY login`);
    let nonEmpty = 0;
    for (const { login } of logins) {
      const actor = (await loadAccountActor(t.db.dataSource.manager, login, Date.now() / 1000))!;
      const ability = buildAbility(actor, POLICIES);
      for (const action of ['read', 'file', 'receive', 'revoke'] as const) {
        const expected = facts.filter((f) => ability.can(action, subject('RiskFiling', { ...f }))).map((f) => f.id).sort();
        const rows = await scopedQuery({ ability, manager: t.db.dataSource.manager }, action, RISK_FILING_SUBJECT).select('rf.id', 'id').getRawMany<{ id: string }>();
        expect({ login, action, ids: rows.map((r) => r.id).sort() }).toEqual({ login, action, ids: expected });
        if (expected.length > 0) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(60);
  });
});

async function officeId(name: string): Promise<string> {
  const [u] = await t.db.dataSource.query(`SELECT id FROM units WHERE name = $1`, [name]);
  return gid('Unit', u.id);
}
