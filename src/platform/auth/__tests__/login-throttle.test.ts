import { LoginThrottle } from '../login-throttle.js';

const code = async (p: Promise<unknown>) => p.then(() => 'OK', (e: { extensions?: { code?: string } }) => e.extensions?.code);
const options = { failuresPerLoginAndClient: 3, failuresPerClient: 100, windowSeconds: 60, failuresPerLoginPerDay: 100 };

describe('LoginThrottle', () => {
  it('refuses a login from one address after its allowed failures, and the owner still signs in from theirs', async () => {
    const t = new LoginThrottle(options);
    for (let i = 0; i < 3; i++) expect(await code(t.attempt('a', 'attacker'))).toBe('OK');
    expect(await code(t.attempt('a', 'attacker'))).toBe('TOO_MANY_ATTEMPTS');
    expect(await code(t.attempt('a', 'owner'))).toBe('OK');
  });

  it('takes the point before the password is checked: of 50 simultaneous attempts only the limit go through', async () => {
    const t = new LoginThrottle(options);
    const results = await Promise.all(Array.from({ length: 50 }, () => code(t.attempt('a', 'ip'))));
    expect(results.filter((r) => r === 'OK')).toHaveLength(3);
    expect(results.filter((r) => r === 'TOO_MANY_ATTEMPTS')).toHaveLength(47);
  });

  it('limits a client that sprays many logins, and a login guessed from many addresses in a day', async () => {
    const spray = new LoginThrottle({ ...options, failuresPerClient: 3 });
    for (const login of ['a', 'b', 'c']) await spray.attempt(login, 'ip');
    expect(await code(spray.attempt('d', 'ip'))).toBe('TOO_MANY_ATTEMPTS');
    expect(await code(spray.attempt('d', 'other-ip'))).toBe('OK');
    const daily = new LoginThrottle({ ...options, failuresPerLoginPerDay: 3 });
    for (const ip of ['1', '2', '3']) await daily.attempt('a', ip);
    expect(await code(daily.attempt('a', '4'))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('gives the points back on success', async () => {
    const t = new LoginThrottle(options);
    await t.attempt('a', 'ip');
    await t.attempt('a', 'ip');
    await (await t.attempt('a', 'ip')).succeeded();
    for (let i = 0; i < 3; i++) expect(await code(t.attempt('a', 'ip'))).toBe('OK');
  });
});
