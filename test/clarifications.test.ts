import { randomUUID } from 'node:crypto';
import { loadAccountActor } from '../src/modules/accounts/authentication.service.js';
import { POLICIES } from '../src/app/policies.js';
import { appSchema } from '../src/app/schema.js';
import { buildAbility } from '../src/platform/authz/ability.js';
import { declaredPermission } from '../src/platform/authz/permission.js';
import { DEMO_PASSWORD } from '../seeds/demo-accounts.js';
import { CaseDriver, gid, uuidOf } from './support/case-steps.js';
import { ClarificationDriver } from './support/clarification-steps.js';
import { rootSelection } from './support/full-selection.js';
import { TestServer } from './support/test-server.js';

/**
 * 澄清正名 end to end over HTTP (DOMAIN.md §4, §8): by application and ex officio, by public
 * statement and by meeting, a false accuser referred; the refusals that change nothing; and the
 * cadre, on every operation they can run, never sees who reported them.
 */
let t: TestServer;
let d: CaseDriver;
let cl: ClarificationDriver;
const tokens: Record<string, string> = {};
const token = async (login: string) => (tokens[login] ??= await t.tokenFor(login));

beforeAll(async () => {
  t = await TestServer.start();
  d = new CaseDriver(t);
  cl = new ClarificationDriver(t);
});
afterAll(async () => t?.stop());

async function one<T = any>(sql: string, params: unknown[] = []): Promise<T> {
  const rows = await t.db.dataSource.query(sql, params);
  if (!rows[0]) throw new Error(`no row: ${sql}`);
  return rows[0] as T;
}
const cadreOf = async (login: string) => gid('Cadre', (await one<{ cadre_id: string }>(`SELECT cadre_id FROM accounts WHERE login = $1`, [login])).cadre_id);
const unitByCode = async (code: string) => gid('Unit', (await one<{ id: string }>(`SELECT id FROM units WHERE code = $1`, [code])).id);
async function cadreManagedBy(committeeCode: string, offset: number): Promise<string> {
  const r = await one<{ id: string }>(`SELECT cd.id FROM cadres cd JOIN units m ON m.id = cd.managing_committee_id WHERE m.code = $1 ORDER BY cd.name, cd.id OFFSET $2 LIMIT 1`, [committeeCode, offset]);
  return gid('Cadre', r.id);
}

/** The reporters of this file's clues; and the seeds' (举报人N, 1390000NNNN). */
const QIAN = { name: '钱举报', contact: '13811112222' };
const SUN = { name: '孙举报', contact: '13822223333' };
const LEAKS = [QIAN.name, QIAN.contact, SUN.name, SUN.contact, /举报人\d/, /1390000\d{4}/];

const clue = (cadreId: string, reporter: { name: string; contact: string } | null, extra: Record<string, unknown> = {}) => ({
  subjectCadreIds: [cadreId], clueSource: reporter ? 'CITIZEN_REPORT' : 'LEADER_INSTRUCTION', conductCategory: 'MISCONDUCT', conductSituationCode: 'ILLEGAL_INTERFERENCE',
  title: '违规干预工程招投标', summary: '反映其违规干预工程招投标。', clueReceivedOn: '2025-10-20', reporter, ...extra,
});

/** A clue about the cadre, found untrue on preliminary verification and dismissed (the usual source of a clarification). */
async function dismissedReport(cadreId: string, reporter: { name: string; contact: string } | null): Promise<string> {
  const inv = await token('bt.investigator');
  const id = (await d.ok('registerClue', null, clue(cadreId, reporter), inv)).id;
  expect((await d.ok('dismissCase', id, { reason: '经初步核实，反映问题失实，予以了结。' }, inv)).state).toBe('DISMISSED');
  return id;
}

const application = (caseId: string, extra: Record<string, unknown> = {}) => ({
  caseId, basicFacts: '本人在项目招标中依规履职，相关问题已经核实了结。', allegations: '反映本人违规干预工程招投标', sought: '请求在原传播范围内公开澄清', appliedOn: '2025-11-03', ...extra,
});

describe('on the cadre’s application, cleared by public statement, the false accuser referred', () => {
  it('walks APPLIED → OPENED → PLANNED → CARRIED_OUT → CLOSED, every step audited', async () => {
    const inv = await token('bt.investigator');
    const self = await token('bt.cadre');
    const caseId = await dismissedReport(await cadreOf('bt.cadre'), QIAN);

    const applied = await cl.ok('applyForClarification', null, application(caseId), self);
    expect(applied).toMatchObject({ state: 'APPLIED', origin: 'APPLICATION', finding: null, version: 1, requestedOn: '2025-11-03', dueOn: '2025-11-10', availableEvents: ['ACCEPT', 'REFUSE'] });
    expect(applied.clarifyingUnit.name).toBe('北塘市纪委监委');
    const id = applied.id;
    // One clarification of a report at a time.
    await cl.refused('BAD_USER_INPUT', 'applyForClarification', null, application(caseId), self);

    // "谁核实谁澄清": another city and the county below do not see it; the committee sees it but takes no step.
    await cl.refused('NOT_FOUND', 'acceptClarification', id, { finding: 'UNTRUE', acceptedOn: '2025-11-05' }, await token('yc.investigator'));
    await cl.refused('NOT_FOUND', 'acceptClarification', id, { finding: 'UNTRUE', acceptedOn: '2025-11-05' }, await token('bt-a.investigator'));
    await cl.refused('FORBIDDEN', 'acceptClarification', id, { finding: 'UNTRUE', acceptedOn: '2025-11-05' }, await token('bt.decider'));
    await cl.refused('FORBIDDEN', 'acceptClarification', id, { finding: 'UNTRUE', acceptedOn: '2025-11-05' }, self);
    // 查无实据但不能排除 does not qualify.
    const ineligible = await cl.refused('NOT_ELIGIBLE_FOR_CLARIFICATION', 'acceptClarification', id, { finding: 'NOT_PROVEN_NOT_EXCLUDED', acceptedOn: '2025-11-05' }, inv);
    expect(ineligible.extensions.finding).toBe('NOT_PROVEN_NOT_EXCLUDED');
    // What the cadre will read must not name the reporter; the refusal does not repeat the name either.
    const named = await cl.refused('BAD_USER_INPUT', 'acceptClarification', id, { finding: 'UNTRUE', allegations: `${QIAN.name}反映其违规干预招投标`, acceptedOn: '2025-11-05' }, inv);
    expect(named.extensions.field).toBe('allegations');
    expect(JSON.stringify(named)).not.toContain(QIAN.name);

    expect(await cl.ok('acceptClarification', id, { finding: 'UNTRUE', acceptedOn: '2025-11-05' }, inv)).toMatchObject({ state: 'OPENED', finding: 'UNTRUE', openedOn: '2025-11-05', dueOn: '2025-11-12', allegations: '反映本人违规干预工程招投标' });
    const plan = { methods: ['PUBLIC_STATEMENT', 'WRITTEN_NOTICE'], scope: '原不实信息传播的网络平台及本地媒体', plannedOn: '2025-11-07' };
    await cl.refused('CONSENT_REQUIRED', 'planClarification', id, plan, inv);
    await cl.refused('BAD_USER_INPUT', 'planClarification', id, { ...plan, methods: ['MEETING'] }, inv);
    const planned = await cl.ok('planClarification', id, { ...plan, cadreConsentedOn: '2025-11-06' }, inv);
    expect(planned).toMatchObject({ state: 'PLANNED', methods: ['PUBLIC_STATEMENT', 'WRITTEN_NOTICE'], cadreConsentedOn: '2025-11-06', dueOn: '2025-11-14' });
    await cl.refused('CONFLICT', 'carryOutClarification', id, { carriedOutOn: '2025-11-12' }, inv, planned.version - 1);
    await cl.refused('BAD_USER_INPUT', 'carryOutClarification', id, { carriedOutOn: '2025-11-06' }, inv);
    expect(await cl.ok('carryOutClarification', id, { carriedOutOn: '2025-11-12' }, inv)).toMatchObject({ state: 'CARRIED_OUT', carriedOutOn: '2025-11-12', dueOn: '2025-11-19' });
    const closed = await cl.ok('closeClarification', id, { closedOn: '2025-11-14' }, inv);
    expect(closed).toMatchObject({ state: 'CLOSED', closedOn: '2025-11-14', dueOn: null, availableEvents: [] });
    const illegal = await cl.refused('INVALID_TRANSITION', 'planClarification', id, { ...plan, cadreConsentedOn: '2025-11-06' }, inv);
    expect(illegal.extensions).toMatchObject({ from: 'CLOSED', event: 'PLAN' });

    // 诬告陷害: only the discipline body refers the accuser, once, and only it reads the referral.
    const referral = { kind: 'POLICE_JUDICIAL', recipient: '北塘市公安局', referredOn: '2025-11-17', basis: `经查，${QIAN.name}捏造事实、恶意举报，涉嫌诬告陷害。` };
    await cl.refused('FORBIDDEN', 'referFalseAccusation', id, referral, await token('bt.decider'));
    await cl.refused('NOT_FOUND', 'referFalseAccusation', id, referral, await token('bt-a.investigator'));
    const referred = await cl.run('referFalseAccusation', { clarificationId: id, version: closed.version, ...referral }, inv, 'state version referral { kind recipient referredOn basis }');
    expect(referred.data.clarification).toMatchObject({ state: 'CLOSED', referral: { kind: 'POLICE_JUDICIAL', recipient: '北塘市公安局', referredOn: '2025-11-17' } });
    await cl.refused('BAD_USER_INPUT', 'referFalseAccusation', id, referral, inv);
    for (const login of ['bt.decider', 'bt.organisation', 'bt.cadre']) {
      const res = await t.gql(`query($id: ID!) { clarification(id: $id) { state referral { kind basis } } }`, { id }, await token(login));
      expect(res.body.data.clarification).toEqual({ state: 'CLOSED', referral: null });
      expect(res.body.errors?.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([['FORBIDDEN', 'clarification.referral']]);
    }

    expect(await cl.auditActions(id)).toEqual(['clarification.apply', 'clarification.accept', 'clarification.plan', 'clarification.carry-out', 'clarification.close', 'clarification.refer']);
    const refer = await one<{ detail: any }>(`SELECT detail FROM audit_log WHERE subject_id = $1 AND action = 'clarification.refer'`, [uuidOf(id)]);
    expect(refer.detail).toMatchObject({ event: 'REFER', version: 6, input: { kind: 'POLICE_JUDICIAL', referredOn: '2025-11-17' } });
    const accept = await one<{ detail: any }>(`SELECT detail FROM audit_log WHERE subject_id = $1 AND action = 'clarification.accept'`, [uuidOf(id)]);
    expect(accept.detail).toMatchObject({ event: 'ACCEPT', from: 'APPLIED', to: 'OPENED', version: 2 });
    // The referral read by the discipline body is on record; no audit entry carries the reporter or the referral's text.
    expect((await one<{ n: number }>(`SELECT count(*)::int n FROM audit_log WHERE action = 'read-confidential' AND subject_id = $1`, [uuidOf(id)])).n).toBeGreaterThan(0);
    expect((await one<{ n: number }>(`SELECT count(*)::int n FROM audit_log WHERE detail::text LIKE '%' || $1 || '%' OR detail::text LIKE '%' || $2 || '%' OR detail::text LIKE '%北塘市公安局%'`, [QIAN.name, QIAN.contact])).n).toBe(0);
  });
});

describe('ex officio, cleared at a meeting', () => {
  it('opens on the verifying body’s finding, after consulting the cadre, and walks to CLOSED', async () => {
    const inv = await token('bt.investigator');
    const cadre = await cadreManagedBy('BT-PC', 4);
    const caseId = await dismissedReport(cadre, null);
    const open = { caseId, cadreId: cadre, finding: 'UNFOUNDED', allegations: '反映其违规干预工程招投标', consultedOn: '2025-11-03', openedOn: '2025-11-04' };
    await cl.refused('NOT_FOUND', 'openClarification', null, open, await token('yc.investigator'));
    await cl.refused('NOT_FOUND', 'openClarification', null, open, await token('bt-a.investigator'));
    await cl.refused('FORBIDDEN', 'openClarification', null, open, await token('bt.decider'));
    await cl.refused('BAD_USER_INPUT', 'openClarification', null, { ...open, consultedOn: '2025-11-05' }, inv);
    await cl.refused('BAD_USER_INPUT', 'openClarification', null, { ...open, clarifyingUnitId: await unitByCode('BT-AUDIT-2') }, inv);
    // The city's commission sees its counties' clarifications, but the county that verified the report clarifies it.
    const county = await one<{ id: string }>(`SELECT cl.id FROM clarifications cl JOIN units u ON u.id = cl.clarifying_unit_id WHERE u.code = 'BT-A-DISCIPLINE_COMMISSION-0' AND cl.state IN ('OPENED', 'PLANNED') LIMIT 1`);
    await cl.refused('FORBIDDEN', 'planClarification', gid('Clarification', county.id), { methods: ['WRITTEN_NOTICE'], scope: '本单位', plannedOn: '2026-11-02' }, inv);

    const opened = await cl.ok('openClarification', null, open, inv);
    expect(opened).toMatchObject({ state: 'OPENED', origin: 'EX_OFFICIO', finding: 'UNFOUNDED', consultedOn: '2025-11-03', openedOn: '2025-11-04', dueOn: '2025-11-11', basicFacts: null, availableEvents: ['PLAN'] });
    expect(opened.case.id).toBe(caseId);
    const id = opened.id;
    await cl.refused('INVALID_TRANSITION', 'acceptClarification', id, { finding: 'UNFOUNDED', acceptedOn: '2025-11-05' }, inv);
    await cl.ok('planClarification', id, { methods: ['MEETING', 'WRITTEN_NOTICE'], scope: '所在单位干部职工大会', plannedOn: '2025-11-06' }, inv);
    expect(await cl.ok('carryOutClarification', id, { carriedOutOn: '2025-11-10' }, inv)).toMatchObject({ state: 'CARRIED_OUT', methods: ['MEETING', 'WRITTEN_NOTICE'], scope: '所在单位干部职工大会' });
    expect((await cl.ok('closeClarification', id, { closedOn: '2025-11-11' }, inv)).state).toBe('CLOSED');
    expect(await cl.auditActions(id)).toEqual(['clarification.open', 'clarification.plan', 'clarification.carry-out', 'clarification.close']);
  });

  it('clears a false public story without a case, by the investigator’s own body, for a cadre it can see', async () => {
    const inv = await token('bt.investigator');
    const open = { cadreId: await cadreManagedBy('BT-PC', 7), finding: 'FALSE_PUBLIC_STORY', allegations: '网络流传其违规干预招投标的不实信息', consultedOn: '2025-11-03', openedOn: '2025-11-03' };
    const opened = await cl.ok('openClarification', null, open, inv);
    expect(opened).toMatchObject({ state: 'OPENED', case: null, clarifyingUnit: { name: '北塘市纪委监委' } });
    await cl.refused('NOT_FOUND', 'openClarification', null, { ...open, cadreId: await cadreManagedBy('YC-PC', 0) }, inv);
    await cl.refused('FORBIDDEN', 'openClarification', null, { ...open, clarifyingUnitId: await unitByCode('BT-AUDIT-2') }, inv);
  });

  it('refuses "not proven but not excluded", a substantiated report and a report still being verified', async () => {
    const inv = await token('bt.investigator');
    const cadre = await cadreManagedBy('BT-PC', 5);
    const caseId = await dismissedReport(cadre, null);
    const open = { caseId, cadreId: cadre, allegations: '反映其违规干预工程招投标', consultedOn: '2025-11-03', openedOn: '2025-11-04' };
    for (const finding of ['NOT_PROVEN_NOT_EXCLUDED', 'SUBSTANTIATED']) {
      const err = await cl.refused('NOT_ELIGIBLE_FOR_CLARIFICATION', 'openClarification', null, { ...open, finding }, inv);
      expect(err.extensions.finding).toBe(finding);
    }
    const open2 = (await d.ok('registerClue', null, clue(cadre, null), inv)).id;
    const err = await cl.refused('NOT_ELIGIBLE_FOR_CLARIFICATION', 'openClarification', null, { ...open, caseId: open2, finding: 'UNTRUE' }, inv);
    expect(err.extensions.caseState).toBe('REGISTERED');
    // The cadre must be a subject of the case.
    await cl.refused('BAD_USER_INPUT', 'openClarification', null, { ...open, cadreId: await cadreManagedBy('BT-PC', 6), finding: 'UNTRUE' }, inv);
  });
});

describe('a refused application; filters and due lists', () => {
  it('refuses with the reason the cadre reads, lists by state and body, and shows what is due', async () => {
    const inv = await token('bt.investigator');
    const self = await token('bt.cadre');
    const caseId = await dismissedReport(await cadreOf('bt.cadre'), QIAN);
    const id = (await cl.ok('applyForClarification', null, application(caseId, { sought: '请求在本单位澄清' }), self)).id;

    const due = async (asOf: string, login = 'bt.investigator') => t.gql(`query($asOf: CalendarDate) { dueClarifications(within: 5, asOf: $asOf) { dueOn workingDaysLeft overdue clarification { id state } } }`, { asOf }, await token(login));
    expect((await due('2025-11-04')).body.data.dueClarifications.find((x: any) => x.clarification.id === id)).toEqual({ dueOn: '2025-11-10', workingDaysLeft: 4, overdue: false, clarification: { id, state: 'APPLIED' } });
    expect((await due('2025-11-12')).body.data.dueClarifications.find((x: any) => x.clarification.id === id)).toMatchObject({ workingDaysLeft: -2, overdue: true });
    expect((await due('2025-11-04', 'bt.decider')).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await due('2025-11-04', 'bt-a.investigator')).body.data.dueClarifications.some((x: any) => x.clarification.id === id)).toBe(false);

    const body = await unitByCode('BT-DISCIPLINE_COMMISSION-0');
    const list = await t.gql(`query($f: ClarificationFilter) { clarifications(first: 50, filter: $f) { totalCount edges { node { id state clarifyingUnit { name } } } } }`, { f: { states: ['APPLIED'], clarifyingUnitId: body } }, inv);
    expect(list.body.data.clarifications.edges.map((e: any) => e.node.id)).toContain(id);
    for (const e of list.body.data.clarifications.edges) expect(e.node).toMatchObject({ state: 'APPLIED', clarifyingUnit: { name: '北塘市纪委监委' } });
    const byCase = await t.gql(`query($f: ClarificationFilter) { clarifications(filter: $f) { totalCount } }`, { f: { caseId } }, inv);
    expect(byCase.body.data.clarifications.totalCount).toBe(1);

    const refused = await cl.ok('refuseClarification', id, { reason: '经核实，反映问题查无实据但不能排除，不属于澄清范围。', finding: 'NOT_PROVEN_NOT_EXCLUDED', refusedOn: '2025-11-06' }, inv);
    expect(refused).toMatchObject({ state: 'REFUSED', finding: 'NOT_PROVEN_NOT_EXCLUDED', closedOn: '2025-11-06', dueOn: null, availableEvents: [] });
    const own = await t.gql(`query($id: ID!) { clarification(id: $id) { state refusalReason } }`, { id }, self);
    expect(own.body.data.clarification).toEqual({ state: 'REFUSED', refusalReason: '经核实，反映问题查无实据但不能排除，不属于澄清范围。' });
    expect(await cl.auditActions(id)).toEqual(['clarification.apply', 'clarification.refuse']);
  });

  it('the demo has a clarification in every state', async () => {
    const res = await t.gql(`{ clarifications(first: 100) { edges { node { state } } } }`, {}, await token('sf.investigator'));
    expect(new Set(res.body.data.clarifications.edges.map((e: any) => e.node.state))).toEqual(new Set(['APPLIED', 'OPENED', 'PLANNED', 'CARRIED_OUT', 'CLOSED', 'REFUSED']));
  });
});

describe('the cadre never sees who reported them', () => {
  it('on the raw response of every query and mutation they can run', async () => {
    const schema = await appSchema();
    const inv = await token('bt.investigator');
    const cadreToken = await token('bt.cadre');
    const cadre = await cadreOf('bt.cadre');
    const called = new Set<string>();
    const refusedFields = new Set<string>();

    /** Runs a root field as the cadre with every field it can select, and checks the raw text and the decoded body. */
    async function asCadre(root: 'Query' | 'Mutation', field: string, vars: Record<string, unknown> = {}): Promise<{ data?: any; errors?: any[] }> {
      const f = (root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!).getFields()[field]!;
      const used = f.args.filter((a) => a.name in vars);
      const defs = used.length ? `(${used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')})` : '';
      const args = used.length ? `(${used.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
      // node: the fragment of the id's own type.
      const only = field === 'node' ? Buffer.from(String(vars.id), 'base64url').toString().split(':')[0] : undefined;
      const sel = rootSelection(schema, root, field, /Connection/.test(f.type.toString()) ? 4 : 3, only);
      const res = await fetch(t.server.url, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${cadreToken}` },
        body: JSON.stringify({ query: `${root.toLowerCase()}${defs} { ${field}${args}${sel ? ` { ${sel} }` : ''} }`, variables: vars }),
      });
      const text = await res.text();
      const body = JSON.parse(text);
      // JSON may escape non-ASCII: check the text as sent and as decoded.
      for (const seen of [text, JSON.stringify(body)]) for (const leak of LEAKS) expect(seen).not.toMatch(leak);
      called.add(`${root}.${field}`);
      for (const e of body.errors ?? []) if (e.extensions?.code === 'FORBIDDEN' && e.path?.length > 1) refusedFields.add(e.path.at(-1));
      return body;
    }
    /** A read that answered: only field-level refusals (confidential fields) beside the data. */
    const answered = (body: { data?: any; errors?: any[] }, field: string) => {
      if (body.data?.[field] == null) throw new Error(`${field} did not answer: ${JSON.stringify(body.errors)}`);
      for (const e of body.errors ?? []) expect([e.extensions?.code, e.path.length > 1]).toEqual(['FORBIDDEN', true]);
    };
    const done = (body: { data?: any; errors?: any[] }, field: string) => {
      answered(body, field);
      expect(body.data[field]).toBeTruthy();
    };

    // A report still open, carried to a served decision with a correction, so every self-service step has something to act on.
    const caseId = (await d.ok('registerClue', null, clue(cadre, SUN), inv)).id;
    await d.ok('initiateCase', caseId, { approvedBy: '北塘市纪委监委主要负责人' }, inv);
    await d.ok('startInvestigation', caseId, {}, inv);
    const before = await cl.snapshot(null);
    const early = await asCadre('Mutation', 'applyForClarification', { input: application(caseId) });
    expect(early.errors?.[0]?.extensions?.code).toBe('NOT_ELIGIBLE_FOR_CLARIFICATION');
    expect(await cl.snapshot(null)).toEqual(before);
    done(await asCadre('Mutation', 'submitStatement', { input: { caseId, version: await d.version(caseId), kind: 'DEFENCE', content: '本人申辩如下……', heardOn: '2025-10-27' } }), 'submitStatement');
    done(await asCadre('Mutation', 'applyForTolerance', { input: { caseId, version: await d.version(caseId), content: '本人系推进工作中的失误，申请容错。', submittedOn: '2025-10-27' } }), 'applyForTolerance');
    await d.ok('assessTolerance', caseId, { findings: [{ criterionCode: 'MOTIVE', finding: '未谋取私利', favourable: true }] }, inv);
    await d.ok('recommend', caseId, { accountabilityOpinion: '建议问责', toleranceOpinion: '建议减轻', recommendedToleranceOutcome: 'REDUCED', recommendedMeasureCodes: ['NOTICE_CRITICISM'], recommendedOn: '2025-10-31' }, inv);
    await d.ok('decide', caseId, {
      decisions: [{ subjectCadreId: cadre, kind: 'ACCOUNTABILITY', measureCodes: ['NOTICE_CRITICISM'], toleranceOutcome: 'REDUCED', toleranceRefusalReason: null, corrections: [{ requirements: '限期完善招标台账', dueOn: '2025-12-31' }], documentNumber: '北问决〔2025〕9号', facts: '经查，部分反映属实。', basis: '《问责暂行办法》第八条。' }],
      meeting: { name: '市委常委会会议', heldOn: '2025-11-03', total: 11, present: 9 }, decidedOn: '2025-11-03', effectiveOn: '2025-11-03', organisationOpinion: '市委组织部审核同意。',
    }, await token('bt.decider'));
    await d.ok('serveDecision', caseId, { servedOn: '2025-11-05' }, inv);
    await d.ok('startExecution', caseId, { startedOn: '2025-11-06' }, inv);
    const decision = await one<{ id: string }>(`SELECT id FROM decisions WHERE case_id = $1`, [uuidOf(caseId)]);
    const correction = await one<{ id: string }>(`SELECT id FROM corrections WHERE decision_id = $1`, [decision.id]);
    done(await asCadre('Mutation', 'fileAppeal', { input: { caseId, version: await d.version(caseId), decisionId: gid('Decision', decision.id), grounds: '认为部分事实认定不清。', filedOn: '2025-11-10' } }), 'fileAppeal');
    done(await asCadre('Mutation', 'reportCorrection', { input: { caseId, version: await d.version(caseId), correctionId: gid('Correction', correction.id), report: '已完善招标台账。', reportedOn: '2025-11-20' } }), 'reportCorrection');
    // Earlier reports, dismissed as untrue: one cleared, one applied for now.
    const cleared = await dismissedReport(cadre, QIAN);
    const clearedId = (await cl.ok('openClarification', null, { caseId: cleared, cadreId: cadre, finding: 'UNTRUE', allegations: '反映其违规干预工程招投标', consultedOn: '2025-11-03', openedOn: '2025-11-04' }, inv)).id;
    await cl.ok('referFalseAccusation', clearedId, { kind: 'DISCIPLINE', recipient: '举报人所在单位党组织', referredOn: '2025-11-05', basis: `${QIAN.name}（${QIAN.contact}）捏造事实诬告他人。` }, inv);
    done(await asCadre('Mutation', 'applyForClarification', { input: application(await dismissedReport(cadre, SUN)) }), 'applyForClarification');
    // The steps the verifying body takes are refused to the cadre, and say nothing either.
    for (const [step, input] of Object.entries({
      acceptClarification: { finding: 'UNTRUE', acceptedOn: '2025-11-05' }, refuseClarification: { reason: '—', refusedOn: '2025-11-05' },
      planClarification: { methods: ['WRITTEN_NOTICE'], scope: '本单位', plannedOn: '2025-11-05' }, carryOutClarification: { carriedOutOn: '2025-11-05' },
      closeClarification: { closedOn: '2025-11-05' }, referFalseAccusation: { kind: 'EDUCATION', recipient: '—', referredOn: '2025-11-05', basis: '—' },
    })) {
      const res = await asCadre('Mutation', step, { input: { clarificationId: clearedId, version: 2, ...input } });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    done(await asCadre('Mutation', 'login', { login: 'bt.cadre', password: DEMO_PASSWORD }), 'login');
    // The other procedures' self-service steps: run where the cadre has something to act on, refused otherwise; scanned either way.
    const filed = await asCadre('Mutation', 'submitRiskFiling', { input: {
      matter: '工业园区项目容缺审批试点', reason: '政策边界尚不明确，需先行先试。', riskPoints: '审批要件后补可能不到位。', preventionMeasures: '建立承诺台账，限期补正。',
      decisionProcedure: { collectiveStudy: true }, submittedOn: '2025-11-03' } });
    done(filed, 'submitRiskFiling');
    const resubmitted = await asCadre('Mutation', 'resubmitRiskFiling', { input: { riskFilingId: filed.data.submitRiskFiling.riskFiling.id, version: 1, supplement: '补充材料', resubmittedOn: '2025-11-05' } });
    expect(resubmitted.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION'); // nothing was returned for supplement
    const [record] = await t.db.dataSource.query(`SELECT id, version FROM supervision_records WHERE cadre_id = $1 AND plan_state IS NOT NULL ORDER BY id LIMIT 1`, [uuidOf(cadre)]) as Array<{ id: string; version: number }>;
    await asCadre('Mutation', 'submitRectificationPlan', { input: { recordId: gid('SupervisionRecord', record?.id ?? randomUUID()), version: record?.version ?? 1, content: '整改方案如下……', submittedOn: '2025-11-05' } });

    // Every read, with every field (the reporter included: null and FORBIDDEN on that path).
    const caseIds = (await t.db.dataSource.query(`SELECT case_id FROM case_subjects WHERE cadre_id = $1`, [uuidOf(cadre)]) as Array<{ case_id: string }>).map((r) => gid('Case', r.case_id));
    const clarificationIds = (await t.db.dataSource.query(`SELECT id FROM clarifications WHERE cadre_id = $1`, [uuidOf(cadre)]) as Array<{ id: string }>).map((r) => gid('Clarification', r.id));
    expect(caseIds.length).toBeGreaterThanOrEqual(4);
    expect(clarificationIds.length).toBeGreaterThanOrEqual(2);
    const reads: Record<string, Array<Record<string, unknown>>> = {
      me: [{}], cases: [{ first: 50 }], case: caseIds.map((id) => ({ id })), node: [...caseIds, ...clarificationIds, cadre, gid('Decision', decision.id)].map((id) => ({ id })),
      clarifications: [{ first: 50 }], clarification: clarificationIds.map((id) => ({ id })), cadreEligibility: [{ cadreId: cadre, on: '2025-11-20' }],
      cadres: [{ first: 5 }], units: [{ first: 5 }], unitTree: [{}], catalogues: [{}], calendarDays: [{ year: 2025 }], dueCases: [{ within: 10 }], overdueCases: [{}], riskFilings: [{ first: 20 }],
      supervisionRecords: [{ first: 20 }], supervisionDue: [{ within: 10 }], supervisionProposals: [{ first: 20 }],
    };
    const actor = await loadAccountActor(t.db.dataSource.manager, 'bt.cadre', Date.now() / 1000);
    const ability = buildAbility(actor!, POLICIES);
    const holds = (root: 'Query' | 'Mutation') => Object.values((root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!).getFields())
      .filter((f) => { const p = declaredPermission(f)!; return p.action === 'public' || p.action === 'authenticated' || ability.can(p.action, p.subject!); })
      .map((f) => f.name);
    for (const field of holds('Query')) {
      expect([field, field in reads]).toEqual([field, true]); // a new query the cadre can run needs its arguments here
      for (const vars of reads[field]!) answered(await asCadre('Query', field, vars), field);
    }
    // Every operation the cadre holds was run above.
    expect([...holds('Query').map((f) => `Query.${f}`), ...holds('Mutation').map((f) => `Mutation.${f}`)].filter((f) => !called.has(f))).toEqual([]);

    // The confidential fields were asked for, and refused on their paths.
    expect([...refusedFields]).toEqual(expect.arrayContaining(['reporter', 'referral']));

    // The same read by the discipline body that handles the case does show the reporter: the check above can see one.
    const control = await t.gql(`query($id: ID!) { case(id: $id) { reporter { name contact } } }`, { id: caseId }, inv);
    expect(control.body.data.case.reporter).toEqual(SUN);
  });
});
