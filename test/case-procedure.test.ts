import { CaseDriver, gid } from './support/case-steps.js';
import { TestServer } from './support/test-server.js';

/**
 * The case procedure end to end over HTTP (DOMAIN.md §2): each rule set's case walked through
 * every state by the roles that hold each step, and the refusals that must change nothing.
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

async function one<T = any>(sql: string, params: unknown[] = []): Promise<T> {
  const rows = await t.db.dataSource.query(sql, params);
  if (!rows[0]) throw new Error(`no row: ${sql}`);
  return rows[0] as T;
}

/** A cadre managed by the committee with this code, optionally in a unit of a given kind. */
async function cadreManagedBy(committeeCode: string, offset = 0): Promise<string> {
  const r = await one<{ id: string }>(
    `SELECT cd.id FROM cadres cd JOIN units m ON m.id = cd.managing_committee_id WHERE m.code = $1 ORDER BY cd.name, cd.id OFFSET $2 LIMIT 1`, [committeeCode, offset]);
  return gid('Cadre', r.id);
}

const clue = (cadreId: string, extra: Record<string, unknown> = {}) => ({
  subjectCadreIds: [cadreId], clueSource: 'CITIZEN_REPORT', conductCategory: 'INACTION', conductSituationCode: 'SHIRKING_AND_DELAY',
  title: '项目审批久拖不决', summary: '群众反映项目审批超期未办结。', clueReceivedOn: '2025-09-26', reporter: { name: '张某', contact: '13900000000' }, ...extra,
});
const decision = (cadreId: string, extra: Record<string, unknown> = {}) => ({
  subjectCadreId: cadreId, kind: 'ACCOUNTABILITY', measureCodes: ['ADMONITION_TALK'], toleranceOutcome: 'REFUSED', toleranceRefusalReason: '不符合容错前提条件。',
  documentNumber: '问决〔2025〕1号', facts: '经查，审批超期。', basis: '《问责暂行办法》第七条、第十四条。', ...extra,
});
const meeting = { name: '常委会第12次会议', heldOn: '2025-11-03', total: 11, present: 9 };

describe('北塘 ([BT] rules): a clue taken to archive by the roles that hold each step', () => {
  it('walks REGISTERED → … → ARCHIVED, every step audited', async () => {
    const inv = await token('bt.investigator');
    const decider = await token('bt.decider');
    const cadre = await cadreManagedBy('BT-PC');
    const registered = await d.ok('registerClue', null, clue(cadre), inv);
    const id = registered.id;
    expect(registered).toMatchObject({ state: 'REGISTERED', version: 1, reportedUpTo: null, deadlines: { recommendationDueOn: '2025-10-23' } });
    expect(registered.decidingUnit.name).toBe('中共北塘市委员会');

    expect(await d.ok('initiateCase', id, { approvedBy: '北塘市纪委监委主要负责人' }, inv)).toMatchObject({ state: 'INITIATED', toleranceOrigin: 'EX_OFFICIO' });
    expect((await d.ok('startInvestigation', id, {}, inv)).state).toBe('INVESTIGATING');
    await d.ok('addEvidence', id, { kind: 'DOCUMENT', title: '审批台账', description: '调取审批台账。', collectedOn: '2025-10-09' }, inv);
    await d.ok('inviteParticipant', id, { kind: 'EXPERT', name: '李专家', organisation: '市政务服务中心', role: '审批流程论证', invitedOn: '2025-10-10' }, inv);
    // No statement yet: neither a recommendation nor a decision may be made.
    await d.refused('STATEMENT_REQUIRED', 'recommend', id, { accountabilityOpinion: '建议问责', toleranceOpinion: '不予容错', recommendedOn: '2025-10-20' }, inv);
    await d.ok('recordStatement', id, { subjectCadreId: cadre, kind: 'STATEMENT', content: '本人陈述如下……', heardOn: '2025-10-14' }, inv);
    await d.ok('assessTolerance', id, {
      findings: [{ criterionCode: 'MOTIVE', finding: '未谋取私利', favourable: true }, { criterionCode: 'PROCEDURE', finding: '未履行集体决策程序', favourable: false }],
      unmetPreconditionCodes: ['COLLECTIVE_DEMOCRATIC_PROCEDURE'],
    }, inv);
    // 六看 is 北塘's criteria set: 宜川's 群众态度 is not one of them.
    await d.refused('BAD_USER_INPUT', 'assessTolerance', id, { findings: [{ criterionCode: 'PUBLIC_ATTITUDE', finding: '—', favourable: true }] }, inv);
    const recommended = await d.ok('recommend', id, { accountabilityOpinion: '建议诫勉', toleranceOpinion: '不具备容错前提', recommendedToleranceOutcome: 'REFUSED', recommendedMeasureCodes: ['ADMONITION_TALK'], recommendedOn: '2025-10-20' }, inv);
    expect(recommended).toMatchObject({ state: 'RECOMMENDED', recommendedOn: '2025-10-20' });

    // The investigators do not decide; the committee with management authority does, collectively.
    await d.refused('FORBIDDEN', 'decide', id, { decisions: [decision(cadre)], meeting, decidedOn: '2025-11-03', effectiveOn: '2025-11-03', organisationOpinion: '同意' }, inv);
    await d.refused('BAD_USER_INPUT', 'decide', id, { decisions: [decision(cadre)], meeting, decidedOn: '2025-11-03', effectiveOn: '2025-11-03' }, decider);
    const decided = await d.ok('decide', id, { decisions: [decision(cadre)], meeting, decidedOn: '2025-11-03', effectiveOn: '2025-11-03', organisationOpinion: '市委组织部审核同意。' }, decider);
    expect(decided.state).toBe('DECIDED');
    expect(decided.decisions[0].effects.map((e: any) => e.kind).sort()).toEqual(['NO_AWARDS_THAT_YEAR', 'NO_PROMOTION']);
    expect(decided.decisions[0].effects.find((e: any) => e.kind === 'NO_PROMOTION').endsOn).toBe('2026-05-03');

    const served = await d.ok('serveDecision', id, { servedOn: '2025-11-05' }, inv);
    expect(served.decisions[0]).toMatchObject({ servedOn: '2025-11-05', appealDeadlineOn: '2025-11-20' });
    expect((await d.ok('startExecution', id, { startedOn: '2025-11-06' }, inv)).state).toBe('EXECUTING');
    const notified = await d.ok('notifyConclusion', id, { notifiedOn: '2025-11-27' }, inv);
    // [BT] §(四)4 copies to the supervising and upper departments and the organisation department; the
    // subject heads a city department, whose supervising body is the deciding committee itself (no copy to itself).
    expect(notified.copies.map((c: any) => c.recipientRole).sort()).toEqual(['ORGANISATION_HR', 'UPPER_DEPARTMENT']);
    expect(notified.copies.map((c: any) => c.recipient.name)).not.toContain('中共北塘市委员会');
    // Notified on a Thursday: 5 working days run over the weekend to the next Thursday.
    expect(notified.deadlines.archiveDueOn).toBe('2025-12-04');
    const archived = await d.ok('archiveCase', id, { archivedOn: '2025-12-05' }, inv);
    expect(archived).toMatchObject({ state: 'ARCHIVED', archivedOn: '2025-12-05', archivedLate: true, availableEvents: [] });

    expect(await d.auditActions(id)).toEqual([
      'case.register', 'case.initiate', 'case.start-investigation', 'case.add-evidence', 'case.invite-participant', 'case.record-statement',
      'case.assess-tolerance', 'case.recommend', 'case.decide', 'case.serve', 'case.start-execution', 'case.notify', 'case.archive',
    ]);
    const entry = await one<{ detail: any; request_id: string | null; actor_account_id: string }>(`SELECT detail, request_id, actor_account_id FROM audit_log WHERE subject_id = $1 AND action = 'case.decide'`, [Buffer.from(id, 'base64url').toString().split(':')[1]]);
    expect(entry.detail).toMatchObject({ event: 'DECIDE', from: 'RECOMMENDED', to: 'DECIDED', version: 9 });
    expect(entry.request_id).toBeTruthy();
  });
});

describe('宜川 ([YC] rules): a written tolerance application, decided 减轻 with a correction', () => {
  it('accepts the application, puts the case first, and decides 减轻', async () => {
    const inv = await token('yc.investigator');
    const self = await token('yc.cadre');
    const [{ cadre_id: cadreUuid }] = await t.db.dataSource.query(`SELECT cadre_id FROM accounts WHERE login = 'yc.cadre'`);
    const cadre = gid('Cadre', cadreUuid);
    const id = (await d.ok('registerClue', null, clue(cadre, { reporter: null, clueSource: 'CHECK_FINDINGS', clueReceivedOn: '2025-06-02' }), inv)).id;
    // The cadre may apply in writing even before the case starts; it cannot be refused at intake.
    const applied = await d.ok('applyForTolerance', id, { content: '本人系在推进改革中出现失误，申请容错。', submittedOn: '2025-06-03' }, self);
    expect(applied).toMatchObject({ state: 'REGISTERED', priority: true, toleranceOrigin: 'APPLICATION' });
    await d.ok('initiateCase', id, { approvedBy: '宜川市纪委监委主要负责人' }, inv);
    await d.ok('startInvestigation', id, {}, inv);
    await d.ok('submitStatement', id, { kind: 'DEFENCE', content: '本人申辩如下……', heardOn: '2025-06-10' }, self);
    await d.ok('assessTolerance', id, {
      findings: [{ criterionCode: 'PUBLIC_ATTITUDE', finding: '群众评价较好', favourable: true }, { criterionCode: 'OVERALL_EFFECT', finding: '改革总体成效明显', favourable: true }],
      tolerableSituationCodes: ['RISK_DECISION'],
    }, inv);
    await d.ok('recommend', id, { accountabilityOpinion: '建议问责', toleranceOpinion: '建议减轻', recommendedToleranceOutcome: 'REDUCED', recommendedMeasureCodes: ['NOTICE_CRITICISM'], recommendedOn: '2025-06-16' }, inv);
    const decided = await d.ok('decide', id, {
      decisions: [decision(cadre, { measureCodes: ['NOTICE_CRITICISM'], toleranceOutcome: 'REDUCED', toleranceRefusalReason: null, corrections: [{ requirements: '限期完善审批台账', dueOn: '2025-08-31' }] })],
      meeting: { ...meeting, heldOn: '2025-06-20' }, decidedOn: '2025-06-20', effectiveOn: '2025-06-20', organisationOpinion: '市委组织部审核同意。',
    }, await token('yc.decider'));
    expect(decided.decisions[0]).toMatchObject({ toleranceOutcome: 'REDUCED', measureCodes: ['NOTICE_CRITICISM'] });
    await d.ok('serveDecision', id, { servedOn: '2025-06-23' }, inv);
    await d.ok('startExecution', id, { startedOn: '2025-06-24' }, inv);
    const notified = await d.ok('notifyConclusion', id, { notifiedOn: '2025-07-01' }, inv);
    // [YC] copies to the unit's party organisation, discipline, organisation/HR, inspection and audit (the demo city has
    // no inspection office; one copy per unit, so the audit bureau gets one even when it is the cadre's own unit).
    expect(notified.copies.map((c: any) => c.recipientRole)).toEqual(expect.arrayContaining(['DISCIPLINE', 'ORGANISATION_HR', 'UNIT_PARTY_ORGANISATION']));
    expect(notified.copies.map((c: any) => c.recipient.name)).toEqual(expect.arrayContaining(['宜川市纪委监委', '宜川市委组织部', '宜川市审计局']));
    expect((await d.ok('archiveCase', id, { archivedOn: '2025-07-03' }, inv))).toMatchObject({ state: 'ARCHIVED', archivedLate: false });
    // The case file, for the committee that decided; the subject never sees the reporter or the file.
    const file = await t.gql(`query($id: ID!) { case(id: $id) { toleranceApplications { byUnit submittedOn } statements { kind } assessment { criteriaCatalogueCode tolerableSituationCodes } } }`, { id }, await token('yc.decider'));
    expect(file.body.data.case).toMatchObject({ toleranceApplications: [{ byUnit: false, submittedOn: '2025-06-03' }], statements: [{ kind: 'DEFENCE' }], assessment: { criteriaCatalogueCode: 'CRITERIA_YC', tolerableSituationCodes: ['RISK_DECISION'] } });
    const own = await t.gql(`query($id: ID!) { case(id: $id) { state evidence { title } } }`, { id }, self);
    expect(own.body.data.case).toEqual({ state: 'ARCHIVED', evidence: [] });
  });
});

describe('refusals', () => {
  it('an exclusion found blocks every tolerance outcome, in the recommendation and the decision', async () => {
    const inv = await token('bt.investigator');
    const cadre = await cadreManagedBy('BT-PC', 1);
    const id = (await d.ok('registerClue', null, clue(cadre, { clueReceivedOn: '2025-03-03' }), inv)).id;
    await d.ok('initiateCase', id, { approvedBy: '负责人' }, inv);
    await d.ok('startInvestigation', id, {}, inv);
    await d.ok('recordStatement', id, { subjectCadreId: cadre, kind: 'WAIVER', content: '本人书面放弃陈述申辩。', heardOn: '2025-03-10' }, inv);
    await d.ok('assessTolerance', id, { findings: [], exclusionCodes: ['MAJOR_ACCIDENT_OR_LOSS'] }, inv);
    const err = await d.refused('EXCLUSION_BLOCKS_TOLERANCE', 'recommend', id, { accountabilityOpinion: '问责', toleranceOpinion: '建议免责', recommendedToleranceOutcome: 'EXEMPT', recommendedOn: '2025-03-17' }, inv);
    expect(err.extensions.exclusionCodes).toEqual(['MAJOR_ACCIDENT_OR_LOSS']);
    await d.ok('recommend', id, { accountabilityOpinion: '问责', toleranceOpinion: '存在不予容错情形', recommendedToleranceOutcome: 'REFUSED', recommendedMeasureCodes: ['TRANSFER'], recommendedOn: '2025-03-17' }, inv);
    const decider = await token('bt.decider');
    for (const outcome of ['EXEMPT', 'REDUCED', 'LIGHTER']) {
      const kind = outcome === 'EXEMPT' ? 'EXEMPTION' : 'ACCOUNTABILITY';
      await d.refused('EXCLUSION_BLOCKS_TOLERANCE', 'decide', id, {
        decisions: [decision(cadre, { kind, measureCodes: kind === 'EXEMPTION' ? [] : ['TRANSFER'], toleranceOutcome: outcome, toleranceRefusalReason: null })],
        meeting, decidedOn: '2025-11-03', effectiveOn: '2025-11-03', organisationOpinion: '同意',
      }, decider);
    }
    // A stale version is CONFLICT, and changes nothing either.
    await d.refused('CONFLICT', 'decide', id, { decisions: [decision(cadre)], meeting, decidedOn: '2025-11-03', effectiveOn: '2025-11-03', organisationOpinion: '同意' }, decider, 1);
    // An illegal transition says from where and which event.
    const illegal = await d.refused('INVALID_TRANSITION', 'archiveCase', id, { archivedOn: '2025-11-03' }, inv);
    expect(illegal.extensions).toMatchObject({ from: 'RECOMMENDED', event: 'ARCHIVE' });
  });

  it('a county committee cannot decide on a city-managed cadre; the clue is reported up and the city takes it over', async () => {
    const countyInv = await token('bt-a.investigator');
    // A county leader: managed by the city committee (下管一级), working in the county.
    const leader = await one<{ id: string }>(`SELECT cd.id FROM cadres cd JOIN units u ON u.id = cd.unit_id JOIN units m ON m.id = cd.managing_committee_id WHERE u.code LIKE 'BT-A-%' AND m.code = 'BT-PC' ORDER BY cd.id LIMIT 1`);
    const cadre = gid('Cadre', leader.id);
    const reg = await d.ok('registerClue', null, clue(cadre, { clueReceivedOn: '2025-05-06' }), countyInv);
    expect(reg.reportedUpTo.name).toBe('中共北塘市委员会');
    const id = reg.id;
    await d.ok('initiateCase', id, { approvedBy: '县纪委负责人' }, countyInv);
    await d.ok('startInvestigation', id, {}, countyInv);
    await d.ok('recordStatement', id, { subjectCadreId: cadre, kind: 'STATEMENT', content: '陈述', heardOn: '2025-05-12' }, countyInv);
    await d.ok('recommend', id, { accountabilityOpinion: '建议问责', toleranceOpinion: '不予容错', recommendedOn: '2025-05-20' }, countyInv);
    const june = { ...meeting, heldOn: '2025-06-03' };
    await d.refused('OUTSIDE_AUTHORITY', 'decide', id, { decisions: [decision(cadre)], meeting: june, decidedOn: '2025-06-03', effectiveOn: '2025-06-03' }, await token('bt-a.decider'));
    await d.refused('OUTSIDE_AUTHORITY', 'returnForInvestigation', id, { reason: '补充' }, await token('bt-a.decider'));

    // 提级办理: the city's commission takes it over; from then on the county cannot act on it.
    const taken = await d.ok('takeOver', id, { reason: '市管干部，提级办理' }, await token('bt.investigator'));
    expect(taken.handlingUnit.name).toBe('北塘市纪委监委');
    expect(taken.takenOverFrom.name).toMatch(/纪委监委$/);
    await d.refused('NOT_FOUND', 'serveDecision', id, { servedOn: '2025-06-05' }, countyInv);
    await d.refused('NOT_FOUND', 'takeOver', id, { reason: '收回' }, countyInv);
    const decided = await d.ok('decide', id, { decisions: [decision(cadre)], meeting: june, decidedOn: '2025-06-03', effectiveOn: '2025-06-03', organisationOpinion: '同意' }, await token('bt.decider'));
    expect(decided.state).toBe('DECIDED');
    await d.ok('serveDecision', id, { servedOn: '2025-06-05' }, await token('bt.investigator'));
  });

  it('another city never reaches the case: NOT_FOUND, like a read', async () => {
    const cadre = await cadreManagedBy('BT-PC', 2);
    const id = (await d.ok('registerClue', null, clue(cadre), await token('bt.investigator'))).id;
    await d.refused('NOT_FOUND', 'initiateCase', id, { approvedBy: 'x' }, await token('yc.investigator'));
    await d.refused('NOT_FOUND', 'decide', id, { decisions: [decision(cadre)], meeting, decidedOn: '2025-11-03', effectiveOn: '2025-11-03' }, await token('yc.decider'));
    // A cadre of 宜川 is not there for 北塘's investigator.
    const yc = await cadreManagedBy('YC-PC');
    const res = await d.run('registerClue', clue(yc), await token('bt.investigator'));
    expect(res.code).toBe('NOT_FOUND');
  });

  it('extends the recommendation deadline once, with approval, to the regime maximum', async () => {
    const inv = await token('bt.investigator');
    const id = (await d.ok('registerClue', null, clue(await cadreManagedBy('BT-PC', 3)), inv)).id;
    await d.refused('BAD_USER_INPUT', 'extendRecommendationDeadline', id, { approvedBy: '负责人', workingDays: 31 }, inv);
    const extended = await d.ok('extendRecommendationDeadline', id, { approvedBy: '北塘市纪委监委负责人' }, inv);
    expect(extended.deadlines).toMatchObject({ recommendationDeadlineExtended: true, recommendationDueOn: '2025-11-13' });
    await d.refused('BAD_USER_INPUT', 'extendRecommendationDeadline', id, { approvedBy: '负责人' }, inv);
  });
});
