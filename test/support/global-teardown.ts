import { rmSync } from 'node:fs';
import pg from 'pg';
import { dropDatabases } from '../../src/platform/db/scratch-database.js';
import { RUN_ENV, TEMPLATE_ENV } from './template.js';

export default async function globalTeardown(): Promise<void> {
  const template = process.env[TEMPLATE_ENV];
  if (template?.startsWith('pglite:')) rmSync(template.slice('pglite:'.length), { force: true });
  const url = process.env.DATABASE_URL;
  const run = process.env[RUN_ENV];
  if (!url || !run) return;
  // The template and any database a crashed test file left behind: all carry this run's id.
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [`${run}_`]);
  await admin.end();
  await dropDatabases(url, rows.map((r) => r.datname));
}
