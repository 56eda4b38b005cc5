/**
 * `npm run seed` loads the demo into an empty database (after migrating);
 * `npm run seed -- --scale [n]` adds the synthetic benchmark jurisdiction (n = 1: 2,000 units,
 * 10,000 cadres, 100,000 cases).
 */
import { loadConfigOrExit } from '../src/app/config.js';
import { usage } from './cli.js';
import { openAppDatabase } from '../src/app/database.js';
import { isDatabaseEmpty, seedDemo } from '../seeds/demo.js';
import { seedScale } from '../seeds/scale.js';

const args = usage(`
usage: npm run seed                  migrate, then load the demo into an empty database
       npm run seed -- --scale [n]   add the synthetic benchmark jurisdiction (n = 1: 2,000 units,
                                     10,000 cadres, 100,000 cases; ANALYZE afterwards)`);
const scaleAt = args.indexOf('--scale');
const db = await openAppDatabase(loadConfigOrExit());
try {
  await db.dataSource.runMigrations({ transaction: 'each' });
  if (scaleAt >= 0) {
    const raw = args[scaleAt + 1];
    const n = raw === undefined || raw.startsWith('--') ? 1 : Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--scale takes a positive number, got ${raw}`);
    const result = await seedScale(db.dataSource, n, (m) => console.log(m));
    console.log(`scale ${n}: ${result.units} units, ${result.cadres} cadres, ${result.cases} cases, ${result.decisions} decisions in ${(result.millis / 1000).toFixed(1)} s`);
    console.log(`benchmark logins (password rongcuo-scale): ${result.accounts.join(', ')}`);
  } else if (await isDatabaseEmpty(db.dataSource)) {
    const logins = await seedDemo(db.dataSource);
    console.log(`seeded the demo jurisdiction: ${logins.length} accounts (see README.md, "Demo logins")`);
  } else {
    console.log('the database already has data: demo seed skipped');
  }
} finally {
  await db.close();
}
