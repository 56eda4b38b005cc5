/** `npm run token -- <login>` prints an access token for a seeded account (for scripts and explorers). */
import { loadConfig } from '../src/app/config.js';
import { openAppDatabase } from '../src/app/database.js';
import { issueAccessToken } from '../src/platform/auth/jwt.js';

const login = process.argv[2];
if (!login) {
  console.error('usage: npm run token -- <login>   (e.g. bt.investigator)');
  process.exit(2);
}
const config = loadConfig();
const db = await openAppDatabase(config);
try {
  const rows: Array<{ id: string }> = await db.dataSource.query('SELECT id FROM accounts WHERE login = $1 AND active', [login]);
  if (!rows[0]) {
    console.error(`no active account with login ${login}`);
    process.exitCode = 1;
  } else {
    const { token } = await issueAccessToken(
      { secret: config.jwtSecret, issuer: config.jwtIssuer, audience: config.jwtAudience, ttlSeconds: config.jwtTtlSeconds },
      rows[0].id,
      login,
    );
    console.log(token);
  }
} finally {
  await db.close();
}
