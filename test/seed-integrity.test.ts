import type { Database } from '../src/platform/db/data-source.js';
import { openTestDatabase } from './support/test-database.js';

/** The demo data is what people learn the product from: its codes must mean something. */
let db: Database;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => db?.close());

const rows = (sql: string) => db.dataSource.query(sql) as Promise<Array<Record<string, unknown>>>;

it('uses only codes that exist in the catalogues', async () => {
  expect(await rows(`SELECT c.case_number FROM cases c WHERE c.conduct_situation_code IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM catalogue_items i WHERE i.code = c.conduct_situation_code AND i.catalogue_code LIKE 'CONDUCT_%')`)).toEqual([]);
  expect(await rows(`SELECT d.id, m FROM decisions d, unnest(d.measure_codes) m WHERE NOT EXISTS (
    SELECT 1 FROM catalogue_items i WHERE i.code = m AND i.catalogue_code = 'MEASURES_YY')`)).toEqual([]);
  expect(await rows(`SELECT a.id, f->>'criterionCode' AS code FROM assessments a, jsonb_array_elements(a.findings) f WHERE NOT EXISTS (
    SELECT 1 FROM catalogue_items i WHERE i.code = f->>'criterionCode' AND i.catalogue_code = a.criteria_catalogue_code)`)).toEqual([]);
  expect(await rows(`SELECT r.code, x FROM rule_regimes r, unnest(array_append(r.tolerable_catalogue_codes, r.criteria_catalogue_code)) x
    WHERE NOT EXISTS (SELECT 1 FROM catalogues c WHERE c.code = x)`)).toEqual([]);
});

it('keeps management authority with party committees, one level up (下管一级)', async () => {
  expect(await rows(`SELECT cd.name FROM cadres cd JOIN units m ON m.id = cd.managing_committee_id WHERE m.kind <> 'PARTY_COMMITTEE'`)).toEqual([]);
  // A region's leaders are managed by the committee above; its department heads by its own.
  expect(await rows(`SELECT cd.post FROM cadres cd JOIN units u ON u.id = cd.unit_id
    WHERE u.kind = 'PARTY_COMMITTEE' AND u.level <> 'TOWNSHIP' AND cd.managing_committee_id <> u.parent_id`)).toEqual([]);
});

it('decides every case by a committee, handles it by an accountability body, and covers every state', async () => {
  expect(await rows(`SELECT c.case_number FROM cases c JOIN units d ON d.id = c.deciding_unit_id WHERE d.kind <> 'PARTY_COMMITTEE'`)).toEqual([]);
  expect(await rows(`SELECT c.case_number FROM cases c JOIN units h ON h.id = c.handling_unit_id WHERE h.kind NOT IN ('DISCIPLINE_COMMISSION', 'AUDIT')`)).toEqual([]);
  const states = await rows(`SELECT DISTINCT state FROM cases ORDER BY state`);
  expect(states).toHaveLength(10);
  expect(await rows(`SELECT c.case_number FROM cases c WHERE c.state NOT IN ('REGISTERED') AND c.recommendation_due_on IS NULL`)).toEqual([]);
});

it('has one account per role per region', async () => {
  const counts = await rows(`SELECT split_part(login, '.', 1) AS region, count(DISTINCT g.role)::int AS roles
    FROM accounts a JOIN role_grants g ON g.account_id = a.id GROUP BY 1 ORDER BY 1`);
  expect(counts).toHaveLength(9);
  for (const c of counts) expect(c.roles).toBe(8);
});
