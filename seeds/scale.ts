/**
 * The scale seed: a large synthetic jurisdiction for benchmarks, added BESIDE whatever the database
 * already holds (unit codes 'SCALE-…', case numbers 'SC-…', logins 'scale.…').
 *
 * At scale 1: a province, 10 cities and 10 counties per city (111 regions × 18 units = 1,998 units),
 * 10,000 cadres, 100,000 cases with one or two subjects, and a decision per subject of every case in
 * DECIDED or later. Scale k multiplies the counts (see scaleSizes). Units and cadres are generated in JS
 * with a seeded PRNG and written with batched multi-row INSERTs; cases, subjects and decisions are
 * generated in SQL from generate_series, hashing the series number. Everything runs in one transaction.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../src/platform/auth/password.js';
import { Role } from '../src/modules/accounts/role.js';
import { buildPools, buildStructure, scaleSizes, scaleUuid, type ScaleStructure } from './scale-structure.js';
import { COUNT_DECISIONS, INSERT_CASES, INSERT_DECISIONS, INSERT_SUBJECTS, planSql } from './scale-cases.js';

export { scaleSizes } from './scale-structure.js';

export interface ScaleResult {
  units: number;
  cadres: number;
  cases: number;
  decisions: number;
  accounts: string[];
  millis: number;
}

export const SCALE_PASSWORD = 'rongcuo-scale';
export const SCALE_ACCOUNTS = ['scale.investigator', 'scale.city1.investigator', 'scale.decider'] as const;

/** PostgreSQL's limit on bind parameters in one statement. */
const MAX_PARAMS = 65_535;

/** Multi-row INSERTs, as many rows per statement as the bind-parameter limit (and maxRows) allow. */
async function insertRows(m: EntityManager, table: string, columns: string[], rows: unknown[][], maxRows = 2_000): Promise<void> {
  const perStatement = Math.max(1, Math.min(maxRows, Math.floor(MAX_PARAMS / columns.length)));
  const head = `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      if (row.length !== columns.length) throw new Error(`${table}: row has ${row.length} values for ${columns.length} columns`);
      return `(${row.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`;
    });
    await m.query(head + tuples.join(', '), params);
  }
}

async function refuseIfSeeded(m: EntityManager): Promise<void> {
  const [row] = (await m.query(
    `SELECT (SELECT count(*) FROM units WHERE code LIKE 'SCALE-%')::int AS units,
            (SELECT count(*) FROM cases WHERE case_number LIKE 'SC-%')::int AS cases,
            (SELECT count(*) FROM accounts WHERE login IN (${SCALE_ACCOUNTS.map((l) => `'${l}'`).join(', ')}))::int AS accounts`,
  )) as { units: number; cases: number; accounts: number }[];
  if (row && (row.units > 0 || row.cases > 0 || row.accounts > 0)) {
    throw new Error(
      `The scale seed has already run on this database (found ${row.units} 'SCALE-' units, ${row.cases} 'SC-' cases, ` +
        `${row.accounts} scale.* accounts); it adds its jurisdiction only once. Use a fresh database.`,
    );
  }
}

async function insertStructure(m: EntityManager, s: ScaleStructure): Promise<void> {
  await insertRows(
    m,
    'units',
    ['id', 'code', 'name', 'name_en', 'kind', 'level', 'parent_id', 'path', 'depth', 'managing_committee_id'],
    s.units.map((u) => [u.id, u.code, u.name, u.nameEn, u.kind, u.level, u.parentId, u.path, u.depth, u.managingCommitteeId]),
  );
  await insertRows(
    m,
    'cadres',
    ['id', 'name', 'post', 'rank', 'unit_id', 'managing_committee_id', 'id_number', 'phone'],
    s.cadres.map((c) => [c.id, c.name, c.post, c.rank, c.unitId, c.managingCommitteeId, c.idNumber, c.phone]),
  );
}

/**
 * Temp tables live in temp_buffers (8MB by default); the case plan is ~12MB per 100,000 cases, and a spill
 * costs PGlite dearly. The setting can only change before the session's first temp table, hence the savepoint:
 * if it is too late, the default stays. Buffers are allocated as used, so a generous limit costs nothing.
 */
async function raiseTempBuffers(m: EntityManager): Promise<void> {
  await m.query('SAVEPOINT scale_temp_buffers');
  try {
    await m.query(`SET LOCAL temp_buffers = '256MB'`);
  } catch {
    await m.query('ROLLBACK TO SAVEPOINT scale_temp_buffers');
  }
  await m.query('RELEASE SAVEPOINT scale_temp_buffers');
}

/** The lookup tables the case SQL joins to; dropped at commit. */
async function insertPools(m: EntityManager, s: ScaleStructure): Promise<{ cadres: number; units: number }> {
  const pools = buildPools(s);
  await m.query(`
    CREATE TEMP TABLE scale_committees (committee_id uuid PRIMARY KEY, dc_id uuid NOT NULL, upper_id uuid) ON COMMIT DROP;
    CREATE TEMP TABLE scale_cadre_pool (k bigint PRIMARY KEY, cadre_id uuid NOT NULL, committee_id uuid NOT NULL, g_start bigint NOT NULL, g_size bigint NOT NULL) ON COMMIT DROP;
    CREATE TEMP TABLE scale_unit_pool (k bigint PRIMARY KEY, unit_id uuid NOT NULL, committee_id uuid NOT NULL, g_start bigint NOT NULL, g_size bigint NOT NULL) ON COMMIT DROP;`);
  await insertRows(m, 'scale_committees', ['committee_id', 'dc_id', 'upper_id'], pools.committees);
  await insertRows(m, 'scale_cadre_pool', ['k', 'cadre_id', 'committee_id', 'g_start', 'g_size'], pools.cadres);
  await insertRows(m, 'scale_unit_pool', ['k', 'unit_id', 'committee_id', 'g_start', 'g_size'], pools.units);
  await m.query(`ANALYZE scale_committees; ANALYZE scale_cadre_pool; ANALYZE scale_unit_pool;`);
  return { cadres: pools.cadres.length, units: pools.units.length };
}

async function insertAccounts(m: EntityManager, s: ScaleStructure, passwordHash: string): Promise<string[]> {
  const province = s.regions[0];
  const city1 = s.regions.find((r) => r.code === 'SCALE-P-C01');
  if (!province || !city1) throw new Error('scale seed: the province and city 1 must exist');
  const grants: [string, string, Role, string][] = [
    ['scale.investigator', '规模省纪委监委调查员', Role.INVESTIGATOR, province.dcId],
    ['scale.city1.investigator', '规模省1号市纪委监委调查员', Role.INVESTIGATOR, city1.dcId],
    ['scale.decider', '规模省委决定人', Role.COMMITTEE_DECIDER, province.committeeId],
  ];
  const id = (login: string) => scaleUuid(`SCALE-account-${login}`);
  await insertRows(m, 'accounts', ['id', 'login', 'display_name', 'password_hash'], grants.map(([login, name]) => [id(login), login, name, passwordHash]));
  await insertRows(
    m,
    'role_grants',
    ['id', 'account_id', 'role', 'unit_id'],
    grants.map(([login, , role, unitId]) => [scaleUuid(`SCALE-grant-${login}-${role}`), id(login), role, unitId]),
  );
  return grants.map(([login]) => login);
}

export async function seedScale(dataSource: DataSource, scale: number, log: (msg: string) => void): Promise<ScaleResult> {
  const started = Date.now();
  const lap = (() => {
    let last = started;
    return (what: string) => {
      const now = Date.now();
      log(`scale seed: ${what} (${now - last} ms)`);
      last = now;
    };
  })();

  const sizes = scaleSizes(scale);
  const structure = buildStructure(sizes);
  // Hashed once (scrypt is deliberately slow) and shared by the three benchmark accounts.
  const passwordHash = await hashPassword(SCALE_PASSWORD);
  lap(`generated ${sizes.regions} regions (${sizes.cities} cities × ${sizes.countiesPerCity} counties), ${structure.units.length} units, ${structure.cadres.length} cadres`);

  const result = await dataSource.transaction(async (m) => {
    await refuseIfSeeded(m);
    await insertStructure(m, structure);
    const accounts = await insertAccounts(m, structure, passwordHash);
    lap(`inserted units, cadres and accounts ${accounts.join(', ')}`);

    await raiseTempBuffers(m);
    const pool = await insertPools(m, structure);
    await m.query(planSql(sizes.cases, pool.cadres, pool.units));
    lap(`planned ${sizes.cases} cases`);
    await m.query(INSERT_CASES);
    lap('inserted cases');
    await m.query(INSERT_SUBJECTS);
    lap('inserted case subjects');
    await m.query(INSERT_DECISIONS);
    const [counted] = (await m.query(COUNT_DECISIONS)) as { n: number }[];
    lap('inserted decisions');
    return { units: structure.units.length, cadres: structure.cadres.length, cases: sizes.cases, decisions: counted?.n ?? 0, accounts };
  });
  // Fresh statistics: without them the planner guesses on a table that just grew by 100,000
  // rows, and the scoped queries' semi-joins can go from milliseconds to seconds.
  await dataSource.query('ANALYZE units, cadres, cases, case_subjects, decisions, case_copies');
  lap('analyzed');
  const millis = Date.now() - started;
  log(`scale seed: done in ${millis} ms: ${result.units} units, ${result.cadres} cadres, ${result.cases} cases, ${result.decisions} decisions`);
  return { ...result, millis };
}
