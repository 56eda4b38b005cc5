/** `npm run migrate` applies pending migrations; `npm run migrate:revert` undoes the latest one. */
import { loadConfig } from '../src/app/config.js';
import { openAppDatabase } from '../src/app/database.js';

const db = await openAppDatabase(loadConfig());
try {
  if (process.argv.includes('--revert')) {
    await db.dataSource.undoLastMigration({ transaction: 'each' });
    console.log('reverted the latest migration');
  } else {
    const applied = await db.dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'no pending migrations');
  }
} finally {
  await db.close();
}
