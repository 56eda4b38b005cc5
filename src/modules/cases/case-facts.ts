/** What a step's rule needs to know about a case beyond its row, read inside the step's transaction. */
import type { EntityManager } from 'typeorm';
import { badInput } from '../../platform/errors/domain-error.js';
import type { RequestContext } from '../../platform/request/request-context.js';
import type { RuleRegime } from '../units/rule-regime.entity.js';
import { Unit } from '../units/unit.entity.js';
import { effectiveRuleRegime } from '../units/unit.service.js';
import { SubjectKind } from './case.enums.js';

export interface SubjectFact {
  subjectId: string;
  kind: SubjectKind;
  cadreId: string | null;
  unitId: string | null;
  /** The committee with management authority: the cadre's, or the subject unit's. */
  managingCommitteeId: string | null;
  /** The unit the cadre works in (for copies to its party organisation), or the subject unit. */
  workUnitId: string;
}

export async function subjectFacts(manager: EntityManager, caseId: string): Promise<SubjectFact[]> {
  return manager.query(
    `SELECT cs.id AS "subjectId", cs.kind, cs.cadre_id AS "cadreId", cs.unit_id AS "unitId",
            COALESCE(cd.managing_committee_id, u.managing_committee_id) AS "managingCommitteeId",
            COALESCE(cd.unit_id, cs.unit_id) AS "workUnitId"
       FROM case_subjects cs LEFT JOIN cadres cd ON cd.id = cs.cadre_id LEFT JOIN units u ON u.id = cs.unit_id
      WHERE cs.case_id = $1 ORDER BY cs.sort_order`,
    [caseId],
  );
}

/** Cadre subjects whose statement, defence or written waiver is on record. */
export async function heardCadreIds(manager: EntityManager, caseId: string): Promise<Set<string>> {
  const rows: Array<{ cadre_id: string }> = await manager.query(
    `SELECT DISTINCT cs.cadre_id FROM statements st JOIN case_subjects cs ON cs.id = st.subject_id WHERE st.case_id = $1 AND cs.cadre_id IS NOT NULL`,
    [caseId],
  );
  return new Set(rows.map((r) => r.cadre_id));
}

/** Checks every code against the catalogues in force; BAD_USER_INPUT names the field. */
export async function requireCatalogueCodes(manager: EntityManager, catalogueCodes: readonly string[], codes: readonly string[], field: string): Promise<void> {
  if (codes.length === 0) return;
  if (codes.length > 50) throw badInput(`${field}: at most 50 codes`, { field });
  if (new Set(codes).size !== codes.length) throw badInput(`${field}: a code is listed twice`, { field });
  const rows: Array<{ code: string }> = await manager.query(
    `SELECT code FROM catalogue_items WHERE catalogue_code = ANY($1::varchar[]) AND code = ANY($2::varchar[])`,
    [[...catalogueCodes], [...codes]],
  );
  const known = new Set(rows.map((r) => r.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length > 0) throw badInput(`${field}: not in ${catalogueCodes.join(' / ')}: ${unknown.join(', ')}`, { field, codes: unknown });
}

export async function unitOf(manager: EntityManager, id: string): Promise<Unit> {
  return manager.getRepository(Unit).findOneByOrFail({ id });
}

/** The rules in force for a case: those of its deciding committee's jurisdiction. */
export async function regimeAt(ctx: RequestContext, unit: Unit): Promise<RuleRegime> {
  const regime = await effectiveRuleRegime(ctx, unit);
  if (!regime) throw new Error(`No rule regime is in force at unit ${unit.code}: every tree root must set one`);
  return regime;
}

/** The nearest party committee strictly above a unit: the supervising body of a committee. */
export async function upperCommitteeOf(manager: EntityManager, unit: Unit): Promise<Unit | null> {
  const ancestors = unit.path.split('/').filter(Boolean).slice(0, -1);
  if (ancestors.length === 0) return null;
  const rows = await manager.getRepository(Unit).createQueryBuilder('u')
    .where('u.id IN (:...ids)', { ids: ancestors }).andWhere(`u.kind = 'PARTY_COMMITTEE'`).orderBy('u.depth', 'DESC').limit(1).getMany();
  return rows[0] ?? null;
}
