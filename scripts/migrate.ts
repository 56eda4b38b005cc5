/** `npm run migrate` applies pending migrations; `npm run migrate:revert` undoes the latest one. */
import { loadConfigOrExit } from '../src/app/config.js';
import { usage } from './cli.js';
import { openAppDatabase } from '../src/app/database.js';

const args = usage(`
usage: npm run migrate            apply pending migrations
       npm run migrate:revert     undo the latest migration (node dist/scripts/migrate.js --revert)
On PGlite in DATA_DIR (default ./data), or on DATABASE_URL. Stop the server first on PGlite.`);
const db = await openAppDatabase(loadConfigOrExit());
try {
  if (args.includes('--revert')) {
    await db.dataSource.undoLastMigration({ transaction: 'each' });
    console.log('reverted the latest migration');
  } else {
    const applied = await db.dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'no pending migrations');
  }
} finally {
  await db.close();
}
