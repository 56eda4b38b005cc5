import { rmSync } from 'node:fs';
import pg from 'pg';
import { TEMPLATE_ENV } from './template.js';

export default async function globalTeardown(): Promise<void> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) return;
  const [kind, name] = [template.slice(0, template.indexOf(':')), template.slice(template.indexOf(':') + 1)];
  if (kind === 'pglite') {
    rmSync(name, { force: true });
    return;
  }
  // Drop the template and any per-file copy a crashed test left behind (same run: same pid prefix).
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const prefix = name.split('_').slice(0, 3).join('_').replace('rongcuo_tpl', 'rongcuo_t');
  const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`, [name, `${prefix}_%`]);
  for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
  await admin.end();
}
