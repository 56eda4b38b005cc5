import { subject } from '@casl/ability';
import { POLICIES } from '../src/app/policies.js';
import { loadAccountActor } from '../src/modules/accounts/authentication.service.js';
import { CADRE_SUBJECT } from '../src/modules/cadres/cadre.policy.js';
import { CASE_SUBJECT } from '../src/modules/cases/case.policy.js';
import { CLARIFICATION_SUBJECT } from '../src/modules/clarifications/clarification.policy.js';
import { buildAbility } from '../src/platform/authz/ability.js';
import { scopedQuery } from '../src/platform/authz/scoped-query.js';
import type { Database } from '../src/platform/db/data-source.js';
import { openTestDatabase } from './support/test-database.js';

/**
 * The SQL that scopedQuery generates must select exactly the rows CASL itself would allow, for
 * every demo account: the rules are evaluated twice (in SQL, and in memory on each row with the
 * fields the conditions name) and the two sets compared.
 */
let db: Database;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => db?.close());

interface CaseFacts { id: string; handlingUnitId: string; handlingUnitPath: string; decidingUnitPath: string; decidingUnitId: string; state: string; subjectCadreId: string[]; subjectCadreUnitId: string[]; copiedToUnitId: string[] }

async function caseFacts(): Promise<CaseFacts[]> {
  return db.dataSource.query(`
    SELECT c.id, c.handling_unit_id AS "handlingUnitId", h.path AS "handlingUnitPath", d.path AS "decidingUnitPath", c.deciding_unit_id AS "decidingUnitId", c.state,
      coalesce((SELECT array_agg(cs.cadre_id::text) FROM case_subjects cs WHERE cs.case_id = c.id AND cs.cadre_id IS NOT NULL), '{}') AS "subjectCadreId",
      coalesce((SELECT array_agg(cd.unit_id::text) FROM case_subjects cs JOIN cadres cd ON cd.id = cs.cadre_id WHERE cs.case_id = c.id), '{}') AS "subjectCadreUnitId",
      coalesce((SELECT array_agg(cc.recipient_unit_id::text) FROM case_copies cc WHERE cc.case_id = c.id), '{}') AS "copiedToUnitId"
    FROM cases c JOIN units h ON h.id = c.handling_unit_id JOIN units d ON d.id = c.deciding_unit_id`);
}

async function demoActors() {
  const logins: Array<{ login: string }> = await db.dataSource.query(`SELECT login FROM accounts ORDER BY login`);
  const actors = await Promise.all(logins.map((l) => loadAccountActor(db.dataSource.manager, l.login, Date.now() / 1000)));
  return actors.map((a) => a!);
}

/** Every action a case rule names: reads, the case file, and each step of the procedure. */
const CASE_ACTIONS = ['read', 'readConfidential', 'readFile', 'register', 'handle', 'takeOver', 'decide', 'respond', 'applyTolerance', 'reportCorrection', 'reviewAppeal'] as const;

it('selects in SQL exactly the cases CASL allows in memory, for every demo account and every case action', async () => {
  const facts = await caseFacts();
  const actors = await demoActors();
  expect(actors.length).toBe(72);
  let compared = 0;
  let nonEmpty = 0;
  for (const actor of actors) {
    const ability = buildAbility(actor, POLICIES);
    for (const action of CASE_ACTIONS) {
      const expected = facts.filter((f) => ability.can(action, subject('Case', { ...f }))).map((f) => f.id).sort();
      const rows = await scopedQuery({ ability, manager: db.dataSource.manager }, action, CASE_SUBJECT).select('c.id', 'id').getRawMany<{ id: string }>();
      expect({ login: actor.login, action, ids: rows.map((r) => r.id).sort() }).toEqual({ login: actor.login, action, ids: expected });
      compared++;
      if (expected.length > 0) nonEmpty++;
    }
  }
  expect(compared).toBe(72 * CASE_ACTIONS.length);
  expect(nonEmpty).toBeGreaterThan(150); // the comparison is not vacuous
});

it('does the same for clarifications, their steps and the referral', async () => {
  const facts: Array<{ id: string; cadreId: string; clarifyingUnitId: string; clarifyingUnitPath: string; cadreUnitPath: string }> = await db.dataSource.query(
    `SELECT cl.id, cl.cadre_id AS "cadreId", cl.clarifying_unit_id AS "clarifyingUnitId", u.path AS "clarifyingUnitPath", cu.path AS "cadreUnitPath"
       FROM clarifications cl JOIN units u ON u.id = cl.clarifying_unit_id JOIN cadres cd ON cd.id = cl.cadre_id JOIN units cu ON cu.id = cd.unit_id`,
  );
  let nonEmpty = 0;
  for (const actor of await demoActors()) {
    const ability = buildAbility(actor, POLICIES);
    for (const action of ['read', 'readConfidential', 'clarify', 'applyClarification', 'referFalseAccusation'] as const) {
      const expected = facts.filter((f) => ability.can(action, subject('Clarification', { ...f }))).map((f) => f.id).sort();
      const rows = await scopedQuery({ ability, manager: db.dataSource.manager }, action, CLARIFICATION_SUBJECT).select('cl.id', 'id').getRawMany<{ id: string }>();
      expect({ login: actor.login, action, ids: rows.map((r) => r.id).sort() }).toEqual({ login: actor.login, action, ids: expected });
      if (expected.length > 0) nonEmpty++;
    }
  }
  expect(nonEmpty).toBeGreaterThan(20);
});

it('does the same for cadres and their personal data', async () => {
  const facts: Array<{ id: string; unitPath: string; managingCommitteePath: string }> = await db.dataSource.query(
    `SELECT cd.id, u.path AS "unitPath", m.path AS "managingCommitteePath" FROM cadres cd JOIN units u ON u.id = cd.unit_id JOIN units m ON m.id = cd.managing_committee_id`,
  );
  for (const actor of await demoActors()) {
    const ability = buildAbility(actor, POLICIES);
    for (const action of ['read', 'readConfidential'] as const) {
      const expected = facts.filter((f) => ability.can(action, subject('Cadre', { ...f }))).map((f) => f.id).sort();
      const rows = await scopedQuery({ ability, manager: db.dataSource.manager }, action, CADRE_SUBJECT).select('cd.id', 'id').getRawMany<{ id: string }>();
      expect({ login: actor.login, action, ids: rows.map((r) => r.id).sort() }).toEqual({ login: actor.login, action, ids: expected });
    }
  }
});
