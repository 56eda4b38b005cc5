import { TestServer } from './support/test-server.js';

/** /healthz says the process is up; /readyz also needs the database and a current schema (503 otherwise). */
let t: TestServer;
beforeAll(async () => { t = await TestServer.start(); });
afterAll(async () => t?.server.close());

const status = async (path: string) => {
  const res = await fetch(t.server.url.replace('/graphql', path));
  return { status: res.status, body: await res.json() };
};

it('is ready with the database up and the migrations applied, and unavailable once the database is gone', async () => {
  expect(await status('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
  expect(await status('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
  await t.db.close();
  expect(await status('/readyz')).toEqual({ status: 503, body: { status: 'unavailable', reason: 'database unreachable' } });
  expect((await status('/healthz')).status).toBe(200);
});
