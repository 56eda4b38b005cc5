import { LoginThrottle } from '../login-throttle.js';

const code = async (p: Promise<unknown>) => p.then(() => 'OK', (e: { extensions?: { code?: string } }) => e.extensions?.code);

describe('LoginThrottle', () => {
  it('locks a login after its allowed failures, whatever the client', async () => {
    const t = new LoginThrottle({ failuresPerLogin: 3, failuresPerClient: 100, windowSeconds: 60 });
    for (let i = 0; i < 3; i++) {
      expect(await code(t.check('a', `ip${i}`))).toBe('OK');
      await t.recordFailure('a', `ip${i}`);
    }
    expect(await code(t.check('a', 'ip9'))).toBe('TOO_MANY_ATTEMPTS');
    expect(await code(t.check('b', 'ip9'))).toBe('OK');
  });

  it('locks a client that sprays many logins', async () => {
    const t = new LoginThrottle({ failuresPerLogin: 100, failuresPerClient: 3, windowSeconds: 60 });
    for (const login of ['a', 'b', 'c']) await t.recordFailure(login, 'ip');
    expect(await code(t.check('d', 'ip'))).toBe('TOO_MANY_ATTEMPTS');
    expect(await code(t.check('d', 'other-ip'))).toBe('OK');
  });

  it('forgets a login’s failures after a success', async () => {
    const t = new LoginThrottle({ failuresPerLogin: 2, failuresPerClient: 100, windowSeconds: 60 });
    await t.recordFailure('a', 'ip');
    await t.recordSuccess('a');
    await t.recordFailure('a', 'ip');
    expect(await code(t.check('a', 'ip'))).toBe('OK');
  });
});
