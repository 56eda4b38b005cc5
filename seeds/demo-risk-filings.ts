import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CalendarDay } from '../src/modules/calendar/calendar-day.entity.js';
import { CaseRiskFiling, RiskFiling, RiskFilingHistoryEntry, type FilingAttachment } from '../src/modules/risk-filings/risk-filing.entity.js';
import { FilingAttachmentKind, RiskFilingEventKind, RiskFilingState, SpecialApprovalKind } from '../src/modules/risk-filings/risk-filing.enums.js';
import { addCalendarDays, WorkingDayCalendar } from '../src/platform/calendar/working-day-calendar.js';
import type { DemoCases } from './demo-cases.js';
import type { DemoStructure } from './demo-structure.js';
import { seedId } from './seed-id.js';

/** The reference regimes' limit (reference-data.ts): the office answers within five working days. */
const WORKING_DAYS = 5;
const STATES = [RiskFilingState.ACCEPTED, RiskFilingState.SUBMITTED, RiskFilingState.RETURNED, RiskFilingState.REFUSED, RiskFilingState.REVOKED];
const MISSING = '缺少合法性审查意见及风险评估报告，请补充后重新报备。';

const attachment = (name: string, kind: FilingAttachmentKind, sizeBytes: number): FilingAttachment => ({ name, kind, sizeBytes, sha256: createHash('sha256').update(name).digest('hex') });

type Change = [RiskFilingEventKind, RiskFilingState, number, string | null];

/**
 * Each state's history, as (event, state, days after the first submission, note). An accepted
 * filing of every second region went through a return and a resubmission first.
 */
function historyOf(state: RiskFilingState, withReturn: boolean): Change[] {
  const submit: Change = [RiskFilingEventKind.SUBMIT, RiskFilingState.SUBMITTED, 0, null];
  const returned: Change[] = withReturn ? [[RiskFilingEventKind.RETURN, RiskFilingState.RETURNED, 2, MISSING], [RiskFilingEventKind.RESUBMIT, RiskFilingState.SUBMITTED, 6, '已补充合法性审查意见及风险评估报告。']] : [];
  const accept = (day: number): Change => [RiskFilingEventKind.ACCEPT, RiskFilingState.ACCEPTED, day, '材料齐全，予以备案。'];
  switch (state) {
    case RiskFilingState.SUBMITTED: return [submit];
    case RiskFilingState.ACCEPTED: return [submit, ...returned, accept(withReturn ? 8 : 2)];
    case RiskFilingState.RETURNED: return [submit, [RiskFilingEventKind.RETURN, RiskFilingState.RETURNED, 2, MISSING]];
    case RiskFilingState.REFUSED: return [submit, [RiskFilingEventKind.REFUSE, RiskFilingState.REFUSED, 3, '所报事项属法律法规明令禁止的情形，不予备案。']];
    case RiskFilingState.REVOKED: return [submit, accept(2), [RiskFilingEventKind.REVOKE, RiskFilingState.REVOKED, 40, '借报备之名规避监管，撤销备案。']];
  }
}

/** Two risk filings per region in every state of the procedure, their histories, and the cases that cite them. */
export async function insertRiskFilings(em: EntityManager, s: DemoStructure, cases: DemoCases): Promise<void> {
  const calendar = new WorkingDayCalendar(await em.find(CalendarDay));
  const filings: RiskFiling[] = [];
  const history: Array<Partial<RiskFilingHistoryEntry>> = [];
  s.regions.forEach((region, r) => {
    for (const k of [0, 1]) {
      const n = r * 2 + k;
      const state = STATES[n % STATES.length]!;
      const special = k === 1;
      const submitted = addCalendarDays('2026-01-12', n * 9);
      const changes = historyOf(state, r % 2 === 0);
      const id = seedId(`filing:${n}`);
      const office = region.units.REFORM_OFFICE!;
      const discipline = region.units.DISCIPLINE_COMMISSION!;
      const filingUnit = region.departments[k % region.departments.length]!;
      const latestSubmission = [...changes].reverse().find(([e]) => e === RiskFilingEventKind.SUBMIT || e === RiskFilingEventKind.RESUBMIT)!;
      const last = changes[changes.length - 1]!;
      const officeAnswer = changes.find(([e]) => e === RiskFilingEventKind.ACCEPT || e === RiskFilingEventKind.REFUSE || (e === RiskFilingEventKind.RETURN && state === RiskFilingState.RETURNED));
      const submittedOn = addCalendarDays(submitted, latestSubmission[2]);
      filings.push(Object.assign(new RiskFiling(), {
        id, filingNumber: `${region.key.toUpperCase()}-BB-2026-${String(k + 1).padStart(3, '0')}`,
        filingUnitId: filingUnit.id, filerCadreId: null, receivingUnitId: office.id, supervisingUnitId: discipline.id,
        matter: special ? '历史遗留不动产登记问题特事特办' : '工业园区企业投资项目容缺审批试点',
        reason: '政策边界尚不明确，为推动项目落地需先行先试。', riskPoints: '审批要件后补可能不到位；个别企业承诺不兑现。',
        preventionMeasures: '建立承诺台账，限期补正，纪委监委同步监督。',
        decisionProcedure: { collectiveStudy: true, expertReview: !special, legalReview: true, riskAssessment: true, notes: `${filingUnit.name}党组会议集体研究` },
        attachments: [attachment(`${filingUnit.name}党组会议纪要.pdf`, FilingAttachmentKind.COLLECTIVE_DECISION_MINUTES, 482_113), attachment(`${filingUnit.name}风险评估报告.pdf`, FilingAttachmentKind.RISK_ASSESSMENT, 1_204_551)],
        specialHandling: special,
        // [HN] §二(一)2: the government's consent and the upper department's approval, before implementation.
        specialApprovals: special ? [
          { kind: SpecialApprovalKind.GOVERNMENT_CONSENT, approvedBy: `${region.name}人民政府`, approvedOn: addCalendarDays(submitted, -10), documentNumber: `${region.key.toUpperCase()}政函〔2026〕${n + 1}号` },
          { kind: SpecialApprovalKind.UPPER_DEPARTMENT_APPROVAL, approvedBy: region.parent ? `${region.parent.name}自然资源局` : '自然资源部', approvedOn: addCalendarDays(submitted, -5) },
        ] : [],
        implementationOn: special ? addCalendarDays(submitted, 20) : null,
        state, submittedAt: new Date(`${submitted}T02:00:00Z`), submittedOn,
        dueOn: state === RiskFilingState.SUBMITTED ? calendar.addWorkingDays(submittedOn, WORKING_DAYS) : null,
        decidedAt: officeAnswer ? new Date(`${addCalendarDays(submitted, officeAnswer[2])}T02:00:00Z`) : null,
        decisionNote: officeAnswer ? officeAnswer[3] : null,
        revocationReason: state === RiskFilingState.REVOKED ? last[3] : null,
      }));
      changes.forEach(([event, toState, day, note], i) => history.push({
        id: seedId(`filing:${n}:change:${i}`), riskFilingId: id, seq: i + 1, event, toState, effectiveOn: addCalendarDays(submitted, day), note,
        actingUnitId: event === RiskFilingEventKind.SUBMIT || event === RiskFilingEventKind.RESUBMIT ? filingUnit.id : event === RiskFilingEventKind.REVOKE ? discipline.id : office.id,
        recordedByAccountId: null,
      }));
    }
  });
  await em.insert(RiskFiling, filings.map((x) => ({ ...x })));
  await em.insert(RiskFilingHistoryEntry, history);
  // The [YC] idea: a later case cites a filing on the same matter as a basis for tolerance; the
  // conduct is dated a week before the clue (the assessment judges the filing on that day).
  const links = cases.rows.cases
    .filter((c) => c.title.includes('容缺审批'))
    .map((c) => {
      const filing = filings.find((f) => f.state === RiskFilingState.ACCEPTED && !f.specialHandling && s.units.find((u) => u.id === f.receivingUnitId)!.parentId === c.decidingUnitId)
        ?? filings.find((f) => f.state === RiskFilingState.ACCEPTED && s.units.find((u) => u.id === f.receivingUnitId)!.parentId === c.decidingUnitId);
      return filing ? { caseId: c.id, riskFilingId: filing.id, conductOn: addCalendarDays(c.clueReceivedOn, -7), citedByAccountId: null } : null;
    })
    .filter((x): x is NonNullable<typeof x> => x !== null);
  if (links.length) await em.insert(CaseRiskFiling, links);
}
