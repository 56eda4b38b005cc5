import { readFileSync } from 'node:fs';
import { ENTITIES } from '../../src/app/entities.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { openDatabase, type Database } from '../../src/platform/db/data-source.js';
import { createScratchDatabase } from '../../src/platform/db/scratch-database.js';
import { TEMPLATE_ENV, testDatabaseName } from './template.js';

/** A PostgreSQL database for one test file, opened, and dropped again on `close()`. */
async function openScratch(purpose: string, template?: string): Promise<Database> {
  const scratch = await createScratchDatabase(process.env.DATABASE_URL!, testDatabaseName(purpose), { template });
  const db = await openDatabase({ target: { kind: 'postgres', url: scratch.url }, entities: ENTITIES, migrations: MIGRATIONS, poolSize: 4 });
  return {
    ...db,
    async close() {
      await db.close();
      await scratch.drop();
    },
  };
}

/** This test file's own copy of the seeded template database; `close()` drops it. */
export async function openTestDatabase(): Promise<Database> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error(`${TEMPLATE_ENV} is not set: run the tests with npm test (jest's global setup makes the template)`);
  const sep = template.indexOf(':');
  const name = template.slice(sep + 1);
  if (template.slice(0, sep) === 'pglite') {
    return openDatabase({ target: { kind: 'pglite', loadDataDir: new Blob([readFileSync(name)]) }, entities: ENTITIES, migrations: MIGRATIONS });
  }
  return openScratch('copy', name);
}

/** A new, empty database (no migrations run) for migration tests; `close()` drops it. */
export async function openEmptyDatabase(): Promise<Database> {
  if (!process.env.DATABASE_URL) return openDatabase({ target: { kind: 'pglite' }, entities: ENTITIES, migrations: MIGRATIONS });
  return openScratch('empty');
}
