/**
 * Developer tool: diff the entities against a scratch PostgreSQL database that has every existing
 * migration applied, and write the difference as a new migration file to review by hand.
 *   DATABASE_URL=postgres://root@127.0.0.1:5432/test npm run migration:generate -- AddThing
 */
import { writeFileSync } from 'node:fs';
import { ENTITIES } from '../src/app/entities.js';
import { MIGRATIONS } from '../migrations/index.js';
import { openDatabase } from '../src/platform/db/data-source.js';
import { createScratchDatabase } from '../src/platform/db/scratch-database.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate-migration <PascalCaseName>');
const adminUrl = process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const scratch = await createScratchDatabase(adminUrl, `rongcuo_gen_${Date.now()}`);
try {
  const db = await openDatabase({ target: { kind: 'postgres', url: scratch.url }, entities: ENTITIES, migrations: MIGRATIONS });
  await db.dataSource.runMigrations();
  const sql = await db.dataSource.driver.createSchemaBuilder().log();
  await db.close();
  if (sql.upQueries.length === 0) {
    console.log('entities and migrations agree: nothing to generate');
  } else {
    const ts = Date.now();
    const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const down = [...sql.downQueries].reverse().map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const file = `migrations/${ts}-${name}.ts`;
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${ts} implements MigrationInterface {\n  name = '${name}${ts}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`wrote ${file}: add it to migrations/index.ts after review`);
  }
} finally {
  await scratch.drop();
}
