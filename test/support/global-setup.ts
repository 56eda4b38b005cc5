import { writeFileSync } from 'node:fs';
import { openDatabase } from '../../src/platform/db/data-source.js';
import { createScratchDatabase } from '../../src/platform/db/scratch-database.js';
import { ENTITIES } from '../../src/app/entities.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { seedDemo } from '../../seeds/demo.js';
import { TEMPLATE_ENV, dumpPath, testDatabaseName } from './template.js';

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const url = process.env.DATABASE_URL;
  if (url) {
    const scratch = await createScratchDatabase(url, testDatabaseName('tpl'));
    const db = await openDatabase({ target: { kind: 'postgres', url: scratch.url }, entities: ENTITIES, migrations: MIGRATIONS });
    await db.dataSource.runMigrations({ transaction: 'each' });
    await seedDemo(db.dataSource);
    await db.close();
    process.env[TEMPLATE_ENV] = `postgres:${scratch.name}`;
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
