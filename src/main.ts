import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfigOrExit } from './app/config.js';
import { openAppDatabase } from './app/database.js';
import { startServer } from './app/server.js';
import { isDatabaseEmpty, prepareDemoPasswords, seedDemo } from '../seeds/demo.js';

/** Bootstrap only: config → database (migrate, seed the demo when empty) → schema → HTTP. */
const config = loadConfigOrExit();
const log = pino({ level: config.logLevel });
// A new embedded database will get the demo: hash its passwords (scrypt, on libuv's threads)
// while PGlite initialises the data directory on the main thread.
const freshEmbedded = config.seedDemoWhenEmpty && !config.databaseUrl && !existsSync(join(config.dataDir, 'PG_VERSION'));
const demoPasswords = freshEmbedded ? prepareDemoPasswords() : undefined;
demoPasswords?.catch(() => undefined); // awaited below; never an unhandled rejection
const db = await openAppDatabase(config, log);
const applied = await db.dataSource.runMigrations({ transaction: 'each' });
if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
if (config.seedDemoWhenEmpty && (await isDatabaseEmpty(db.dataSource))) {
  const logins = await seedDemo(db.dataSource, demoPasswords);
  log.info({ accounts: logins.length }, 'demo data seeded');
}
const server = await startServer({
  db, log, port: config.port, corsOrigins: config.corsOrigins,
  jwt: { secret: config.jwtSecret, issuer: config.jwtIssuer, audience: config.jwtAudience, ttlSeconds: config.jwtTtlSeconds },
});
console.log(`rongcuo GraphQL: ${server.url}  (${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`})`);
console.log('Demo logins (password rongcuo-demo): README.md, section "Demo logins"; a token: npm run token -- bt.investigator');

const shutdown = async () => {
  await server.close();
  await db.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
