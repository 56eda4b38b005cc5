import { badInput } from '../../platform/errors/domain-error.js';
import type { EntityManager } from 'typeorm';
import type { AccountActor, Actor, Grant, TokenActor } from '../../platform/authz/actor.js';
import { hashApiToken, isApiToken } from '../../platform/auth/api-token.js';
import { issueAccessToken, verifyAccessToken, type JwtSettings } from '../../platform/auth/jwt.js';
import { DUMMY_HASH, verifyPassword } from '../../platform/auth/password.js';

interface ActorRow {
  id: string;
  login: string;
  display_name: string;
  cadre_id: string | null;
  grants: Array<{ role: string; unitId: string; unitKind: string; unitPath: string; regionId: string; regionPath: string }> | null;
}

/**
 * One statement: the account and its grants, each grant with its unit's path and its region
 * (the nearest party committee at or above the unit).
 */
const ACTOR_SQL = `
  SELECT a.id, a.login, a.display_name, a.cadre_id,
    (SELECT json_agg(json_build_object('role', g.role, 'unitId', u.id, 'unitKind', u.kind, 'unitPath', u.path,
                                       'regionId', r.id, 'regionPath', r.path))
       FROM role_grants g
       JOIN units u ON u.id = g.unit_id
       JOIN LATERAL (SELECT r.id, r.path FROM units r
                      WHERE r.kind = 'PARTY_COMMITTEE' AND u.path LIKE r.path || '%'
                      ORDER BY r.depth DESC LIMIT 1) r ON TRUE
      WHERE g.account_id = a.id) AS grants
    FROM accounts a
   WHERE a.login = $1 AND a.active
     -- a token older than the account belongs to an earlier holder of the login
     AND a.created_at <= to_timestamp($2::double precision + 1)`;

export async function loadAccountActor(manager: EntityManager, login: string, tokenIssuedAt: number): Promise<AccountActor | null> {
  const rows: ActorRow[] = await manager.query(ACTOR_SQL, [login, tokenIssuedAt]);
  const row = rows[0];
  if (!row) return null;
  const grants: Grant[] = (row.grants ?? []).map((g) => ({ ...g }));
  return { kind: 'account', accountId: row.id, login: row.login, displayName: row.display_name, cadreId: row.cadre_id, grants };
}

async function loadTokenActor(manager: EntityManager, bearer: string): Promise<TokenActor | null> {
  // scopes::text[] comes back as a JS array from node-postgres and PGlite alike.
  const rows: Array<{ id: string; name: string; holder_unit_id: string; scopes: string[] }> = await manager.query(
    `SELECT t.id, t.name, t.holder_unit_id, t.scopes::text[] AS scopes
       FROM api_tokens t
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
    [hashApiToken(bearer)],
  );
  const row = rows[0];
  if (!row) return null;
  return { kind: 'token', tokenId: row.id, name: row.name, holderUnitId: row.holder_unit_id, scopes: row.scopes };
}

/** The actor behind an Authorization header value, or null when it is missing or invalid. */
export async function authenticate(manager: EntityManager, jwt: JwtSettings, authorization: string | undefined): Promise<Actor | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return null;
  const bearer = match[1]!;
  if (isApiToken(bearer)) return loadTokenActor(manager, bearer);
  const verified = await verifyAccessToken(jwt, bearer);
  if (!verified) return null;
  return loadAccountActor(manager, verified.login, verified.issuedAt);
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Logins are short names; passwords are bounded and carry no control characters (a trailing NUL is not a password). */
export function checkCredentialInput(loginName: string, password: string): void {
  if (loginName.length === 0 || loginName.length > 64 || CONTROL.test(loginName)) throw badInput('login must be 1 to 64 characters without control characters', { field: 'login' });
  if (password.length === 0 || password.length > 256 || CONTROL.test(password)) throw badInput('password must be 1 to 256 characters without control characters', { field: 'password' });
}

/** Checks a login and password; null for either being wrong (never says which). */
export async function login(manager: EntityManager, jwt: JwtSettings, loginName: string, password: string) {
  const rows: Array<{ id: string; login: string; password_hash: string }> = await manager.query(
    'SELECT id, login, password_hash FROM accounts WHERE login = $1 AND active',
    [loginName],
  );
  const row = rows[0];
  const ok = await verifyPassword(password, row?.password_hash ?? DUMMY_HASH);
  if (!row || !ok) return null;
  return { accountId: row.id, ...(await issueAccessToken(jwt, row.login)) };
}
