import 'reflect-metadata';
import { pino } from 'pino';
import { loadConfig } from './app/config.js';
import { openAppDatabase } from './app/database.js';
import { startServer } from './app/server.js';
import { isDatabaseEmpty, seedDemo } from '../seeds/demo.js';

/** Bootstrap only: config → database (migrate, seed the demo when empty) → schema → HTTP. */
const config = loadConfig();
const log = pino({ level: config.logLevel });
const db = await openAppDatabase(config, log);
const applied = await db.dataSource.runMigrations({ transaction: 'each' });
if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
if (config.seedDemoWhenEmpty && (await isDatabaseEmpty(db.dataSource))) {
  const logins = await seedDemo(db.dataSource);
  log.info({ accounts: logins.length }, 'demo data seeded');
}
const server = await startServer({
  db, log, port: config.port,
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
