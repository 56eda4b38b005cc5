import { SignJWT } from 'jose';
import { hashPassword, verifyPassword } from '../password.js';
import { issueAccessToken, verifyAccessToken, type JwtSettings } from '../jwt.js';

const settings: JwtSettings = { secret: new TextEncoder().encode('s'.repeat(40)), issuer: 'rongcuo', audience: 'rongcuo-graph', ttlSeconds: 60 };

describe('passwords', () => {
  it('are hashed with a salted scrypt and verified', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('wrong', a)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});

describe('access tokens', () => {
  it('verify when issued by us, and carry the login and issue time', async () => {
    const { token } = await issueAccessToken(settings, 'bt.investigator');
    expect(await verifyAccessToken(settings, token)).toEqual({ login: 'bt.investigator', issuedAt: expect.any(Number) });
  });

  it('are rejected with another secret, issuer or audience, or once expired', async () => {
    const { token } = await issueAccessToken(settings, 'x');
    expect(await verifyAccessToken({ ...settings, secret: new TextEncoder().encode('t'.repeat(40)) }, token)).toBeNull();
    expect(await verifyAccessToken({ ...settings, issuer: 'other' }, token)).toBeNull();
    expect(await verifyAccessToken({ ...settings, audience: 'other' }, token)).toBeNull();
    const expired = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('acc-1').setIssuer('rongcuo').setAudience('rongcuo-graph').setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10).sign(settings.secret);
    expect(await verifyAccessToken(settings, expired)).toBeNull();
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"acc-1"}').toString('base64url')}.`;
    expect(await verifyAccessToken(settings, unsigned)).toBeNull();
  });
});
