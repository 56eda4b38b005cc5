import { TestServer } from './support/test-server.js';

/**
 * Reads are scoped by jurisdiction: what an investigator of one city sees, what it does not,
 * and that out-of-scope rows answer exactly like rows that do not exist.
 */
let t: TestServer;
let bt: string;
let yc: string;

const CASE_IDS = `query($first: Int, $after: String) { cases(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id caseNumber handlingUnit { id } } } } }`;

async function dbCount(sql: string, params: unknown[] = []): Promise<number> {
  const rows: Array<{ n: string }> = await t.db.dataSource.query(sql, params);
  return Number(rows[0]!.n);
}

/** Cases whose handling body lies in the subtree of the region committee with this code. */
const casesHandledUnder = (code: string) =>
  dbCount(`SELECT count(*) n FROM cases c JOIN units h ON h.id = c.handling_unit_id JOIN units r ON r.code = $1 WHERE h.path LIKE r.path || '%'`, [code]);

beforeAll(async () => {
  t = await TestServer.start();
  bt = await t.tokenFor('bt.investigator');
  yc = await t.tokenFor('yc.investigator');
});
afterAll(async () => t?.stop());

describe('authentication', () => {
  it('answers 401 without a token, with a bad token and with a token signed by another key', async () => {
    expect((await t.gql('{ me { login } }')).status).toBe(401);
    expect((await t.gql('{ me { login } }', {}, 'not-a-jwt')).status).toBe(401);
    const forged = bt.slice(0, bt.lastIndexOf('.') + 1) + 'AAAA' + bt.slice(bt.lastIndexOf('.') + 5);
    expect((await t.gql('{ me { login } }', {}, forged)).status).toBe(401);
    const res = await t.gql('{ cases { totalCount } }');
    expect(res.status).toBe(401);
    // A GET carrying an operation is an operation too, whatever it accepts.
    const get = await fetch(`${t.server.url}?query=${encodeURIComponent('{ me { login } }')}`, { headers: { accept: 'text/html', 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(401);
    const landing = await fetch(t.server.url, { headers: { accept: 'text/html' } });
    expect(landing.status).toBe(200);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a demo token minted before the server first seeded its accounts (FINDINGS 9)', async () => {
    const { SignJWT } = await import('jose');
    const iat = Math.floor(Date.now() / 1000) - 3600; // an hour before this test database was seeded
    const early = await new SignJWT({}).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject('bt.investigator')
      .setIssuer(t.jwt.issuer).setAudience(t.jwt.audience).setIssuedAt(iat).setExpirationTime(iat + 7200).sign(t.jwt.secret);
    expect((await t.gql('{ me { login } }', {}, early)).status).toBe(200);
  });

  it('refuses a token for an unknown login, and one issued before its account existed', async () => {
    const { issueAccessToken } = await import('../src/platform/auth/jwt.js');
    const ghost = (await issueAccessToken(t.jwt, 'nobody.here')).token;
    expect((await t.gql('{ me { login } }', {}, ghost)).status).toBe(401);
    const old = (await issueAccessToken(t.jwt, 'yc.admin')).token;
    await t.db.dataSource.query(`UPDATE accounts SET created_at = now() + interval '1 hour' WHERE login = 'yc.admin'`);
    expect((await t.gql('{ me { login } }', {}, old)).status).toBe(401);
    await t.db.dataSource.query(`UPDATE accounts SET created_at = now() - interval '1 hour' WHERE login = 'yc.admin'`);
    expect((await t.gql('{ me { login } }', {}, old)).status).toBe(200);
  });

  it('locks a login after ten failed attempts, even against the right password', async () => {
    const attempt = (password: string) => t.gql(`mutation($p: String!) { login(login: "yc-c.filing", password: $p) { accessToken } }`, { p: password });
    for (let i = 0; i < 10; i++) expect((await attempt(`wrong-${i}`)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const locked = await attempt('rongcuo-demo');
    expect(locked.body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
  });

  it('pays for an attempt before verifying it: of 60 simultaneous wrong passwords only 10 are checked (FINDINGS 2)', async () => {
    const attempt = () => t.gql(`mutation { login(login: "yc-b.filing", password: "wrong") { accessToken } }`);
    const codes = (await Promise.all(Array.from({ length: 60 }, attempt))).map((r) => r.body.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(50);
    const [{ n }] = await t.db.dataSource.query(`SELECT count(*)::int n FROM audit_log WHERE action = 'login-failed' AND detail->>'login' = 'yc-b.filing'`);
    expect(n).toBe(10);
  });

  it('refuses unbounded or control-character credentials before anything is stored (FINDINGS 6, 10)', async () => {
    const before = await t.db.dataSource.query(`SELECT count(*)::int n FROM audit_log`);
    const long = await t.gql(`mutation($l: String!) { login(login: $l, password: "x") { accessToken } }`, { l: 'x'.repeat(10_000) });
    expect(long.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'login' });
    const nul = await t.gql(`mutation($p: String!) { login(login: "bt.investigator", password: $p) { accessToken } }`, { p: 'rongcuo-demo\u0000' });
    expect(nul.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await t.db.dataSource.query(`SELECT count(*)::int n FROM audit_log`)).toEqual(before);
  });

  it('lets login through without a token, and nothing else in the same operation', async () => {
    const ok = await t.gql(`mutation { login(login: "bt.investigator", password: "rongcuo-demo") { accessToken expiresAt } }`);
    expect(ok.status).toBe(200);
    const token = ok.body.data.login.accessToken as string;
    const me = await t.gql('{ me { kind login displayName grants { role unit { name } } } }', {}, token);
    expect(me.body.data.me).toMatchObject({ kind: 'ACCOUNT', login: 'bt.investigator', grants: [{ role: 'INVESTIGATOR', unit: { name: '北塘市纪委监委' } }] });
    const sneaky = await t.gql(`mutation { login(login: "x", password: "y") { accessToken } } query Q { cases { totalCount } }`);
    expect(sneaky.status).toBe(401);
  });

  it('refuses a wrong password with a stable code, and audits the attempt', async () => {
    const res = await t.gql(`mutation { login(login: "bt.investigator", password: "wrong") { accessToken } }`);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await dbCount(`SELECT count(*) n FROM audit_log WHERE action = 'login-failed' AND detail->>'login' = 'bt.investigator'`)).toBeGreaterThan(0);
  });
});

describe('an investigator of 北塘市', () => {
  it('lists exactly the cases handled in 北塘市 and its counties, none of 宜川市', async () => {
    const expected = await casesHandledUnder('BT-PC');
    expect(expected).toBeGreaterThan(10);
    const res = await t.gql(CASE_IDS, { first: 100 }, bt);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.cases.totalCount).toBe(expected);
    expect(res.body.data.cases.edges).toHaveLength(expected);
    for (const e of res.body.data.cases.edges) expect(e.node.caseNumber).toMatch(/^BT/);
    const ycRes = await t.gql(CASE_IDS, { first: 100 }, yc);
    expect(ycRes.body.data.cases.totalCount).toBe(await casesHandledUnder('YC-PC'));
    const ycIds = new Set(ycRes.body.data.cases.edges.map((e: any) => e.node.id));
    for (const e of res.body.data.cases.edges) expect(ycIds.has(e.node.id)).toBe(false);
  });

  it('gets "not found" for a 宜川市 case, exactly as for an id that does not exist', async () => {
    const ycCaseId = (await t.gql(CASE_IDS, { first: 1 }, yc)).body.data.cases.edges[0].node.id as string;
    const other = await t.gql('query($id: ID!) { case(id: $id) { id title } }', { id: ycCaseId }, bt);
    const missingId = Buffer.from('Case:00000000-0000-4000-8000-000000000000').toString('base64url');
    const missing = await t.gql('query($id: ID!) { case(id: $id) { id title } }', { id: missingId }, bt);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(other.body.errors?.[0]?.message).toBe(missing.body.errors?.[0]?.message);
    expect(other.body.data).toEqual(missing.body.data);
    // The same through node(id), and through a filter naming the other city's case subject.
    const node = await t.gql('query($id: ID!) { node(id: $id) { id } }', { id: ycCaseId }, bt);
    expect(node.body.data.node).toBeNull();
    const own = await t.gql('query($id: ID!) { case(id: $id) { id } }', { id: ycCaseId }, yc);
    expect(own.body.data.case.id).toBe(ycCaseId);
  });

  it('cannot learn anything through a cursor built from another city’s case', async () => {
    const ycPage = await t.gql(CASE_IDS, { first: 1 }, yc);
    const cursor = ycPage.body.data.cases.pageInfo.endCursor as string;
    const res = await t.gql(CASE_IDS, { first: 100, after: cursor }, bt);
    for (const e of res.body.data.cases.edges) expect(e.node.caseNumber).toMatch(/^BT/);
  });

  it('reads the reporter only on cases its own commission handles, and every such read is audited', async () => {
    const q = `{ cases(first: 100) { edges { node { id caseNumber clueSource handlingUnit { name } reporter { name contact } } } } }`;
    const before = await dbCount(`SELECT count(*) n FROM audit_log WHERE action = 'read-confidential'`);
    const res = await t.gql(q, {}, bt);
    const edges = res.body.data.cases.edges as any[];
    const forbiddenPaths = new Set((res.body.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => e.path![2]));
    let allowed = 0;
    edges.forEach((e, i) => {
      const own = e.node.handlingUnit.name === '北塘市纪委监委';
      expect(forbiddenPaths.has(i)).toBe(!own);
      if (!own) expect(e.node.reporter).toBeNull();
      if (own) allowed++;
      if (own && e.node.clueSource === 'CITIZEN_REPORT') expect(e.node.reporter.name).toMatch(/^举报人/);
    });
    expect(allowed).toBeGreaterThan(0);
    const after = await dbCount(`SELECT count(*) n FROM audit_log WHERE action = 'read-confidential'`);
    expect(after - before).toBe(allowed);
  });
});

describe('pagination', () => {
  it('walks every case in pages with stable cursors, no duplicates and no gaps', async () => {
    const sf = await t.tokenFor('sf.investigator');
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page++) {
      const res: any = await t.gql(CASE_IDS, { first: 7, after }, sf);
      total = res.body.data.cases.totalCount;
      seen.push(...res.body.data.cases.edges.map((e: any) => e.node.id));
      if (!res.body.data.cases.pageInfo.hasNextPage) break;
      after = res.body.data.cases.pageInfo.endCursor;
    }
    expect(total).toBe(await dbCount('SELECT count(*) n FROM cases'));
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('rejects a forged cursor and an oversized page with stable codes', async () => {
    const bad = await t.gql(CASE_IDS, { first: 5, after: 'garbage' }, bt);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('INVALID_CURSOR');
    const wrongShape = await t.gql(CASE_IDS, { first: 5, after: Buffer.from('["x"]').toString('base64url') }, bt);
    expect(wrongShape.body.errors?.[0]?.extensions?.code).toBe('INVALID_CURSOR');
    const big = await t.gql(CASE_IDS, { first: 101 }, bt);
    expect(big.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('validates cursors, search texts and list arguments before any SQL (FINDINGS 8)', async () => {
    const cursor = (values: string[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const uuid = '00000000-0000-4000-8000-000000000000';
    for (const values of [['2026-03-01T00:00:00.000Z', 'not-a-uuid'], ['2025-02-30T00:00:00.000Z', uuid], ['+275760-09-13T00:00:00.000Z', uuid], ['2026-03-01', uuid]]) {
      const res = await t.gql(CASE_IDS, { first: 5, after: cursor(values) }, bt);
      expect({ values, code: res.body.errors?.[0]?.extensions?.code }).toEqual({ values, code: 'INVALID_CURSOR' });
    }
    const nul = await t.gql(`query($q: String) { cases(filter: { search: $q }) { totalCount } }`, { q: 'a\u0000b' }, bt);
    expect(nul.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const many = await t.gql(`query($s: [CaseState!]) { cases(filter: { states: $s }) { totalCount } }`, { s: Array.from({ length: 70_000 }, () => 'REGISTERED') }, bt);
    expect(many.body.data.cases.totalCount).toBeGreaterThan(0); // 70,000 copies of one value are one value
    const relay = await t.gql(`{ cases(first: 2) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }`, {}, bt);
    const info = relay.body.data.cases.pageInfo;
    expect(info).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: relay.body.data.cases.edges[0].cursor, endCursor: relay.body.data.cases.edges[1].cursor });
    const fine = await t.gql(CASE_IDS, { first: 1 }, bt);
    const after = fine.body.data.cases.pageInfo.endCursor;
    expect((await t.gql(CASE_IDS, { first: 1, after }, bt)).body.errors).toBeUndefined();
  });
});

describe('DataLoader batching', () => {
  const PAGE = `query($first: Int) { cases(first: $first) { edges { node { id title state
      subjects { kind cadre { name post unit { name } managingCommittee { name } } }
      handlingUnit { name parent { name } } decidingUnit { name }
      decisions { kind measureCodes approvingUnit { name } effects { kind endsOn } }
      appeals { state reviewingUnit { name } } } } } }`;

  // Loaders batch breadth-first (BatchWaves), so the statements are: authentication, the page,
  // and one per (loader, wave) of the query's shape: at most 10 here, whatever the page size.
  // A larger page may need fewer (the loader cache can already hold a later wave's units),
  // never more.
  it('runs a page of 50 cases with subjects, units and decisions in no more statements than a page of 1', async () => {
    const sf = await t.tokenFor('sf.investigator');
    const counts: Record<number, number> = {};
    for (const first of [1, 5, 10, 25, 50]) {
      let res: any;
      counts[first] = await t.countStatements(async () => { res = await t.gql(PAGE, { first }, sf); });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.cases.edges).toHaveLength(first);
      if (first >= 10) {
        const nodes = res.body.data.cases.edges.map((e: any) => e.node);
        expect(nodes.some((n: any) => n.decisions.some((d: any) => d.effects.length > 0))).toBe(true);
        expect(nodes.some((n: any) => n.appeals.length > 0)).toBe(true);
      }
    }
    // auth, page, subjects, units, decisions, appeals, cadres, units, effects, units
    for (const n of Object.values(counts)) expect(n).toBeLessThanOrEqual(10);
    expect(counts[50]).toBeLessThanOrEqual(counts[10]!);
    expect(counts[50]).toBeLessThanOrEqual(counts[1]!);
  });
});
