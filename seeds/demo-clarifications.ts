import type { EntityManager } from 'typeorm';
import { CaseState } from '../src/modules/cases/case-state.js';
import { ClueSource, ToleranceOrigin } from '../src/modules/cases/case.enums.js';
import { Clarification } from '../src/modules/clarifications/clarification.entity.js';
import { ClarificationFinding, ClarificationMethod, ClarificationState, ReferralKind } from '../src/modules/clarifications/clarification.enums.js';
import { nextStepDueOn } from '../src/modules/clarifications/clarification.workflow.js';
import { type CalendarDate, type WorkingDayCalendar } from '../src/platform/calendar/working-day-calendar.js';
import type { DemoCases } from './demo-cases.js';
import { seedId } from './seed-id.js';

const S = ClarificationState;
/** Every state in turn, over the cases whose verification is over (dismissed or archived). */
const CYCLE = [S.CLOSED, S.OPENED, S.APPLIED, S.PLANNED, S.CARRIED_OUT, S.REFUSED];
const PROGRESS = [S.OPENED, S.PLANNED, S.CARRIED_OUT, S.CLOSED];
const reached = (state: ClarificationState, step: ClarificationState) => PROGRESS.includes(state) && PROGRESS.indexOf(state) >= PROGRESS.indexOf(step);

/**
 * 澄清正名 in every state, each by the case's handling body ("谁核实谁澄清"); a media story cleared
 * publicly with the cadre's consent; a citizen's malicious false report referred by the discipline body.
 */
export async function insertClarifications(em: EntityManager, cases: DemoCases, calendar: WorkingDayCalendar): Promise<void> {
  const sources = cases.rows.cases.filter((c) => c.state === CaseState.DISMISSED || c.state === CaseState.ARCHIVED);
  const rows = sources.map((c, k) => {
    const state = CYCLE[k % CYCLE.length]!;
    const subject = cases.rows.subjects.find((x) => x.caseId === c.id)!;
    const onApplication = state === S.APPLIED || state === S.REFUSED || k % 2 === 0;
    const media = c.clueSource === ClueSource.INCIDENT_OR_MEDIA;
    // Working days after the clue: after its dismissal or archiving, one step every few days.
    const at = (n: number) => calendar.addWorkingDays(c.clueReceivedOn, n);
    const requestedOn = at(55);
    const openedOn = reached(state, S.OPENED) ? at(onApplication ? 57 : 55) : null;
    const plannedOn = reached(state, S.PLANNED) ? at(59) : null;
    const carriedOutOn = reached(state, S.CARRIED_OUT) ? at(62) : null;
    const closedOn = state === S.REFUSED ? at(58) : state === S.CLOSED ? at(64) : null;
    const last: CalendarDate = closedOn ?? carriedOutOn ?? plannedOn ?? openedOn ?? requestedOn;
    const malicious = c.clueSource === ClueSource.CITIZEN_REPORT && openedOn !== null;
    return Object.assign(new Clarification(), {
      id: seedId(`clarification:${c.id}`), caseId: c.id, cadreId: subject.cadreId!, clarifyingUnitId: c.handlingUnitId,
      origin: onApplication ? ToleranceOrigin.APPLICATION : ToleranceOrigin.EX_OFFICIO, state,
      finding: state === S.APPLIED ? null : state === S.REFUSED ? ClarificationFinding.NOT_PROVEN_NOT_EXCLUDED
        : media ? ClarificationFinding.FALSE_PUBLIC_STORY : k % 2 === 0 ? ClarificationFinding.UNTRUE : ClarificationFinding.UNFOUNDED,
      allegations: media ? '网络传播其在项目审批中收受好处的不实信息' : '反映其在项目审批中收受好处的问题',
      basicFacts: onApplication ? '相关问题已经核实了结，反映内容与事实不符。' : null,
      sought: onApplication ? (media ? '请求在原传播范围内公开澄清' : '请求在本单位范围内予以澄清') : null,
      requestedOn, consultedOn: onApplication ? null : at(54), openedOn,
      refusalReason: state === S.REFUSED ? '经核实，反映问题查无实据但不能排除，不属于澄清范围。' : null,
      methods: plannedOn ? (media ? [ClarificationMethod.PUBLIC_STATEMENT, ClarificationMethod.WRITTEN_NOTICE] : [ClarificationMethod.MEETING, ClarificationMethod.WRITTEN_NOTICE]) : [],
      scope: plannedOn ? (media ? '原信息传播的网络平台及本地媒体' : '所在单位干部职工大会') : null,
      plannedOn, cadreConsentedOn: plannedOn && media ? plannedOn : null, carriedOutOn, closedOn,
      dueOn: nextStepDueOn(calendar, state, last),
      referralKind: malicious ? ReferralKind.DISCIPLINE : null, referralRecipient: malicious ? '举报人所在单位党组织' : null,
      referredOn: malicious ? openedOn : null, referralBasis: malicious ? '经查，举报人捏造事实、恶意举报，构成诬告陷害。' : null,
    });
  });
  if (rows.length) await em.insert(Clarification, rows.map((x) => ({ ...x })));
}
