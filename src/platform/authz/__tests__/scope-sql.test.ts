import { subject } from '@casl/ability';
import { buildAbility, type Policy } from '../ability.js';
import type { Actor } from '../actor.js';
import { abilityToSql, type FieldMap } from '../scope-sql.js';

const actor: Actor = { kind: 'account', accountId: 'a', login: 'x', displayName: 'x', cadreId: 'cadre-1', grants: [] };
const FIELDS: FieldMap = {
  state: { column: '{a}.state' },
  handlingUnitPath: { unitColumn: '{a}.handling_unit_id' },
  subjectCadreId: { exists: 'FROM case_subjects s WHERE s.case_id = {a}.id', column: 's.cadre_id' },
};
const sqlFor = (policy: Policy) => abilityToSql(buildAbility(actor, [policy]), 'read', 'Case', FIELDS, 'c');
const normalise = (sql: string) => sql.replace(/scope_\d+/g, 'p');

describe('abilityToSql', () => {
  it('denies with FALSE when no rule exists for the subject', () => {
    expect(sqlFor(() => undefined).sql).toBe('FALSE');
    expect(sqlFor((_a, { can }) => can('read', 'Unit')).sql).toBe('FALSE');
  });

  it('allows everything with TRUE for an unconditional rule', () => {
    expect(sqlFor((_a, { can }) => can('read', 'Case')).sql).toBe('TRUE');
  });

  it('turns $within into a prefix scan of unit paths, escaping LIKE wildcards', () => {
    const { sql, params } = sqlFor((_a, { can }) => can('read', 'Case', { handlingUnitPath: { $within: '/a_b/%/' } }));
    expect(normalise(sql)).toBe('c.handling_unit_id IN (SELECT scope_u.id FROM units scope_u WHERE scope_u.path LIKE :p)');
    expect(Object.values(params)).toEqual(['/a\\_b/\\%/%']);
  });

  it('ORs can-rules and ANDs NOT of cannot-rules, fields through EXISTS', () => {
    const { sql, params } = sqlFor((_a, { can, cannot }) => {
      can('read', 'Case', { handlingUnitPath: { $within: '/r/' } });
      can('read', 'Case', { subjectCadreId: 'cadre-1' });
      cannot('read', 'Case', { state: 'DISMISSED' });
    });
    expect(normalise(sql)).toBe(
      '((EXISTS (SELECT 1 FROM case_subjects s WHERE s.case_id = c.id AND s.cadre_id = :p) AND NOT (c.state = :p)) OR (c.handling_unit_id IN (SELECT scope_u.id FROM units scope_u WHERE scope_u.path LIKE :p) AND NOT (c.state = :p)))',
    );
    expect(Object.values(params).sort()).toEqual(['/r/%', 'DISMISSED', 'DISMISSED', 'cadre-1'].sort());
  });

  it('fails closed on a condition field with no SQL mapping', () => {
    expect(() => sqlFor((_a, { can }) => can('read', 'Case', { secret: 'x' }))).toThrow(/No SQL mapping for Case.secret/);
  });

  it('matches $within in memory the same way', () => {
    const ability = buildAbility(actor, [(_a, { can }) => can('read', 'Case', { handlingUnitPath: { $within: '/r/' } })]);
    expect(ability.can('read', subject('Case', { handlingUnitPath: '/r/x/' }))).toBe(true);
    expect(ability.can('read', subject('Case', { handlingUnitPath: '/q/x/' }))).toBe(false);
  });
});
