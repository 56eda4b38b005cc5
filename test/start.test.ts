import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createScratchDatabase } from '../src/platform/db/scratch-database.js';
import { testDatabaseName } from './support/template.js';

/**
 * The README's path, as a user takes it: the built entry point on an empty database migrates,
 * seeds the demo and serves; `npm run token`'s script prints a token the server accepts.
 */
const run = promisify(execFile);
let child: ChildProcess | undefined;
let dataDir: string;
let env: NodeJS.ProcessEnv;
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rongcuo-start-'));
  env = { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', NODE_OPTIONS: '' };
  if (process.env.DATABASE_URL) {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL, testDatabaseName('start'));
    env.DATABASE_URL = scratch.url;
    dropDatabase = scratch.drop;
  }
});

afterAll(async () => {
  child?.kill('SIGTERM');
  await dropDatabase?.();
  rmSync(dataDir, { recursive: true, force: true });
});

it('starts on an empty database, answers me with a token from the token script, and 401 without one', async () => {
  child = spawn(process.execPath, ['dist/src/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed in time; output so far:\n${out}`)), 90_000);
    child!.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /rongcuo GraphQL: (http:\/\/\S+)/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]!); }
    });
    child!.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
    child!.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}:\n${out}`)); });
  });
  const { stdout } = await run(process.execPath, ['dist/scripts/token.js', 'yc.decider'], { env });
  const token = stdout.trim();
  const ask = (auth?: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) }, body: JSON.stringify({ query: '{ me { login grants { role unit { name } } } }' }) });
  const anonymous = await ask();
  expect(anonymous.status).toBe(401);
  const res = await ask(token);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ data: { me: { login: 'yc.decider', grants: [{ role: 'COMMITTEE_DECIDER', unit: { name: '中共宜川市委员会' } }] } } });
}, 120_000);

it('stops at start with one clear line per bad environment value', async () => {
  const bad = { ...env, PORT: 'abc', LOG_LEVEL: 'loud' };
  const failed = await run(process.execPath, ['dist/src/main.js'], { env: bad }).then(() => null, (e: { code: number; stderr: string; stdout: string }) => e);
  expect(failed?.code).toBe(1);
  const lines = failed!.stderr.trim().split('\n');
  expect(lines).toEqual([
    'rongcuo: PORT="abc" is not valid: expected a whole number from 0 to 65535',
    'rongcuo: LOG_LEVEL="loud" is not valid: expected one of fatal, error, warn, info, debug, trace, silent',
  ]);
  expect(failed!.stdout).toBe('');
});
