/**
 * `npm run token -- <login>` prints an access token for an account (for scripts and explorers).
 * It needs only the signing secret, never the embedded database: a running server holds that,
 * and PGlite must not be opened by two processes. On PostgreSQL it also checks the login exists.
 */
import pg from 'pg';
import { loadConfigOrExit } from '../src/app/config.js';
import { fail, usage } from './cli.js';
import { issueAccessToken } from '../src/platform/auth/jwt.js';

const USAGE = `
usage: npm run token -- <login>
Prints an access token (JWT) for an account, e.g. bt.investigator (demo logins in README.md).
Needs only the signing secret (JWT_SECRET, or the one generated in DATA_DIR); on PostgreSQL it
also checks that the login exists and is active.`;
const [login] = usage(USAGE);
if (!login) fail('a login is required', USAGE);
const config = loadConfigOrExit();
if (config.databaseUrl) {
  const client = new pg.Client({ connectionString: config.databaseUrl });
  await client.connect();
  const { rows } = await client.query('SELECT 1 FROM accounts WHERE login = $1 AND active', [login]);
  await client.end();
  if (rows.length === 0) {
    console.error(`no active account with login ${login}`);
    process.exit(1);
  }
}
const { token } = await issueAccessToken(
  { secret: config.jwtSecret, issuer: config.jwtIssuer, audience: config.jwtAudience, ttlSeconds: config.jwtTtlSeconds },
  login,
);
console.log(token);
