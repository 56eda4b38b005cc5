import { SignJWT, jwtVerify, errors } from 'jose';

export interface JwtSettings {
  secret: Uint8Array;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

/**
 * HS256 access token whose subject is the account's login. The login (not the id) lets
 * `npm run token` sign without opening the embedded database the server holds; a token issued
 * before its account was created is refused (see authentication.service.ts).
 */
export async function issueAccessToken(settings: JwtSettings, login: string): Promise<{ token: string; expiresAt: Date }> {
  const now = Math.floor(Date.now() / 1000);
  const exp = now + settings.ttlSeconds;
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(login)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt(now)
    .setExpirationTime(exp)
    .sign(settings.secret);
  return { token, expiresAt: new Date(exp * 1000) };
}

/** Subject (login) and issue time of a valid token, or null (bad signature, wrong issuer/audience, expired). */
export async function verifyAccessToken(settings: JwtSettings, token: string): Promise<{ login: string; issuedAt: number } | null> {
  try {
    const { payload } = await jwtVerify(token, settings.secret, {
      issuer: settings.issuer,
      audience: settings.audience,
      algorithms: ['HS256'],
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    return payload.sub && payload.iat !== undefined ? { login: payload.sub, issuedAt: payload.iat } : null;
  } catch (err) {
    if (err instanceof errors.JOSEError) return null;
    throw err;
  }
}
