import { DEMO_API_TOKEN } from '../seeds/demo-accounts.js';
import { TestServer } from './support/test-server.js';

/** What each kind of actor sees: the mechanism of deny-by-default, role by role. */
let t: TestServer;
beforeAll(async () => { t = await TestServer.start(); });
afterAll(async () => t?.stop());

const CASES = `{ cases(first: 100) { totalCount edges { node { id caseNumber subjects { cadre { id name } } decidingUnit { id name } } } } }`;
const ids = (res: any) => new Set<string>(res.body.data.cases.edges.map((e: any) => e.node.id));

async function sqlIds(sql: string, params: unknown[] = []): Promise<Set<string>> {
  const rows: Array<{ id: string }> = await t.db.dataSource.query(sql, params);
  return new Set(rows.map((r) => Buffer.from(`Case:${r.id}`).toString('base64url')));
}

describe('an integrating agency with a scoped API token', () => {
  it('reads only the cases copied to its unit, and is told who it is', async () => {
    const res = await t.gql(CASES, {}, DEMO_API_TOKEN);
    expect(res.status).toBe(200);
    const expected = await sqlIds(`SELECT DISTINCT cc.case_id id FROM case_copies cc JOIN api_tokens tk ON tk.holder_unit_id = cc.recipient_unit_id WHERE tk.prefix = $1`, [DEMO_API_TOKEN.slice(0, 12)]);
    expect(expected.size).toBeGreaterThan(0);
    expect(ids(res)).toEqual(expected);
    const me = await t.gql('{ me { kind displayName scopes } }', {}, DEMO_API_TOKEN);
    expect(me.body.data.me).toEqual({ kind: 'API_TOKEN', displayName: '北塘市审计局 数据对接', scopes: ['COPIES_READ', 'UNITS_READ'] });
  });

  it('has no rule for cadres or risk filings, so those queries are refused', async () => {
    const res = await t.gql('{ cadres { totalCount } }', {}, DEMO_API_TOKEN);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('stops working once revoked', async () => {
    await t.db.dataSource.query(`UPDATE api_tokens SET revoked_at = now() WHERE prefix = $1`, [DEMO_API_TOKEN.slice(0, 12)]);
    expect((await t.gql('{ me { kind } }', {}, DEMO_API_TOKEN)).status).toBe(401);
    await t.db.dataSource.query(`UPDATE api_tokens SET revoked_at = NULL WHERE prefix = $1`, [DEMO_API_TOKEN.slice(0, 12)]);
  });
});

describe('a cadre using self-service', () => {
  it('sees only the cases where they are a subject, and their own personal data', async () => {
    const token = await t.tokenFor('bt.cadre');
    const me = await t.gql('{ me { cadre { id name idNumber } } }', {}, token);
    const cadre = me.body.data.me.cadre;
    expect(cadre.idNumber).toMatch(/^4101/);
    const res = await t.gql(CASES, {}, token);
    expect(res.body.data.cases.totalCount).toBeGreaterThan(0);
    for (const e of res.body.data.cases.edges) expect(e.node.subjects.some((s: any) => s.cadre?.id === cadre.id)).toBe(true);
    const cadreUuid = Buffer.from(cadre.id, 'base64url').toString().split(':')[1];
    expect(ids(res)).toEqual(await sqlIds('SELECT DISTINCT case_id id FROM case_subjects WHERE cadre_id = $1', [cadreUuid]));
  });

  it('never sees the reporter of their own case', async () => {
    const token = await t.tokenFor('bt.cadre');
    const res = await t.gql('{ cases { edges { node { reporter { name } } } } }', {}, token);
    expect(res.body.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(res.body.data.cases.edges.every((e: any) => e.node.reporter === null)).toBe(true);
  });
});

describe('a unit party organisation', () => {
  it('sees the cases copied (抄送) to its unit and those about its own cadres, nothing else', async () => {
    const token = await t.tokenFor('bt.unit-party');
    const res = await t.gql(CASES, {}, token);
    const expected = await sqlIds(
      `SELECT DISTINCT cc.case_id id FROM case_copies cc JOIN role_grants g ON g.unit_id = cc.recipient_unit_id JOIN accounts a ON a.id = g.account_id WHERE a.login = 'bt.unit-party'
       UNION SELECT DISTINCT cs.case_id FROM case_subjects cs JOIN cadres cd ON cd.id = cs.cadre_id JOIN role_grants g ON g.unit_id = cd.unit_id JOIN accounts a ON a.id = g.account_id WHERE a.login = 'bt.unit-party'`,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(ids(res)).toEqual(expected);
  });
});

describe('an appeal reviewer', () => {
  it('sees decisions of the bodies below it, never its own committee’s', async () => {
    const token = await t.tokenFor('bt.appeals');
    const res = await t.gql(CASES, {}, token);
    const names = res.body.data.cases.edges.map((e: any) => e.node.decidingUnit.name as string);
    expect(names.length).toBeGreaterThan(0);
    expect(names).not.toContain('中共北塘市委员会');
    expect(names.every((n: string) => n.startsWith('中共北塘'))).toBe(true);
  });
});

describe('review and personnel bodies see decided cases only (FINDINGS 1)', () => {
  const UNDECIDED = `{ cases(first: 100, filter: { states: [REGISTERED, INITIATED, INVESTIGATING, RECOMMENDED, DISMISSED] }) { totalCount edges { node { handlingUnit { id } } } } }`;
  it('an appeal body lists no undecided case', async () => {
    for (const login of ['bt.appeals', 'sf.appeals', 'yc.appeals']) {
      const res = await t.gql(UNDECIDED, {}, await t.tokenFor(login));
      expect({ login, n: res.body.data.cases.totalCount }).toEqual({ login, n: 0 });
    }
  });

  it('an organisation department lists undecided cases only where it handles them itself', async () => {
    for (const login of ['bt.organisation', 'sf.organisation', 'yc-a.organisation']) {
      const [{ unit_id }] = await t.db.dataSource.query(`SELECT g.unit_id FROM role_grants g JOIN accounts a ON a.id = g.account_id WHERE a.login = $1`, [login]);
      const res = await t.gql(UNDECIDED, {}, await t.tokenFor(login));
      for (const e of res.body.data.cases.edges) expect(Buffer.from(e.node.handlingUnit.id, 'base64url').toString()).toBe(`Unit:${unit_id}`);
      const decided = await t.gql(`{ cases(filter: { states: [DECIDED, SERVED, EXECUTING, NOTIFIED, ARCHIVED] }) { totalCount } }`, {}, await t.tokenFor(login));
      expect(decided.body.data.cases.totalCount).toBeGreaterThan(0);
    }
  });
});

describe('an administrator', () => {
  it('manages accounts but holds no rule for case content', async () => {
    const token = await t.tokenFor('bt.admin');
    const res = await t.gql('{ cases { totalCount } }', {}, token);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.body.data).toBeNull();
    const units = await t.gql('{ unitTree { name children { name } } }', {}, token);
    expect(units.body.data.unitTree[0].name).toBe('中共示范省委员会');
  });
});

describe('the organisation department', () => {
  it('reads personal data of cadres in its region; an investigator gets null and FORBIDDEN on that path', async () => {
    const q = `{ cadres(first: 5) { edges { node { name idNumber } } } }`;
    const org = await t.gql(q, {}, await t.tokenFor('bt.organisation'));
    expect(org.body.errors).toBeUndefined();
    expect(org.body.data.cadres.edges.every((e: any) => /^4101/.test(e.node.idNumber))).toBe(true);
    const inv = await t.gql(q, {}, await t.tokenFor('bt.investigator'));
    expect(inv.body.data.cadres.edges.every((e: any) => e.node.idNumber === null)).toBe(true);
    expect(inv.body.errors?.map((e) => e.path?.slice(-1)[0])).toEqual(Array(5).fill('idNumber'));
  });
});

describe('clarifications and risk filings', () => {
  it('are scoped like cases: 北塘市 bodies see 北塘市 rows only', async () => {
    const token = await t.tokenFor('bt.investigator');
    const res = await t.gql('{ clarifications { totalCount edges { node { clarifyingUnit { name } cadre { name } } } } riskFilings(first: 50) { totalCount edges { node { filingNumber filingUnit { name } } } } }', {}, token);
    expect(res.body.errors).toBeUndefined();
    for (const e of res.body.data.clarifications.edges) expect(e.node.clarifyingUnit.name).toMatch(/^北塘/);
    expect(res.body.data.riskFilings.totalCount).toBeGreaterThan(0);
    for (const e of res.body.data.riskFilings.edges) expect(e.node.filingNumber).toMatch(/^BT/);
    const filing = await t.gql('{ riskFilings { totalCount } }', {}, await t.tokenFor('bt.filing'));
    expect(filing.body.data.riskFilings.totalCount).toBe(res.body.data.riskFilings.totalCount);
  });
});

describe('a case citing a risk filing', () => {
  it('shows the filing to those who may see both, and hides it from those who may see only the case', async () => {
    const q = `{ cases(first: 100, filter: { search: "容缺审批" }) { edges { node { caseNumber riskFilings { filingNumber state } } } } }`;
    const inv = await t.gql(q, {}, await t.tokenFor('bt.investigator'));
    expect(inv.body.errors).toBeUndefined();
    const linked = inv.body.data.cases.edges.filter((e: any) => e.node.riskFilings.length > 0);
    expect(linked.length).toBeGreaterThan(0);
    for (const e of linked) expect(e.node.riskFilings.every((f: any) => f.state === 'ACCEPTED' && f.filingNumber.startsWith('BT'))).toBe(true);
    // The appeal reviewer may read some of those cases, but holds no rule for risk filings.
    const appeals = await t.gql(q, {}, await t.tokenFor('bt.appeals'));
    expect(appeals.body.errors).toBeUndefined();
    const linkedNumbers = new Set(linked.map((e: any) => e.node.caseNumber));
    expect(appeals.body.data.cases.edges.some((e: any) => linkedNumbers.has(e.node.caseNumber))).toBe(true);
    for (const e of appeals.body.data.cases.edges) expect(e.node.riskFilings).toEqual([]);
  });
});

describe('reference data and rule regimes', () => {
  it('serves the catalogues from the policy documents', async () => {
    const res = await t.gql('{ catalogues(kind: "CRITERIA_SET") { code items { code nameZh } } }', {}, await t.tokenFor('yc.investigator'));
    expect(res.body.errors).toBeUndefined();
    const byCode = Object.fromEntries(res.body.data.catalogues.map((c: any) => [c.code, c.items.length]));
    expect(byCode).toEqual({ CRITERIA_BT: 6, CRITERIA_YC: 7 });
  });

  it('serves the working-day calendar, make-up working days included', async () => {
    const res = await t.gql('{ calendarDays(year: 2026) { date kind } }', {}, await t.tokenFor('bt.cadre'));
    const days = res.body.data.calendarDays as Array<{ date: string; kind: string }>;
    expect(days).toContainEqual({ date: '2026-02-14', kind: 'WORKDAY' });
    expect(days).toContainEqual({ date: '2026-10-01', kind: 'HOLIDAY' });
    expect((await t.gql('{ calendarDays(year: 1900) { date } }', {}, await t.tokenFor('bt.cadre'))).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives each unit the rules of the nearest unit that sets them: the local rule wins in its tree', async () => {
    const res = await t.gql(`{ units(first: 100, filter: { kinds: [PARTY_COMMITTEE] }) { edges { node { code ruleRegime { code criteriaCatalogueCode } } } } }`, {}, await t.tokenFor('sf.admin'));
    const regimeOf = Object.fromEntries(res.body.data.units.edges.map((e: any) => [e.node.code, e.node.ruleRegime?.code]));
    expect(regimeOf['SF-PC']).toBe('HN');
    expect(regimeOf['BT-PC']).toBe('BT');
    expect(regimeOf['BT-A-PC']).toBe('BT');
    expect(regimeOf['BT-A-T1']).toBe('BT');
    expect(regimeOf['YC-C-PC']).toBe('YC');
  });
});

describe('query limits', () => {
  it('refuses a query deeper than the graph needs, before running it', async () => {
    const deep = `{ unitTree { children { children { children { children { children { children { children { children { children { children { children { name } } } } } } } } } } } } }`;
    const token = await t.tokenFor('sf.admin');
    const before = t.db.logger.count;
    const res = await t.gql(deep, {}, token);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.message).toMatch(/depth/i);
    expect(t.db.logger.count - before).toBe(1); // authentication only: nothing of the query ran
  });
});
