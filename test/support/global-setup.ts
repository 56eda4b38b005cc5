import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { openDatabase } from '../../src/platform/db/data-source.js';
import { ENTITIES } from '../../src/app/entities.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { seedDemo } from '../../seeds/demo.js';
import { TEMPLATE_ENV, dumpPath, serverUrlWithDatabase, uniqueName } from './template.js';

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = uniqueName('rongcuo_tpl');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const db = await openDatabase({ target: { kind: 'postgres', url: serverUrlWithDatabase(url, name) }, entities: ENTITIES, migrations: MIGRATIONS });
    await db.dataSource.runMigrations({ transaction: 'each' });
    await seedDemo(db.dataSource);
    await db.close();
    process.env[TEMPLATE_ENV] = `postgres:${name}`;
  } else {
    const db = await openDatabase({ target: { kind: 'pglite' }, entities: ENTITIES, migrations: MIGRATIONS });
    await db.dataSource.runMigrations({ transaction: 'each' });
    await seedDemo(db.dataSource);
    const dump = await db.pglite!.dumpDataDir('gzip');
    const file = dumpPath();
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await db.close();
    process.env[TEMPLATE_ENV] = `pglite:${file}`;
  }
  console.log(`\ntest template (${process.env[TEMPLATE_ENV]}) ready in ${Date.now() - started} ms`);
}
