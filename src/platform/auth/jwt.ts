import { SignJWT, jwtVerify, errors } from 'jose';

export interface JwtSettings {
  secret: Uint8Array;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

/** HS256 access token whose subject is the account id. */
export async function issueAccessToken(settings: JwtSettings, accountId: string, login: string): Promise<{ token: string; expiresAt: Date }> {
  const now = Math.floor(Date.now() / 1000);
  const exp = now + settings.ttlSeconds;
  const token = await new SignJWT({ login })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(accountId)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt(now)
    .setExpirationTime(exp)
    .sign(settings.secret);
  return { token, expiresAt: new Date(exp * 1000) };
}

/** The account id of a valid token, or null (bad signature, wrong issuer/audience, expired). */
export async function verifyAccessToken(settings: JwtSettings, token: string): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, settings.secret, {
      issuer: settings.issuer,
      audience: settings.audience,
      algorithms: ['HS256'],
      requiredClaims: ['sub', 'exp'],
    });
    return payload.sub ?? null;
  } catch (err) {
    if (err instanceof errors.JOSEError) return null;
    throw err;
  }
}
