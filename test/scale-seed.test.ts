import type { DataSource } from 'typeorm';
import { MIGRATIONS } from '../migrations/index.js';
import { ENTITIES } from '../src/app/entities.js';
import { openDatabase, type Database } from '../src/platform/db/data-source.js';
import { verifyPassword } from '../src/platform/auth/password.js';
import { SCALE_PASSWORD, scaleSizes, seedScale, type ScaleResult } from '../seeds/scale.js';

// At 0.02: 1 city × 1 county → 3 regions × 18 units; cadres max(54, 200); cases 2,000.
const SCALE = 0.02;
const EXPECTED = { regions: 3, units: 54, cadres: 200, cases: 2_000 };
const MEASURES = ['NOTICE_CRITICISM', 'ADMONITION_TALK', 'SUSPENSION_FOR_INSPECTION', 'TRANSFER', 'DISMISSAL', 'DEMOTION'];

let db: Database;
let ds: DataSource;
let result: ScaleResult;
const messages: string[] = [];

async function one<T = number>(sql: string): Promise<T> {
  const rows = (await ds.query(sql)) as Record<string, T>[];
  return Object.values(rows[0] ?? {})[0] as T;
}

beforeAll(async () => {
  db = await openDatabase({ target: { kind: 'pglite' }, entities: ENTITIES, migrations: MIGRATIONS });
  ds = db.dataSource;
  await ds.runMigrations();
  result = await seedScale(ds, SCALE, (msg) => messages.push(msg));
}, 180_000);

afterAll(async () => {
  await db?.close();
});

describe('seedScale', () => {
  it('computes sizes from the scale factor', () => {
    expect(scaleSizes(1)).toEqual({ cities: 10, countiesPerCity: 10, regions: 111, units: 1_998, cadres: 10_000, cases: 100_000 });
    expect(scaleSizes(SCALE)).toEqual({ cities: 1, countiesPerCity: 1, ...EXPECTED });
    expect(scaleSizes(0.1)).toMatchObject({ cities: 3, cases: 10_000, cadres: 1_000 });
    expect(() => scaleSizes(0)).toThrow(RangeError);
  });

  it('reports and writes the expected counts', async () => {
    expect(result).toMatchObject({ units: EXPECTED.units, cadres: EXPECTED.cadres, cases: EXPECTED.cases });
    expect(result.accounts).toEqual(['scale.investigator', 'scale.city1.investigator', 'scale.decider']);
    expect(messages.length).toBeGreaterThan(0);
    expect(await one(`SELECT count(*)::int FROM units WHERE code LIKE 'SCALE-%'`)).toBe(EXPECTED.units);
    expect(await one(`SELECT count(*)::int FROM units WHERE code LIKE 'SCALE-%' AND kind = 'PARTY_COMMITTEE'`)).toBe(EXPECTED.regions);
    expect(await one(`SELECT count(*)::int FROM units WHERE code LIKE 'SCALE-%' AND kind = 'DISCIPLINE_COMMISSION'`)).toBe(EXPECTED.regions);
    expect(await one(`SELECT count(*)::int FROM cadres c JOIN units u ON u.id = c.unit_id WHERE u.code LIKE 'SCALE-%'`)).toBe(EXPECTED.cadres);
    expect(await one(`SELECT count(*)::int FROM cases WHERE case_number LIKE 'SC-%'`)).toBe(EXPECTED.cases);
    // One decision per subject of every case in DECIDED or later.
    const decided = await one(`SELECT count(*)::int FROM case_subjects s JOIN cases c ON c.id = s.case_id
      WHERE c.case_number LIKE 'SC-%' AND c.state IN ('DECIDED', 'SERVED', 'EXECUTING', 'NOTIFIED', 'ARCHIVED')`);
    expect(result.decisions).toBe(decided);
    expect(result.decisions).toBeGreaterThan(0);
    expect(await one(`SELECT count(*)::int FROM decisions d JOIN cases c ON c.id = d.case_id WHERE c.case_number LIKE 'SC-%'`)).toBe(result.decisions);
    expect(await one(`SELECT count(*)::int FROM decisions d JOIN case_subjects s ON s.id = d.subject_id WHERE s.case_id <> d.case_id`)).toBe(0);
  });

  it('builds a consistent unit tree', async () => {
    expect(await one(`SELECT count(*)::int FROM units u LEFT JOIN units p ON p.id = u.parent_id
      WHERE u.code LIKE 'SCALE-%' AND NOT (
        (p.id IS NULL AND u.path = '/' || u.id || '/' AND u.depth = 0) OR
        (p.id IS NOT NULL AND starts_with(u.path, p.path) AND u.path = p.path || u.id || '/' AND u.depth = p.depth + 1))`)).toBe(0);
    expect(await one(`SELECT count(*)::int FROM units WHERE code LIKE 'SCALE-%' AND parent_id IS NULL`)).toBe(1);
    // A unit is managed by its parent: the upper committee for a committee, the region's committee for a department.
    expect(await one(`SELECT count(*)::int FROM units u LEFT JOIN units m ON m.id = u.managing_committee_id
      WHERE u.code LIKE 'SCALE-%' AND u.parent_id IS NOT NULL AND (m.kind IS DISTINCT FROM 'PARTY_COMMITTEE' OR
        m.id <> u.parent_id)`)).toBe(0);
  });

  it('gives every cadre a rank, a post and a managing committee per 下管一级', async () => {
    expect(await one(`SELECT count(*)::int FROM cadres c JOIN units u ON u.id = c.unit_id JOIN units m ON m.id = c.managing_committee_id
      WHERE u.code LIKE 'SCALE-%' AND m.kind <> 'PARTY_COMMITTEE'`)).toBe(0);
    // Leaders of a sub-region's committee are managed by the committee one level up; department cadres by their region's.
    expect(await one(`SELECT count(*)::int FROM cadres c JOIN units u ON u.id = c.unit_id
      WHERE u.code LIKE 'SCALE-%' AND c.managing_committee_id <> CASE
        WHEN u.kind = 'PARTY_COMMITTEE' THEN coalesce(u.parent_id, u.id) ELSE u.parent_id END`)).toBe(0);
    expect(await one(`SELECT count(*)::int FROM units u WHERE u.code LIKE 'SCALE-%' AND NOT EXISTS (SELECT 1 FROM cadres c WHERE c.unit_id = u.id)`)).toBe(0);
    expect(await one(`SELECT count(DISTINCT rank)::int FROM cadres c JOIN units u ON u.id = c.unit_id WHERE u.code LIKE 'SCALE-%'`)).toBeGreaterThanOrEqual(5);
  });

  it('spreads cases over states and sources with the right bodies and subjects', async () => {
    expect(await one(`SELECT count(*)::int FROM cases c WHERE c.case_number LIKE 'SC-%' AND NOT EXISTS (SELECT 1 FROM case_subjects s WHERE s.case_id = c.id)`)).toBe(0);
    expect(await one(`SELECT max(n)::int FROM (SELECT count(*) AS n FROM case_subjects s JOIN cases c ON c.id = s.case_id WHERE c.case_number LIKE 'SC-%' GROUP BY c.id) x`)).toBe(2);
    expect(await one(`SELECT count(DISTINCT state)::int FROM cases WHERE case_number LIKE 'SC-%'`)).toBe(10);
    expect(await one(`SELECT count(DISTINCT clue_source)::int FROM cases WHERE case_number LIKE 'SC-%'`)).toBe(7);
    const share = await one<string>(`SELECT round(avg((s.kind = 'CADRE')::int), 2)::text FROM case_subjects s JOIN cases c ON c.id = s.case_id WHERE c.case_number LIKE 'SC-%'`);
    expect(Number(share)).toBeGreaterThan(0.8);
    expect(await one(`SELECT count(*)::int FROM cases c JOIN units h ON h.id = c.handling_unit_id JOIN units d ON d.id = c.deciding_unit_id
      WHERE c.case_number LIKE 'SC-%' AND (h.kind <> 'DISCIPLINE_COMMISSION' OR d.kind <> 'PARTY_COMMITTEE' OR h.parent_id <> d.id)`)).toBe(0);
    // The deciding committee manages every subject (cadres directly, units through their managing committee).
    expect(await one(`SELECT count(*)::int FROM cases c JOIN case_subjects s ON s.case_id = c.id
      LEFT JOIN cadres k ON k.id = s.cadre_id LEFT JOIN units u ON u.id = s.unit_id
      WHERE c.case_number LIKE 'SC-%' AND c.deciding_unit_id <> coalesce(k.managing_committee_id, u.managing_committee_id)`)).toBe(0);
    expect(await one(`SELECT count(*)::int FROM cases WHERE case_number LIKE 'SC-%'
      AND (clue_received_on < '2025-01-01' OR clue_received_on > '2026-12-31'
        OR (state = 'REGISTERED') <> (recommendation_due_on IS NULL))`)).toBe(0);
  });

  it('writes decisions with the expected measures and some tolerance outcomes', async () => {
    const measures = (await ds.query(`SELECT DISTINCT unnest(d.measure_codes) AS m FROM decisions d JOIN cases c ON c.id = d.case_id WHERE c.case_number LIKE 'SC-%'`)) as { m: string }[];
    expect(measures.map((r) => r.m).sort()).toEqual([...MEASURES].sort());
    expect(await one(`SELECT count(DISTINCT tolerance_outcome)::int FROM decisions d JOIN cases c ON c.id = d.case_id WHERE c.case_number LIKE 'SC-%'`)).toBe(4);
    expect(await one(`SELECT count(*)::int FROM decisions d JOIN cases c ON c.id = d.case_id
      WHERE c.case_number LIKE 'SC-%' AND (d.approving_unit_id <> c.deciding_unit_id
        OR (d.kind = 'ACCOUNTABILITY') <> (cardinality(d.measure_codes) = 1))`)).toBe(0);
  });

  it('creates the benchmark accounts with their grants and one shared password hash', async () => {
    const rows = (await ds.query(`SELECT a.login, a.password_hash, g.role, u.code FROM accounts a JOIN role_grants g ON g.account_id = a.id
      JOIN units u ON u.id = g.unit_id WHERE a.login LIKE 'scale.%' ORDER BY a.login`)) as { login: string; password_hash: string; role: string; code: string }[];
    expect(rows.map(({ login, role, code }) => [login, role, code])).toEqual([
      ['scale.city1.investigator', 'INVESTIGATOR', 'SCALE-P-C01-DC'],
      ['scale.decider', 'COMMITTEE_DECIDER', 'SCALE-P-PC'],
      ['scale.investigator', 'INVESTIGATOR', 'SCALE-P-DC'],
    ]);
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(1);
    expect(await verifyPassword(SCALE_PASSWORD, rows[0]!.password_hash)).toBe(true);
  });

  it('refuses to run twice and leaves the database unchanged', async () => {
    await expect(seedScale(ds, SCALE, () => {})).rejects.toThrow(/already run/);
    expect(await one(`SELECT count(*)::int FROM units WHERE code LIKE 'SCALE-%'`)).toBe(EXPECTED.units);
    expect(await one(`SELECT count(*)::int FROM cases WHERE case_number LIKE 'SC-%'`)).toBe(EXPECTED.cases);
  });
});
