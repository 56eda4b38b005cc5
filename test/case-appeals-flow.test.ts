import { CaseDriver, gid } from './support/case-steps.js';
import { TestServer } from './support/test-server.js';

/**
 * Appeals and corrections on cases that the procedure itself produced (DOMAIN.md §2.3, §3):
 * an appeal upheld and one revoked — effects gone, eligibility restored — and a correction that
 * fails and reopens accountability, decided anew and linked to the first decision.
 */
let t: TestServer;
let d: CaseDriver;
const tokens: Record<string, string> = {};
const token = async (login: string) => (tokens[login] ??= await t.tokenFor(login));
let cadre: string;

beforeAll(async () => {
  t = await TestServer.start();
  d = new CaseDriver(t);
  const [{ cadre_id }] = await t.db.dataSource.query(`SELECT cadre_id FROM accounts WHERE login = 'bt.cadre'`);
  cadre = gid('Cadre', cadre_id);
});
afterAll(async () => t?.stop());

const meeting = { name: '市委常委会会议', heldOn: '2025-09-01', total: 11, present: 10 };

/** A 北塘 case about bt.cadre's cadre, run from the clue to execution with the given decision terms. */
async function caseInExecution(terms: Record<string, unknown>): Promise<{ id: string; decisionId: string }> {
  const inv = await token('bt.investigator');
  const id = (await d.ok('registerClue', null, {
    subjectCadreIds: [cadre], clueSource: 'LEADER_INSTRUCTION', conductCategory: 'INACTION', conductSituationCode: 'PERFUNCTORY_ON_KEY_TASKS',
    title: '重点任务推进敷衍', summary: '领导批示反映重点任务推进不力。', clueReceivedOn: '2025-08-04',
  }, inv)).id;
  await d.ok('initiateCase', id, { approvedBy: '北塘市纪委监委主要负责人' }, inv);
  await d.ok('startInvestigation', id, {}, inv);
  await d.ok('submitStatement', id, { kind: 'STATEMENT', content: '本人陈述……', heardOn: '2025-08-11' }, await token('bt.cadre'));
  await d.ok('recommend', id, { accountabilityOpinion: '建议问责', toleranceOpinion: '见研判', recommendedOn: '2025-08-20' }, inv);
  const decided = await d.ok('decide', id, {
    decisions: [{ subjectCadreId: cadre, documentNumber: '北问决〔2025〕9号', facts: '推进不力。', basis: '《问责暂行办法》第七条。', ...terms }],
    meeting, decidedOn: '2025-09-01', effectiveOn: '2025-09-01', organisationOpinion: '市委组织部审核同意。',
  }, await token('bt.decider'));
  await d.ok('serveDecision', id, { servedOn: '2025-09-03' }, inv);
  await d.ok('startExecution', id, { startedOn: '2025-09-04' }, inv);
  return { id, decisionId: decided.decisions[0].id };
}

const ELIGIBILITY = `query($id: ID!, $on: CalendarDate!) { cadreEligibility(cadreId: $id, on: $on) { promotion { allowed reasons { decision { id } effectKind } } } }`;
async function promotionReasonsFrom(decisionId: string, on: string): Promise<string[]> {
  const res = await t.gql(ELIGIBILITY, { id: cadre, on }, await token('bt.organisation'));
  return res.body.data.cadreEligibility.promotion.reasons.filter((r: any) => r.decision?.id === decisionId).map((r: any) => r.effectKind);
}

async function openAppeal(caseId: string): Promise<string> {
  const res = await t.gql(`query($id: ID!) { case(id: $id) { appeals { id state } } }`, { id: caseId }, await token('bt.investigator'));
  return res.body.data.case.appeals.find((a: any) => a.state === 'FILED').id;
}

it('an appeal upheld leaves the decision and its effects; one revoked removes them and restores eligibility', async () => {
  const self = await token('bt.cadre');
  const upheld = await caseInExecution({ kind: 'ACCOUNTABILITY', measureCodes: ['ADMONITION_TALK'], toleranceOutcome: 'REFUSED', toleranceRefusalReason: '不符合容错条件。' });
  const revoked = await caseInExecution({ kind: 'ACCOUNTABILITY', measureCodes: ['DEMOTION'], toleranceOutcome: 'REFUSED', toleranceRefusalReason: '不符合容错条件。' });
  const province = await token('sf.appeals');

  // After the 15-day window from service: refused, nothing changed.
  await d.refused('APPEAL_WINDOW_CLOSED', 'fileAppeal', upheld.id, { decisionId: upheld.decisionId, grounds: '事实不清', filedOn: '2025-09-19' }, self);
  for (const c of [upheld, revoked]) {
    const filed = await d.ok('fileAppeal', c.id, { decisionId: c.decisionId, grounds: '认为事实认定不清，申请复查。', filedOn: '2025-09-10' }, self);
    expect(filed.state).toBe('EXECUTING'); // an appeal does not suspend execution
  }
  // The deciding committee never hears the appeal against its own decision.
  await d.refused('NOT_FOUND', 'decideAppeal', upheld.id, { appealId: await openAppeal(upheld.id), outcome: 'REVOKED', answer: '撤销', answeredOn: '2025-10-08' }, await token('bt.appeals'));

  expect(await promotionReasonsFrom(upheld.decisionId, '2025-12-01')).toEqual(['NO_PROMOTION']);
  expect(await promotionReasonsFrom(revoked.decisionId, '2025-12-01')).toEqual(['NO_PROMOTION']);
  await d.ok('decideAppeal', upheld.id, { appealId: await openAppeal(upheld.id), outcome: 'UPHELD', answer: '经复查，维持原决定。', answeredOn: '2025-10-08' }, province);
  const after = await d.ok('decideAppeal', revoked.id, { appealId: await openAppeal(revoked.id), outcome: 'REVOKED', answer: '经复查，撤销原决定。', answeredOn: '2025-10-08' }, province);
  expect(after.decisions[0].status).toBe('REVOKED');

  expect(await promotionReasonsFrom(upheld.decisionId, '2025-12-01')).toEqual(['NO_PROMOTION']);
  expect(await promotionReasonsFrom(revoked.decisionId, '2025-12-01')).toEqual([]);
  const [{ n }] = await t.db.dataSource.query(`SELECT count(*)::int n FROM effects WHERE decision_id = $1 AND voided_on IS NULL`, [Buffer.from(revoked.decisionId, 'base64url').toString().split(':')[1]]);
  expect(n).toBe(0);
});

it('a correction that fails reopens accountability: the committee decides anew, linked to the first decision', async () => {
  const c = await caseInExecution({
    kind: 'ACCOUNTABILITY', measureCodes: ['NOTICE_CRITICISM'], toleranceOutcome: 'LIGHTER', mitigatingCodes: ['ACTIVE_COOPERATION_AND_OWNERSHIP'],
    corrections: [{ requirements: '一个月内完成整改并书面报告。', dueOn: '2025-10-01' }],
  });
  const q = `query($id: ID!) { case(id: $id) { state decisions { id status previousDecision { id } corrections { id status } } } }`;
  const correctionId = (await t.gql(q, { id: c.id }, await token('bt.decider'))).body.data.case.decisions[0].corrections[0].id;
  await d.ok('reportCorrection', c.id, { correctionId, report: '已完成整改。', reportedOn: '2025-09-28' }, await token('bt.cadre'));
  const reopened = await d.ok('verifyCorrection', c.id, { correctionId, verified: false, note: '核查发现整改不实。', verifiedOn: '2025-10-09' }, await token('bt.decider'));
  expect(reopened.state).toBe('RECOMMENDED');
  expect(await d.auditActions(c.id)).toEqual(expect.arrayContaining(['case.report-correction', 'case.verify-correction']));

  const again = await d.ok('decide', c.id, {
    decisions: [{ subjectCadreId: cadre, kind: 'ACCOUNTABILITY', measureCodes: ['ADMONITION_TALK'], toleranceOutcome: 'REFUSED', toleranceRefusalReason: '整改不实，不予容错。', documentNumber: '北问决〔2025〕12号', facts: '整改不实。', basis: '《问责暂行办法》第七条。' }],
    meeting: { ...meeting, heldOn: '2025-10-20' }, decidedOn: '2025-10-20', effectiveOn: '2025-10-20', organisationOpinion: '同意。',
  }, await token('bt.decider'));
  expect(again.state).toBe('DECIDED');
  const decisions = (await t.gql(q, { id: c.id }, await token('bt.decider'))).body.data.case.decisions;
  const first = decisions.find((x: any) => x.id === c.decisionId);
  const second = decisions.find((x: any) => x.id !== c.decisionId);
  expect(first.status).toBe('SUPERSEDED');
  expect(second).toMatchObject({ status: 'IN_FORCE', previousDecision: { id: c.decisionId } });
  expect(await promotionReasonsFrom(second.id, '2025-12-01')).toEqual(['NO_PROMOTION']);
});
