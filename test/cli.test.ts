import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { createScratchDatabase } from '../src/platform/db/scratch-database.js';
import { testDatabaseName } from './support/template.js';

/** The command-line tools as an operator runs them: `--help`, the calendar import, create-admin. */
const exec = promisify(execFile);
let dir: string;
let env: NodeJS.ProcessEnv;
let dropDatabase: (() => Promise<void>) | undefined;
const node = (script: string, args: string[] = [], extra: NodeJS.ProcessEnv = {}) =>
  exec(process.execPath, [`dist/scripts/${script}.js`, ...args], { env: { ...env, ...extra } }).then(
    (r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rongcuo-cli-'));
  env = { ...process.env, DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'warn', NODE_OPTIONS: '' };
  if (process.env.DATABASE_URL) {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL, testDatabaseName('cli'));
    env.DATABASE_URL = scratch.url;
    dropDatabase = scratch.drop;
  }
});
afterAll(async () => {
  await dropDatabase?.();
  rmSync(dir, { recursive: true, force: true });
});

async function query(sql: string): Promise<any[]> {
  if (env.DATABASE_URL) {
    const c = new pg.Client({ connectionString: env.DATABASE_URL });
    await c.connect();
    try { return (await c.query(sql)).rows; } finally { await c.end(); }
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(env.DATA_DIR!);
  try { return (await db.query(sql)).rows as any[]; } finally { await db.close(); }
}

it('every tool answers --help with its usage', async () => {
  for (const script of ['migrate', 'seed', 'token', 'create-admin', 'calendar-import']) {
    const r = await node(script, ['--help']);
    expect({ script, code: r.code, usage: r.stdout.startsWith('usage:') }).toEqual({ script, code: 0, usage: true });
  }
});

it('imports a year of holidays from CSV, and refuses a file with a wrong day without writing anything', async () => {
  const good = join(dir, '2029.csv');
  writeFileSync(good, 'date,kind,nameZh,nameEn,provisional\n2029-01-01,HOLIDAY,元旦,New Year\'s Day,true\n2029-02-10,WORKDAY,春节调休,Spring Festival make-up day,true\n');
  const ok = await node('calendar-import', [good]);
  expect(ok).toMatchObject({ code: 0, stdout: '2029: 2 days\n' });
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify([{ date: '2030-01-01', kind: 'HOLIDAY', nameZh: '元旦', nameEn: 'New Year', provisional: false }, { date: '2030-01-02', kind: 'WORKDAY', nameZh: '调休', nameEn: 'Make-up day', provisional: false }]));
  const refused = await node('calendar-import', [bad]);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/^rongcuo: 2030: .*2030-01-02 is a weekday, so it cannot be a make-up working day/m);
  const rows = await query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, kind FROM calendar_days WHERE date >= '2029-01-01' ORDER BY date`);
  expect(rows).toEqual([{ date: '2029-01-01', kind: 'HOLIDAY' }, { date: '2029-02-10', kind: 'WORKDAY' }]);
  const audit = await query(`SELECT subject_id FROM audit_log WHERE action = 'calendar.set-year'`);
  expect(audit).toEqual([{ subject_id: '2029' }]);
}, 60_000);

it('creates an administrator with the password from the environment, once', async () => {
  await query(`INSERT INTO units (id, code, name, kind, level, path, depth) VALUES ('11111111-1111-4111-8111-111111111111', 'TEST-PC', '中共测试省委员会', 'PARTY_COMMITTEE', 'PROVINCE', '/11111111-1111-4111-8111-111111111111/', 0)`);
  expect((await node('create-admin', ['ops.admin', 'TEST-PC'])).code).toBe(2); // no ADMIN_PASSWORD
  const made = await node('create-admin', ['ops.admin', 'TEST-PC', '运维管理员'], { ADMIN_PASSWORD: 'a-long-admin-passphrase' });
  expect(made).toMatchObject({ code: 0, stdout: 'created ops.admin: ADMINISTRATOR at TEST-PC\n' });
  expect((await node('create-admin', ['ops.admin', 'TEST-PC'], { ADMIN_PASSWORD: 'a-long-admin-passphrase' })).code).toBe(2);
  const rows = await query(`SELECT a.display_name, g.role FROM accounts a JOIN role_grants g ON g.account_id = a.id WHERE a.login = 'ops.admin'`);
  expect(rows).toEqual([{ display_name: '运维管理员', role: 'ADMINISTRATOR' }]);
}, 60_000);
