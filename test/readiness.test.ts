import { TestServer } from './support/test-server.js';

/** /healthz says the process is up; /readyz also needs the database and a current schema (503 otherwise); /metrics for Prometheus. */
let t: TestServer;
beforeAll(async () => { t = await TestServer.start(); });
afterAll(async () => t?.server.close());

const status = async (path: string) => {
  const res = await fetch(t.server.url.replace('/graphql', path));
  return { status: res.status, body: await res.json() };
};

it('exports Prometheus metrics: requests and latency per operation, errors by code, statements per request, pool, event loop', async () => {
  const token = await t.tokenFor('bt.investigator');
  await t.gql('query CaseList { cases(first: 2) { totalCount } }', {}, token);
  await t.gql('query Broken { case(id: "nope") { id } }', {}, token);
  const text = await (await fetch(t.server.url.replace('/graphql', '/metrics'))).text();
  expect(text).toMatch(/rongcuo_graphql_requests_total\{operation="CaseList",status="200"\} 1/);
  expect(text).toMatch(/rongcuo_graphql_request_duration_seconds_count\{operation="CaseList"\} 1/);
  expect(text).toMatch(/rongcuo_graphql_errors_total\{code="BAD_USER_INPUT"\} 1/);
  expect(text).toMatch(/rongcuo_sql_statements_per_request_count [1-9]/);
  expect(text).toMatch(/rongcuo_db_pool_connections \d+/);
  expect(text).toMatch(/rongcuo_nodejs_eventloop_lag_seconds \d/);
});

it('is ready with the database up and the migrations applied, and unavailable once the database is gone', async () => {
  expect(await status('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
  expect(await status('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
  await t.db.close();
  expect(await status('/readyz')).toEqual({ status: 503, body: { status: 'unavailable', reason: 'database unreachable' } });
  expect((await status('/healthz')).status).toBe(200);
});
