import type { EntityManager } from 'typeorm';
import { CaseRiskFiling, RiskFiling } from '../src/modules/risk-filings/risk-filing.entity.js';
import { RiskFilingState } from '../src/modules/risk-filings/risk-filing.enums.js';
import { addCalendarDays } from '../src/platform/calendar/working-day-calendar.js';
import type { DemoCases } from './demo-cases.js';
import type { DemoStructure } from './demo-structure.js';
import { seedId } from './seed-id.js';

/** Two risk filings per region (clarifications: demo-clarifications.ts). */
export async function insertRiskFilings(em: EntityManager, s: DemoStructure, cases: DemoCases): Promise<void> {
  const filings: RiskFiling[] = [];
  const states = [RiskFilingState.ACCEPTED, RiskFilingState.SUBMITTED, RiskFilingState.RETURNED, RiskFilingState.REFUSED, RiskFilingState.REVOKED];
  s.regions.forEach((region, r) => {
    for (const k of [0, 1]) {
      const n = r * 2 + k;
      const state = states[n % states.length]!;
      const submitted = addCalendarDays('2026-01-12', n * 9);
      filings.push(Object.assign(new RiskFiling(), {
        id: seedId(`filing:${n}`), filingNumber: `${region.key.toUpperCase()}-BB-2026-${String(k + 1).padStart(3, '0')}`,
        filingUnitId: region.departments[k % region.departments.length]!.id, filerCadreId: null,
        receivingUnitId: region.units.REFORM_OFFICE!.id, supervisingUnitId: region.units.DISCIPLINE_COMMISSION!.id,
        matter: k === 0 ? '工业园区企业投资项目容缺审批试点' : '历史遗留不动产登记问题特事特办',
        reason: '政策边界尚不明确，为推动项目落地需先行先试。', riskPoints: '审批要件后补可能不到位；个别企业承诺不兑现。',
        preventionMeasures: '建立承诺台账，限期补正，纪委监委同步监督。',
        decisionProcedure: { collectiveStudy: true, expertReview: k === 0, legalReview: true, riskAssessment: true },
        specialHandling: k === 1, state, submittedAt: new Date(`${submitted}T02:00:00Z`),
        decidedAt: state === RiskFilingState.SUBMITTED ? null : new Date(`${addCalendarDays(submitted, 2)}T02:00:00Z`),
        decisionNote: state === RiskFilingState.REVOKED ? '借报备之名规避监管，撤销备案。' : null,
      }));
    }
  });
  await em.insert(RiskFiling, filings.map((x) => ({ ...x })));
  // The [YC] idea: a later case cites a valid filing on the same matter as a basis for tolerance.
  const links = cases.rows.cases
    .filter((c) => c.title.includes('容缺审批'))
    .map((c) => {
      const filing = filings.find((f) => f.state === RiskFilingState.ACCEPTED && s.units.find((u) => u.id === f.receivingUnitId)!.parentId === c.decidingUnitId);
      return filing ? { caseId: c.id, riskFilingId: filing.id } : null;
    })
    .filter((x): x is { caseId: string; riskFilingId: string } => x !== null);
  if (links.length) await em.insert(CaseRiskFiling, links);
}
