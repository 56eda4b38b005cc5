import type { EntityManager } from 'typeorm';
import type { Cadre } from '../src/modules/cadres/cadre.entity.js';
import { SupervisionProposal, SupervisionRecord } from '../src/modules/supervision/supervision.entity.js';
import {
  RectificationPlanState, SupervisionKind, SupervisionProposalKind, SupervisionProposalState, SupervisionSituation,
} from '../src/modules/supervision/supervision.enums.js';
import { planDueDate } from '../src/modules/supervision/supervision-rules.js';
import type { Unit } from '../src/modules/units/unit.entity.js';
import type { WorkingDayCalendar } from '../src/platform/calendar/working-day-calendar.js';
import type { DemoCases } from './demo-cases.js';
import type { DemoStructure } from './demo-structure.js';
import { seedId } from './seed-id.js';

type Plan = { state: RectificationPlanState; submittedOn?: string; reviewedOn?: string };

/**
 * 督查问效 in 宜川 ([YC]): reminders to a cadre and to a unit, interviews with their plans in every
 * state (pending, submitted, returned, verified), and proposals in every state — the self-service
 * cadre's second interview of 2026 before the committee, a department head's 2025 诫勉 confirmed
 * and 组织处理 rejected, and that head's first interview of 2026, which counts afresh.
 */
export async function insertSupervision(em: EntityManager, s: DemoStructure, cases: DemoCases, calendar: WorkingDayCalendar): Promise<void> {
  const yc = s.regionByKey('yc');
  const org = yc.units.ORGANISATION_DEPARTMENT!;
  const discipline = yc.units.DISCIPLINE_COMMISSION!;
  const self = cases.selfServiceCadre.get('yc')!;
  const environment = yc.departments[0]!; // yc.unit-party's unit
  const head = s.cadres.find((c) => c.unitId === environment.id)!;
  const emergency = yc.departments[1]!;
  const county = s.regionByKey('yc-a');
  const township = county.townships[0]!;
  const townshipCadre = s.cadres.find((c) => c.unitId === township.id)!;
  const unitOf = (id: string) => s.units.find((u) => u.id === id)!;

  const records: SupervisionRecord[] = [];
  const add = (key: string, kind: SupervisionKind, by: Unit, target: { cadre: Cadre } | { unit: Unit }, heldOn: string, situation: SupervisionSituation, reason: string, plan?: Plan) => {
    const unit = 'cadre' in target ? unitOf(target.cadre.unitId) : target.unit;
    const interview = kind === SupervisionKind.INTERVIEW;
    const submitted = plan?.submittedOn ?? null;
    const returned = plan?.state === RectificationPlanState.RETURNED;
    const dueOn = interview ? (returned && plan!.reviewedOn ? planDueDate(calendar, plan!.reviewedOn) : planDueDate(calendar, heldOn)) : null;
    const row = Object.assign(new SupervisionRecord(), {
      id: seedId(`supervision:${key}`), kind, situation, reason, heldOn,
      interviewer: interview ? `${yc.name}委副书记、市长` : null, approvedBy: interview ? `${yc.name}委主要负责人` : `${yc.name}委办公室主任`,
      recordingUnitId: by.id, cadreId: 'cadre' in target ? target.cadre.id : null, targetUnitId: unit.id,
      managingCommitteeId: 'cadre' in target ? target.cadre.managingCommitteeId : (unit.managingCommitteeId ?? unit.id), recordedByAccountId: null,
      planState: interview ? plan!.state : null, planDueOn: dueOn,
      planContent: submitted ? '一、压实责任，明确专人专班；二、倒排工期，每周调度；三、建立台账，逐项销号。' : null,
      planSubmittedOn: submitted, planLate: submitted ? submitted > planDueDate(calendar, heldOn) : null,
      planReviewedOn: plan?.reviewedOn ?? null,
      planReviewNote: plan?.reviewedOn ? (returned ? '整改措施不具体，未明确完成时限，退回重报。' : '整改方案可行，同意，按期报告进展。') : null,
      // Recorded on the day, so lists (newest first) read in the order things happened.
      createdAt: new Date(`${heldOn}T08:00:00Z`),
    });
    records.push(row);
    return row;
  };
  const V = RectificationPlanState;
  const S = SupervisionSituation;

  add('reminder-self', SupervisionKind.REMINDER, org, { cadre: self }, '2026-02-10', S.KEY_WORK_DELAYED, '重点项目审批事项推进缓慢，发送工作提示。');
  add('reminder-unit', SupervisionKind.REMINDER, discipline, { unit: emergency }, '2026-04-08', S.RECTIFICATION_NOT_DONE, '安全生产专项检查反馈问题未按期整改，下达提醒函。');
  add('self-1', SupervisionKind.INTERVIEW, org, { cadre: self }, '2026-03-16', S.KEY_WORK_DELAYED, '提醒后重点项目进度仍滞后。', { state: V.VERIFIED, submittedOn: '2026-03-20', reviewedOn: '2026-03-27' });
  const self2 = add('self-2', SupervisionKind.INTERVIEW, org, { cadre: self }, '2026-11-16', S.LONG_LAGGING, '所在领域综合考评连续两个季度全市靠后。', { state: V.SUBMITTED, submittedOn: '2026-11-20' });
  add('head-1', SupervisionKind.INTERVIEW, org, { cadre: head }, '2025-03-10', S.RECTIFICATION_NOT_DONE, '环保督察反馈问题整改不力。', { state: V.VERIFIED, submittedOn: '2025-03-14', reviewedOn: '2025-03-21' });
  const head2 = add('head-2', SupervisionKind.INTERVIEW, discipline, { cadre: head }, '2025-06-16', S.RECTIFICATION_NOT_DONE, '同类问题反复出现、没有明显改观。', { state: V.VERIFIED, submittedOn: '2025-06-25', reviewedOn: '2025-07-01' });
  const head3 = add('head-3', SupervisionKind.INTERVIEW, org, { cadre: head }, '2025-10-20', S.MAJOR_INCIDENT, '辖区发生较大环境污染事件，处置不当。', { state: V.VERIFIED, submittedOn: '2025-10-24', reviewedOn: '2025-10-31' });
  add('head-2026', SupervisionKind.INTERVIEW, org, { cadre: head }, '2026-11-25', S.KEY_WORK_DELAYED, '年度重点任务完成进度滞后。', { state: V.PENDING });
  add('unit-interview', SupervisionKind.INTERVIEW, discipline, { unit: emergency }, '2026-05-11', S.RECTIFICATION_NOT_DONE, '提醒后整改仍不到位，约谈单位主要负责人。', { state: V.RETURNED, submittedOn: '2026-05-15', reviewedOn: '2026-05-22' });
  add('township', SupervisionKind.INTERVIEW, county.units.ORGANISATION_DEPARTMENT!, { cadre: townshipCadre }, '2026-11-23', S.PUBLIC_INTEREST_HARMED, '群众合理诉求长期得不到回应。', { state: V.PENDING });
  await em.insert(SupervisionRecord, records.map((x) => ({ ...x })));

  const proposals: SupervisionProposal[] = [];
  const propose = (key: string, kind: SupervisionProposalKind, by: SupervisionRecord, count: number, decided?: { state: SupervisionProposalState; on: string; note: string }) => {
    proposals.push(Object.assign(new SupervisionProposal(), {
      id: seedId(`supervision-proposal:${key}`), kind, state: decided?.state ?? SupervisionProposalState.PROPOSED, cadreId: by.cadreId!,
      year: Number(by.heldOn.slice(0, 4)), interviewCount: count, triggeredByRecordId: by.id, proposedOn: by.heldOn,
      decidingUnitId: by.managingCommitteeId, targetUnitId: by.targetUnitId, decidedOn: decided?.on ?? null, decisionNote: decided?.note ?? null, decidedByAccountId: null,
      createdAt: new Date(`${by.heldOn}T08:00:00Z`),
    }));
  };
  propose('self-2026', SupervisionProposalKind.ADMONISHMENT, self2, 2);
  propose('head-2025-admonish', SupervisionProposalKind.ADMONISHMENT, head2, 2, { state: SupervisionProposalState.CONFIRMED, on: '2025-06-30', note: '经市委常委会研究，给予诫勉处理。' });
  propose('head-2025-organisational', SupervisionProposalKind.ORGANISATIONAL_HANDLING, head3, 3, { state: SupervisionProposalState.REJECTED, on: '2025-11-10', note: '事件系多因素叠加，已诫勉，暂不予组织处理，继续跟踪。' });
  await em.insert(SupervisionProposal, proposals.map((x) => ({ ...x })));
}
