/**
 * `npm run bench`: a throwaway database (PGlite in a temp dir, or DATABASE_URL's server in a new
 * database) with the demo and the scale seed (BENCH_SCALE, default 0.1 = 10,000 cases), a real
 * server on loopback, and autocannon against it. Bounded: BENCH_SECONDS per scenario (default 10).
 * Prints a table and writes bench/results/<timestamp>.json (not committed).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { ENTITIES } from '../src/app/entities.js';
import { startServer } from '../src/app/server.js';
import { MIGRATIONS } from '../migrations/index.js';
import { openDatabase, type Database } from '../src/platform/db/data-source.js';
import { createScratchDatabase } from '../src/platform/db/scratch-database.js';
import { issueAccessToken } from '../src/platform/auth/jwt.js';
import { seedDemo } from '../seeds/demo.js';
import { seedScale } from '../seeds/scale.js';

const scale = Number(process.env.BENCH_SCALE ?? 0.1);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 8);

async function openBenchDatabase(): Promise<{ db: Database; cleanup: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'rongcuo-bench-'));
    const db = await openDatabase({ target: { kind: 'pglite', dataDir: dir }, entities: ENTITIES, migrations: MIGRATIONS });
    return { db, cleanup: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const scratch = await createScratchDatabase(url, `rongcuo_bench_${Date.now()}`);
  const db = await openDatabase({ target: { kind: 'postgres', url: scratch.url }, entities: ENTITIES, migrations: MIGRATIONS, poolSize: 10 });
  return { db, cleanup: async () => { await db.close(); await scratch.drop(); } };
}

const CASE_PAGE = `query($first: Int, $after: String) { cases(first: $first, after: $after) { pageInfo { endCursor } edges { node { id caseNumber state
  subjects { kind cadre { name post unit { name } } unit { name } }
  handlingUnit { name } decidingUnit { name } decisions { kind measureCodes toleranceOutcome } } } } }`;

async function main() {
  const started = Date.now();
  const { db, cleanup } = await openBenchDatabase();
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    await seedDemo(db.dataSource);
    const seeded = await seedScale(db.dataSource, scale, () => undefined);
    const jwt = { secret: new TextEncoder().encode('bench-secret-bench-secret-bench-secret-0000'), issuer: 'rongcuo', audience: 'rongcuo-graph', ttlSeconds: 3600 };
    const server = await startServer({ db, jwt, log: pino({ level: 'warn' }), port: 0, host: '127.0.0.1' });
    const province = (await issueAccessToken(jwt, 'scale.investigator')).token;
    const city = (await issueAccessToken(jwt, 'scale.city1.investigator')).token;
    const post = (token: string, query: string, variables: object) => ({
      method: 'POST' as const, path: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const scenarios = [
      { name: 'cases page of 50, nested (province investigator)', request: post(province, CASE_PAGE, { first: 50 }) },
      { name: 'cases page of 50, nested (city investigator)', request: post(city, CASE_PAGE, { first: 50 }) },
      { name: 'cases totalCount (province investigator)', request: post(province, '{ cases(first: 1) { totalCount } }', {}) },
      { name: 'me', request: post(city, '{ me { login grants { role } } }', {}) },
    ];
    const results = [];
    for (const s of scenarios) {
      const before = db.logger.count;
      const r = await autocannon({ url: server.url.replace('/graphql', ''), connections, duration: seconds, requests: [s.request] });
      const statementsPerRequest = (db.logger.count - before) / Math.max(1, r.requests.total);
      if (r.non2xx > 0 || r.errors > 0) throw new Error(`${s.name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      results.push({ scenario: s.name, requestsPerSecond: r.requests.average, p50ms: r.latency.p50, p99ms: r.latency.p99, statementsPerRequest: Number(statementsPerRequest.toFixed(2)) });
    }
    await server.close();
    const summary = {
      at: new Date().toISOString(), database: process.env.DATABASE_URL ? 'postgresql' : 'pglite', scale, cases: seeded.cases + 54, seconds, connections,
      rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20), wallSeconds: Math.round((Date.now() - started) / 1000), results,
    };
    console.table(results);
    console.log(JSON.stringify({ ...summary, results: undefined }));
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(join('bench/results', `${summary.at.replace(/[:.]/g, '-')}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  } finally {
    await cleanup();
  }
}

await main();
