import type { Database } from '../src/platform/db/data-source.js';
import { openEmptyDatabase } from './support/test-database.js';

/** Migrations build the whole schema from nothing, match the entities exactly, and revert. */
let db: Database;
beforeAll(async () => { db = await openEmptyDatabase(); });
afterAll(async () => db?.close());

const userTables = async () =>
  (await db.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`) as Array<{ tablename: string }>).map((r) => r.tablename);

it('creates the schema from an empty database', async () => {
  expect(await userTables()).toEqual([]);
  const applied = await db.dataSource.runMigrations({ transaction: 'each' });
  expect(applied.map((m) => m.name)).toEqual(db.dataSource.migrations.map((m) => m.name));
  expect(await userTables()).toEqual(expect.arrayContaining(['units', 'cadres', 'cases', 'decisions', 'appeals', 'clarifications', 'risk_filings', 'audit_log', 'migrations']));
});

it('leaves nothing for the entities to add: migrations and entities agree (no synchronize anywhere)', async () => {
  const diff = await db.dataSource.driver.createSchemaBuilder().log();
  expect(diff.upQueries.map((q) => q.query)).toEqual([]);
});

it('reverts the latest migration and applies it again', async () => {
  await db.dataSource.undoLastMigration({ transaction: 'each' });
  const remaining = await userTables();
  expect(remaining).toEqual(db.dataSource.migrations.length === 1 ? ['migrations'] : expect.arrayContaining(['migrations']));
  const enums: Array<{ n: string }> = await db.dataSource.query(`SELECT count(*) n FROM pg_type WHERE typtype = 'e' AND typnamespace = 'public'::regnamespace`);
  if (db.dataSource.migrations.length === 1) expect(Number(enums[0]!.n)).toBe(0);
  await db.dataSource.runMigrations({ transaction: 'each' });
  expect(await userTables()).toContain('cases');
});
