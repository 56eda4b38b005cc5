import { TestServer } from './support/test-server.js';

/** Browser front ends on an allowed origin may call the graph; others get no CORS headers (FINDINGS 11). */
let t: TestServer;
beforeAll(async () => { t = await TestServer.start({ corsOrigins: ['https://app.rongcuo.example'] }); });
afterAll(async () => t?.stop());

const preflight = (origin: string) => fetch(t.server.url, {
  method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
});

it('answers a preflight from an allowed origin without a token, and refuses one from another origin', async () => {
  const ok = await preflight('https://app.rongcuo.example');
  expect(ok.status).toBe(204);
  expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.rongcuo.example');
  expect(ok.headers.get('access-control-allow-headers')).toContain('authorization');
  const other = await preflight('https://evil.example');
  expect(other.status).toBe(403);
  expect(other.headers.get('access-control-allow-origin')).toBeNull();
});

it('marks the actual responses for the allowed origin only, 401s included', async () => {
  const ask = (origin: string, token?: string) => fetch(t.server.url, {
    method: 'POST', headers: { origin, 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query: '{ me { login } }' }),
  });
  const anonymous = await ask('https://app.rongcuo.example');
  expect(anonymous.status).toBe(401);
  expect(anonymous.headers.get('access-control-allow-origin')).toBe('https://app.rongcuo.example');
  const signedIn = await ask('https://app.rongcuo.example', await t.tokenFor('bt.investigator'));
  expect(signedIn.status).toBe(200);
  expect(signedIn.headers.get('access-control-expose-headers')).toBe('x-request-id');
  expect((await ask('https://evil.example', await t.tokenFor('bt.investigator'))).headers.get('access-control-allow-origin')).toBeNull();
});
