import { TestServer } from './support/test-server.js';
import { toGlobalId } from '../src/platform/graphql/global-id.js';
import { addCalendarDays, shanghaiDateOf } from '../src/platform/calendar/working-day-calendar.js';
import { DecisionKind, ToleranceOutcome } from '../src/modules/decisions/decision.enums.js';
import { influencePeriods } from '../src/modules/decisions/influence-periods.js';

/**
 * Influence periods over HTTP: may a cadre be promoted, awarded, hold a post on a date, and why
 * not ([YY] Art. 18); and 取消问责 by the committee that decided, after the period ([YY] Art. 13).
 */
let t: TestServer;
let organisation: string;
let decider: string;

const ELIGIBILITY = `query($id: ID!, $on: CalendarDate!) {
  cadreEligibility(cadreId: $id, on: $on) {
    on cadre { id name }
    promotion { ...verdict } awards { ...verdict } holdingPost { ...verdict }
  }
}
fragment verdict on EligibilityVerdict {
  allowed
  reasons { effectKind measureCode startsOn endsOn cancelledOn documentNumber explanation decision { id documentNumber } }
}`;

const CANCEL = `mutation($input: CancelAccountabilityInput!) {
  cancelAccountability(input: $input) {
    case { id version state }
    decision { id measureCodes effects { kind startsOn endsOn cancelledOn } }
  }
}`;

interface Seeded { caseId: string; caseNumber: string; decisionId: string; cadreId: string; documentNumber: string }

const q = <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => t.db.dataSource.query(sql, params);
const count = async (sql: string, params: unknown[] = []) => Number((await q<{ n: string }>(sql, params))[0]!.n);
const auditCount = () => count(`SELECT count(*) n FROM audit_log`);
const versionOf = async (caseId: string) => (await q<{ version: number }>(`SELECT version FROM cases WHERE id = $1`, [caseId]))[0]!.version;
const errorOf = (res: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => res.body.errors?.[0]?.extensions;

/**
 * IN_FORCE accountability decisions approved by the committee with this code, on cadres that have
 * no other decision with effects (so every reason asserted below is the only one).
 */
async function decisionsApprovedBy(committeeCode: string): Promise<Seeded[]> {
  const rows = await q<{ case_id: string; case_number: string; decision_id: string; cadre_id: string; document_number: string }>(
    `SELECT DISTINCT c.id case_id, c.case_number, d.id decision_id, ef.cadre_id, d.document_number
       FROM effects ef JOIN decisions d ON d.id = ef.decision_id JOIN cases c ON c.id = d.case_id JOIN units u ON u.id = d.approving_unit_id
      WHERE u.code = $1 AND d.status = 'IN_FORCE'
        AND (SELECT count(DISTINCT o.decision_id) FROM effects o WHERE o.cadre_id = ef.cadre_id) = 1
      ORDER BY c.case_number`,
    [committeeCode],
  );
  return rows.map((r) => ({ caseId: r.case_id, caseNumber: r.case_number, decisionId: r.decision_id, cadreId: r.cadre_id, documentNumber: r.document_number }));
}

/**
 * Sets a seeded decision to other measures and another date, with the effects the decide step
 * would store (the decide mutation is not ours to call here): fixed dates keep the test
 * independent of the day it runs.
 */
async function redecide(s: Seeded, measureCodes: string[], effectiveOn: string): Promise<void> {
  await q(`UPDATE decisions SET kind = 'ACCOUNTABILITY', measure_codes = $2, tolerance_outcome = 'REFUSED', decided_on = $3, effective_on = $3 WHERE id = $1`, [s.decisionId, measureCodes, effectiveOn]);
  await q(`DELETE FROM effects WHERE decision_id = $1`, [s.decisionId]);
  for (const e of influencePeriods({ kind: DecisionKind.ACCOUNTABILITY, measureCodes, toleranceOutcome: ToleranceOutcome.REFUSED, effectiveOn })) {
    await q(`INSERT INTO effects (decision_id, cadre_id, kind, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)`, [s.decisionId, s.cadreId, e.kind, e.startsOn, e.endsOn]);
  }
}

const eligibility = (s: Pick<Seeded, 'cadreId'>, on: string, token = organisation) => t.gql(ELIGIBILITY, { id: toGlobalId('Cadre', s.cadreId), on }, token);
const cancel = async (s: Seeded, input: Partial<{ version: number; cancelledOn: string; documentNumber: string; rectified: boolean; decisionId: string }>, token = decider) =>
  t.gql(CANCEL, {
    input: {
      caseId: toGlobalId('Case', s.caseId), decisionId: toGlobalId('Decision', s.decisionId), version: await versionOf(s.caseId),
      documentNumber: 'BT取消问责〔2025〕1号', rectified: true, cancelledOn: '2025-12-01', ...input,
    },
  }, token);

let admonition: Seeded; // 诫勉谈话, 2025-04-18: no promotion until 2025-10-18, no awards in 2025
let dismissal: Seeded; // 免职, 2025-03-15
let suspension: Seeded; // 停职检查, 2025-03-15
let countyAdmonition: Seeded; // decided by a county committee below BT

beforeAll(async () => {
  t = await TestServer.start();
  organisation = await t.tokenFor('bt.organisation');
  decider = await t.tokenFor('bt.decider');
  const bt = await decisionsApprovedBy('BT-PC');
  expect(bt.length).toBeGreaterThanOrEqual(3);
  [admonition, dismissal, suspension] = bt as [Seeded, Seeded, Seeded];
  await redecide(admonition, ['ADMONITION_TALK'], '2025-04-18');
  await redecide(dismissal, ['DISMISSAL'], '2025-03-15');
  await redecide(suspension, ['SUSPENSION_FOR_INSPECTION'], '2025-03-15');
  countyAdmonition = (await decisionsApprovedBy('BT-A-PC'))[0]!;
  await redecide(countyAdmonition, ['ADMONITION_TALK'], '2025-04-18');
});
afterAll(async () => t?.stop());

describe('cadreEligibility', () => {
  it('诫勉谈话: inside the period no promotion and no awards that year, with the decision; the post is kept', async () => {
    const res = await eligibility(admonition, '2025-06-01');
    expect(res.body.errors).toBeUndefined();
    const e = res.body.data.cadreEligibility;
    expect(e.on).toBe('2025-06-01');
    expect(e.cadre.id).toBe(toGlobalId('Cadre', admonition.cadreId));
    const decision = { id: toGlobalId('Decision', admonition.decisionId), documentNumber: admonition.documentNumber };
    expect(e.promotion).toEqual({
      allowed: false,
      reasons: [{ effectKind: 'NO_PROMOTION', measureCode: 'ADMONITION_TALK', startsOn: '2025-04-18', endsOn: '2025-10-18', cancelledOn: null, documentNumber: admonition.documentNumber, explanation: expect.stringMatching(/诫勉谈话.*不得提拔.*no promotion/), decision }],
    });
    expect(e.awards).toEqual({ allowed: false, reasons: [expect.objectContaining({ effectKind: 'NO_AWARDS_THAT_YEAR', endsOn: '2025-12-31', decision })] });
    expect(e.holdingPost).toEqual({ allowed: true, reasons: [] });
  });

  it('诫勉谈话: the last day still counts; after the period and in the next year everything is allowed', async () => {
    expect((await eligibility(admonition, '2025-10-18')).body.data.cadreEligibility.promotion.allowed).toBe(false);
    const after = (await eligibility(admonition, '2025-10-19')).body.data.cadreEligibility;
    expect([after.promotion.allowed, after.awards.allowed, after.holdingPost.allowed]).toEqual([true, false, true]);
    const nextYear = (await eligibility(admonition, '2026-01-05')).body.data.cadreEligibility;
    for (const v of [nextYear.promotion, nextYear.awards, nextYear.holdingPost]) expect(v).toEqual({ allowed: true, reasons: [] });
  });

  it('免职: no post for a year, nothing above the former rank for two, and no awards that year', async () => {
    const inside = (await eligibility(dismissal, '2025-06-01')).body.data.cadreEligibility;
    expect(inside.holdingPost.reasons.map((r: any) => [r.effectKind, r.measureCode, r.endsOn])).toEqual([['NO_POST', 'DISMISSAL', '2026-03-15']]);
    expect(inside.promotion.reasons.map((r: any) => [r.effectKind, r.endsOn])).toEqual([['NOT_ABOVE_FORMER_RANK', '2027-03-15']]);
    expect(inside.awards.reasons.map((r: any) => r.effectKind).sort()).toEqual(['ANNUAL_RATING_CAP', 'NO_AWARDS_THAT_YEAR']);
    const second = (await eligibility(dismissal, '2026-06-01')).body.data.cadreEligibility;
    expect([second.promotion.allowed, second.awards.allowed, second.holdingPost.allowed]).toEqual([false, true, true]);
    const after = (await eligibility(dismissal, '2027-03-16')).body.data.cadreEligibility;
    expect([after.promotion.allowed, after.awards.allowed, after.holdingPost.allowed]).toEqual([true, true, true]);
  });

  it('停职检查: open-ended, treated as a transfer once it runs over six months', async () => {
    const e = (await eligibility(suspension, '2026-06-01')).body.data.cadreEligibility;
    expect(e.holdingPost.allowed).toBe(false);
    expect(e.holdingPost.reasons).toEqual([expect.objectContaining({ effectKind: 'UNTIL_RECTIFIED', measureCode: 'SUSPENSION_FOR_INSPECTION', endsOn: null })]);
    expect(e.holdingPost.reasons[0].explanation).toMatch(/按调离岗位处理.*treated as a transfer/);
    expect(e.promotion.allowed).toBe(false);
  });

  it('counts a decision the actor may not read, with its facts but without the decision', async () => {
    // A city-level cadre managed by the province: BT's organisation department sees the cadre, not the province's case.
    const [row] = await q<{ cadre_id: string; case_id: string; document_number: string; ends_on: string }>(
      `SELECT ef.cadre_id, c.id case_id, d.document_number, ef.ends_on FROM effects ef JOIN decisions d ON d.id = ef.decision_id JOIN cases c ON c.id = d.case_id
         JOIN units du ON du.id = c.deciding_unit_id JOIN cadres cd ON cd.id = ef.cadre_id JOIN units cu ON cu.id = cd.unit_id
        WHERE du.code = 'SF-PC' AND cu.code = 'BT-PC' AND ef.kind = 'NO_PROMOTION' AND d.status = 'IN_FORCE' LIMIT 1`,
    );
    expect(row).toBeDefined();
    const hidden = await t.gql(`query($id: ID!) { case(id: $id) { id } }`, { id: toGlobalId('Case', row!.case_id) }, organisation);
    expect(errorOf(hidden)?.code).toBe('NOT_FOUND');
    const startsOn = (await q<{ starts_on: string }>(`SELECT starts_on FROM effects WHERE cadre_id = $1 AND kind = 'NO_PROMOTION'`, [row!.cadre_id]))[0]!.starts_on;
    const res = await eligibility({ cadreId: row!.cadre_id }, addCalendarDays(startsOn, 1));
    expect(res.body.errors).toBeUndefined();
    const promotion = res.body.data.cadreEligibility.promotion;
    expect(promotion.allowed).toBe(false);
    expect(promotion.reasons).toEqual([expect.objectContaining({ effectKind: 'NO_PROMOTION', documentNumber: row!.document_number, endsOn: row!.ends_on, decision: null })]);
  });

  it('a cadre outside the actor\'s region reads as not found, like a missing one', async () => {
    const [yc] = await q<{ id: string }>(`SELECT cd.id FROM cadres cd JOIN units u ON u.id = cd.unit_id WHERE u.code LIKE 'YC-%' LIMIT 1`);
    const outside = await eligibility({ cadreId: yc!.id }, '2025-06-01');
    expect(errorOf(outside)?.code).toBe('NOT_FOUND');
    expect(outside.body.data?.cadreEligibility ?? null).toBeNull();
    const missing = await eligibility({ cadreId: '00000000-0000-4000-8000-000000000000' }, '2025-06-01');
    expect(errorOf(missing)?.code).toBe('NOT_FOUND');
    expect(outside.body.errors![0]!.message).toBe(missing.body.errors![0]!.message);
  });
});

describe('cancelAccountability', () => {
  const unchanged = async (s: Seeded, version: number, audits: number) => {
    expect(await versionOf(s.caseId)).toBe(version);
    expect(await auditCount()).toBe(audits);
    expect(await count(`SELECT count(*) n FROM effects WHERE decision_id = $1 AND (cancelled_on IS NOT NULL OR cancellation_document IS NOT NULL)`, [s.decisionId])).toBe(0);
  };

  it('refuses before the period ended, naming its last day, and changes nothing', async () => {
    const [version, audits] = [await versionOf(admonition.caseId), await auditCount()];
    const res = await cancel(admonition, { cancelledOn: '2025-10-18' });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cancelledOn', periodEndsOn: '2025-10-18' });
    expect(res.body.errors![0]!.message).toContain('2025-10-18');
    await unchanged(admonition, version, audits);
  });

  it('refuses without rectification, with a future date, a bad document number or a decision of another case', async () => {
    const [version, audits] = [await versionOf(admonition.caseId), await auditCount()];
    expect(errorOf(await cancel(admonition, { rectified: false }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rectified' });
    const tomorrow = addCalendarDays(shanghaiDateOf(new Date()), 1);
    expect(errorOf(await cancel(admonition, { cancelledOn: tomorrow }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cancelledOn' });
    expect(errorOf(await cancel(admonition, { documentNumber: ' ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documentNumber' });
    expect(errorOf(await cancel(admonition, { documentNumber: '号'.repeat(81) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documentNumber' });
    expect(errorOf(await cancel(admonition, { decisionId: toGlobalId('Decision', dismissal.decisionId) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decisionId' });
    await unchanged(admonition, version, audits);
  });

  it('another region\'s committee does not find the case; the organisation department may not decide', async () => {
    const [version, audits] = [await versionOf(admonition.caseId), await auditCount()];
    expect(errorOf(await cancel(admonition, { cancelledOn: '2025-10-19' }, await t.tokenFor('yc.decider')))?.code).toBe('NOT_FOUND');
    expect(errorOf(await cancel(admonition, { cancelledOn: '2025-10-19' }, organisation))?.code).toBe('FORBIDDEN');
    await unchanged(admonition, version, audits);
  });

  it('a committee that sees the case but did not approve the decision is outside its authority', async () => {
    const [version, audits] = [await versionOf(countyAdmonition.caseId), await auditCount()];
    expect(errorOf(await cancel(countyAdmonition, { cancelledOn: '2025-10-19' }))?.code).toBe('OUTSIDE_AUTHORITY');
    await unchanged(countyAdmonition, version, audits);
    // Its own committee may.
    const own = await cancel(countyAdmonition, { cancelledOn: '2025-10-19', documentNumber: 'BT-A取消问责〔2025〕1号' }, await t.tokenFor('bt-a.decider'));
    expect(own.body.errors).toBeUndefined();
  });

  it('the deciding committee cancels after the period: version + 1, effects cancelled, audited, state kept', async () => {
    const before = (await q<{ version: number; state: string }>(`SELECT version, state FROM cases WHERE id = $1`, [admonition.caseId]))[0]!;
    const audits = await auditCount();
    const res = await cancel(admonition, { cancelledOn: '2025-10-19', documentNumber: ' BT取消问责〔2025〕7号 ' });
    expect(res.body.errors).toBeUndefined();
    const payload = res.body.data.cancelAccountability;
    expect(payload.case).toEqual({ id: toGlobalId('Case', admonition.caseId), version: before.version + 1, state: before.state });
    expect(payload.decision.id).toBe(toGlobalId('Decision', admonition.decisionId));
    expect(payload.decision.effects.map((e: any) => e.cancelledOn)).toEqual(['2025-10-19', '2025-10-19']);
    expect(payload.decision.effects.find((e: any) => e.kind === 'NO_PROMOTION').endsOn).toBe('2025-10-18');
    expect(await q(`SELECT DISTINCT cancellation_document FROM effects WHERE decision_id = $1`, [admonition.decisionId])).toEqual([{ cancellation_document: 'BT取消问责〔2025〕7号' }]);

    expect(await auditCount()).toBe(audits + 1);
    const [audit] = await q<{ action: string; subject_type: string; subject_id: string; detail: Record<string, any>; actor_account_id: string }>(
      `SELECT action, subject_type, subject_id, detail, actor_account_id FROM audit_log ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({ action: 'case.cancel-accountability', subject_type: 'Case', subject_id: admonition.caseId });
    expect(audit!.detail).toMatchObject({ version: before.version + 1, decisionId: admonition.decisionId, cancelledOn: '2025-10-19', input: { documentNumber: 'BT取消问责〔2025〕7号', rectified: true } });
    expect(audit!.detail).not.toHaveProperty('from');
    const [account] = await q<{ id: string }>(`SELECT id FROM accounts WHERE login = 'bt.decider'`);
    expect(audit!.actor_account_id).toBe(account!.id);

    // No awards in 2025 ended with the cancellation; before it, the reason shows the cancellation to come.
    const after = (await eligibility(admonition, '2025-11-01')).body.data.cadreEligibility;
    expect([after.promotion.allowed, after.awards.allowed, after.holdingPost.allowed]).toEqual([true, true, true]);
    const earlier = (await eligibility(admonition, '2025-06-01')).body.data.cadreEligibility;
    expect(earlier.promotion.reasons[0]).toMatchObject({ effectKind: 'NO_PROMOTION', cancelledOn: '2025-10-19' });
  });

  it('a stale version is a conflict and leaves the audit table as it was; a second cancellation is refused', async () => {
    const [version, audits] = [await versionOf(admonition.caseId), await auditCount()];
    expect(errorOf(await cancel(admonition, { version: version - 1, cancelledOn: '2025-10-20' }))?.code).toBe('CONFLICT');
    expect(errorOf(await cancel(admonition, { version, cancelledOn: '2025-10-20' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decisionId' });
    expect(await versionOf(admonition.caseId)).toBe(version);
    expect(await auditCount()).toBe(audits);
    expect(await q(`SELECT DISTINCT cancelled_on FROM effects WHERE decision_id = $1`, [admonition.decisionId])).toEqual([{ cancelled_on: '2025-10-19' }]);
  });

  it('停职检查: cancelling records the end of the open-ended period; from then the cadre may hold a post', async () => {
    expect(errorOf(await cancel(suspension, { cancelledOn: '2025-03-14' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cancelledOn' });
    const res = await cancel(suspension, { cancelledOn: '2025-12-10', documentNumber: 'BT取消问责〔2025〕9号' });
    expect(res.body.errors).toBeUndefined();
    const effects = res.body.data.cancelAccountability.decision.effects;
    expect(effects.find((e: any) => e.kind === 'UNTIL_RECTIFIED')).toEqual({ kind: 'UNTIL_RECTIFIED', startsOn: '2025-03-15', endsOn: '2025-12-10', cancelledOn: '2025-12-10' });
    expect((await eligibility(suspension, '2025-12-09')).body.data.cadreEligibility.holdingPost.allowed).toBe(false);
    const after = (await eligibility(suspension, '2025-12-10')).body.data.cadreEligibility;
    expect([after.promotion.allowed, after.awards.allowed, after.holdingPost.allowed]).toEqual([true, true, true]);
  });
});
