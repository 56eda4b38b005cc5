import { readFileSync } from 'node:fs';
import pg from 'pg';
import { ENTITIES } from '../../src/app/entities.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { openDatabase, type Database } from '../../src/platform/db/data-source.js';
import { TEMPLATE_ENV, serverUrlWithDatabase } from './template.js';

/** This test file's own copy of the seeded template database; `close()` drops it. */
export async function openTestDatabase(): Promise<Database> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error(`${TEMPLATE_ENV} is not set: run the tests with npm test (jest's global setup makes the template)`);
  const sep = template.indexOf(':');
  const kind = template.slice(0, sep);
  const name = template.slice(sep + 1);
  if (kind === 'pglite') {
    const blob = new Blob([readFileSync(name)]);
    return openDatabase({ target: { kind: 'pglite', loadDataDir: blob }, entities: ENTITIES, migrations: MIGRATIONS });
  }
  const url = process.env.DATABASE_URL!;
  const copy = `${name.replace('rongcuo_tpl', 'rongcuo_t')}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  // Two files copying the template at once can collide ("being accessed by other users"): retry.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${copy} TEMPLATE ${name}`);
      break;
    } catch (err) {
      if (attempt >= 20) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const db = await openDatabase({ target: { kind: 'postgres', url: serverUrlWithDatabase(url, copy) }, entities: ENTITIES, migrations: MIGRATIONS, poolSize: 4 });
  return {
    ...db,
    async close() {
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** A new, empty database (no migrations run) for migration tests; `close()` drops it. */
export async function openEmptyDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({ target: { kind: 'pglite' }, entities: ENTITIES, migrations: MIGRATIONS });
  const name = `rongcuo_t_empty_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const db = await openDatabase({ target: { kind: 'postgres', url: serverUrlWithDatabase(url, name) }, entities: ENTITIES, migrations: MIGRATIONS, poolSize: 2 });
  return {
    ...db,
    async close() {
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
