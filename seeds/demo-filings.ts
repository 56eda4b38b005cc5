import type { EntityManager } from 'typeorm';
import { CaseState } from '../src/modules/cases/case-state.js';
import { ToleranceOrigin } from '../src/modules/cases/case.enums.js';
import { Clarification } from '../src/modules/clarifications/clarification.entity.js';
import { ClarificationFinding, ClarificationMethod, ClarificationState } from '../src/modules/clarifications/clarification.enums.js';
import { addCalendarDays } from '../src/platform/calendar/working-day-calendar.js';
import type { DemoCases } from './demo-cases.js';
import { insertRiskFilings } from './demo-risk-filings.js';
import type { DemoStructure } from './demo-structure.js';
import { seedId } from './seed-id.js';

/** Clarifications for dismissed cases (反映失实) and two risk filings per region. */
export async function insertClarificationsAndFilings(em: EntityManager, s: DemoStructure, cases: DemoCases): Promise<void> {
  const clarifications: Clarification[] = [];
  for (const c of cases.rows.cases.filter((x) => x.state === CaseState.DISMISSED)) {
    const subject = cases.rows.subjects.find((x) => x.caseId === c.id)!;
    const n = clarifications.length;
    const done = n % 2 === 0;
    clarifications.push(Object.assign(new Clarification(), {
      id: seedId(`clarification:${c.id}`), caseId: c.id, cadreId: subject.cadreId!, clarifyingUnitId: c.handlingUnitId,
      origin: n % 3 === 0 ? ToleranceOrigin.APPLICATION : ToleranceOrigin.EX_OFFICIO,
      state: done ? ClarificationState.CLARIFIED : ClarificationState.ACCEPTED,
      finding: n % 2 === 0 ? ClarificationFinding.UNTRUE : ClarificationFinding.UNFOUNDED,
      allegations: '反映其在项目审批中收受好处的问题', methods: done ? [ClarificationMethod.WRITTEN, ClarificationMethod.MEETING] : [],
      scope: done ? '所在单位干部大会' : null, requestedOn: addCalendarDays(c.clueReceivedOn, 40), dueOn: addCalendarDays(c.clueReceivedOn, 47),
      clarifiedOn: done ? addCalendarDays(c.clueReceivedOn, 45) : null, maliciousAccusation: n === 1, referral: n === 1 ? '移交公安机关依法处理诬告陷害行为' : null,
    }));
  }
  if (clarifications.length) await em.insert(Clarification, clarifications.map((x) => ({ ...x })));

  await insertRiskFilings(em, s, cases);
}
