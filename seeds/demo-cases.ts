import type { EntityManager } from 'typeorm';
import { Appeal } from '../src/modules/appeals/appeal.entity.js';
import { AppealOutcome, AppealState } from '../src/modules/appeals/appeal.enums.js';
import { Cadre } from '../src/modules/cadres/cadre.entity.js';
import { Assessment } from '../src/modules/cases/assessment.entity.js';
import { CaseCopy } from '../src/modules/cases/case-copy.entity.js';
import { CaseState } from '../src/modules/cases/case-state.js';
import { CaseSubject } from '../src/modules/cases/case-subject.entity.js';
import { Case } from '../src/modules/cases/case.entity.js';
import { ClueSource, ConductCategory, SubjectKind, ToleranceOrigin } from '../src/modules/cases/case.enums.js';
import { DEFAULT_DEADLINE_RULES, archiveDueDate, recommendationDueDate } from '../src/modules/cases/case.workflow.js';
import { Evidence } from '../src/modules/cases/evidence.entity.js';
import { Statement } from '../src/modules/cases/statement.entity.js';
import { ToleranceApplication } from '../src/modules/cases/tolerance-application.entity.js';
import { Correction } from '../src/modules/decisions/correction.entity.js';
import { Decision } from '../src/modules/decisions/decision.entity.js';
import { CorrectionStatus, DecisionKind, DecisionStatus, ToleranceOutcome } from '../src/modules/decisions/decision.enums.js';
import { Effect } from '../src/modules/decisions/effect.entity.js';
import { addCalendarDays, addCalendarMonths, type WorkingDayCalendar } from '../src/platform/calendar/working-day-calendar.js';
import type { DemoStructure, Region } from './demo-structure.js';
import { influencePeriods } from '../src/modules/decisions/influence-periods.js';
import { seedId } from './seed-id.js';

const STATES = Object.values(CaseState);
const SOURCES = Object.values(ClueSource);
const ORDER = [CaseState.REGISTERED, CaseState.INITIATED, CaseState.INVESTIGATING, CaseState.RECOMMENDED, CaseState.DECIDED, CaseState.SERVED, CaseState.EXECUTING, CaseState.NOTIFIED, CaseState.ARCHIVED];
const reached = (s: CaseState, target: CaseState) => s !== CaseState.DISMISSED && ORDER.indexOf(s) >= ORDER.indexOf(target);
/** Topic, conduct category and the [YY] Art. 7–8 situation it falls under (catalogue item codes). */
const TOPICS = [
  ['项目审批久拖不决', ConductCategory.INACTION, 'SHIRKING_AND_DELAY'],
  ['征地补偿资金发放不及时', ConductCategory.INACTION, 'NEGLECTING_PUBLIC_INTERESTS'],
  ['违规干预工程招投标', ConductCategory.MISCONDUCT, 'ILLEGAL_INTERFERENCE'],
  ['容缺审批后材料未补正', ConductCategory.OTHER, null],
  ['环境整改推进不力', ConductCategory.INACTION, 'PERFUNCTORY_ON_KEY_TASKS'],
] as const;

export class DemoCases {
  readonly rows = {
    cases: [] as Case[], subjects: [] as CaseSubject[], evidence: [] as Evidence[], statements: [] as Statement[],
    assessments: [] as Assessment[], applications: [] as ToleranceApplication[], decisions: [] as Decision[], effects: [] as Effect[], corrections: [] as Correction[],
    appeals: [] as Appeal[], copies: [] as CaseCopy[],
  };
  /** The cadre each region's self-service account belongs to: the subject of its first case. */
  readonly selfServiceCadre = new Map<string, Cadre>();

  constructor(private readonly s: DemoStructure, private readonly calendar: WorkingDayCalendar) {}

  build(): this {
    let n = 0;
    this.s.regions.forEach((region, r) => {
      const managed = this.s.cadres.filter((c) => c.managingCommitteeId === region.committee.id);
      for (let i = 0; i < 6; i++, n++) {
        const state = STATES[(r * 3 + i) % STATES.length]!;
        const cadre = managed[i % managed.length]!;
        if (i === 0) this.selfServiceCadre.set(region.key, cadre);
        this.addCase(region, n, i, state, cadre, i === 2 ? managed[(i + 1) % managed.length] : undefined);
      }
    });
    return this;
  }

  private addCase(region: Region, n: number, i: number, state: CaseState, cadre: Cadre, coSubject: Cadre | undefined): void {
    const [topic, category, situation] = TOPICS[n % TOPICS.length]!;
    const received = addCalendarDays('2026-02-02', (n * 5) % 240);
    const source = SOURCES[n % SOURCES.length]!;
    const handling = i === 4 && region.units.AUDIT ? region.units.AUDIT : region.units.DISCIPLINE_COMMISSION!;
    // One county case per city was taken over by the city's discipline commission (提级办理).
    const takenOver = region.level === 'COUNTY' && region.key.endsWith('-a') && i === 1;
    const id = seedId(`case:${n}`);
    const started = state !== CaseState.REGISTERED;
    const notified = reached(state, CaseState.NOTIFIED) ? addCalendarDays(received, 60) : null;
    const c = Object.assign(new Case(), {
      id, caseNumber: `${region.key.toUpperCase()}-2026-${String(i + 1).padStart(4, '0')}`, title: `${cadre.name}${topic}问题`,
      summary: `反映${cadre.post}${cadre.name}在${topic}中存在问题。`, state, clueSource: source, clueReceivedOn: received,
      conductCategory: category, conductSituationCode: situation,
      reporterName: source === ClueSource.CITIZEN_REPORT ? `举报人${n}` : null,
      reporterContact: source === ClueSource.CITIZEN_REPORT ? `1390000${String(n).padStart(4, '0')}` : null,
      handlingUnitId: takenOver ? region.parent!.units.DISCIPLINE_COMMISSION!.id : handling.id,
      decidingUnitId: region.committee.id,
      takenOverFromUnitId: takenOver ? handling.id : null,
      toleranceOrigin: started ? (n % 3 === 0 ? ToleranceOrigin.APPLICATION : ToleranceOrigin.EX_OFFICIO) : null,
      initiatedAt: started ? new Date(`${addCalendarDays(received, 3)}T02:00:00Z`) : null,
      initiationApprovedBy: started ? `${region.name}纪委监委主要负责人` : null,
      recommendationDueOn: started ? recommendationDueDate(this.calendar, received, DEFAULT_DEADLINE_RULES, n % 7 === 0) : null,
      recommendationDeadlineExtended: started && n % 7 === 0,
      recommendationExtensionApprovedBy: started && n % 7 === 0 ? `${region.name}纪委监委主要负责人` : null,
      recommendedOn: reached(state, CaseState.RECOMMENDED) ? addCalendarDays(received, 14) : null,
      executionStartedOn: reached(state, CaseState.EXECUTING) ? addCalendarDays(received, 36) : null,
      notifiedOn: notified,
      archivedOn: state === CaseState.ARCHIVED ? addCalendarDays(notified!, 2) : null,
      archivedLate: state === CaseState.ARCHIVED ? false : null,
      dismissalReason: state === CaseState.DISMISSED ? '经初步核实，反映问题不属实，予以了结。' : null,
      // A written application puts the case on the priority lists (快速响应), as applyForTolerance does.
      priority: started && n % 3 === 0,
      archiveDueOn: notified ? archiveDueDate(this.calendar, notified, DEFAULT_DEADLINE_RULES) : null,
      closedAt: state === CaseState.ARCHIVED || state === CaseState.DISMISSED ? new Date(`${addCalendarDays(received, 70)}T08:00:00Z`) : null,
      createdAt: new Date(`${received}T01:00:00Z`),
    });
    this.rows.cases.push(c);
    const subjects = [cadre, ...(coSubject ? [coSubject] : [])].map((cd, k) =>
      Object.assign(new CaseSubject(), { id: seedId(`subject:${n}:${k}`), caseId: id, kind: SubjectKind.CADRE, cadreId: cd.id, unitId: null, sortOrder: k }),
    );
    this.rows.subjects.push(...subjects);
    if (started && state !== CaseState.DISMISSED) this.addAssessment(region, c);
    if (c.priority) this.addApplication(c, cadre);
    if (reached(state, CaseState.INVESTIGATING)) this.addInvestigation(c, subjects);
    if (reached(state, CaseState.DECIDED)) this.addDecisions(region, c, subjects, cadre, n, state);
    if (notified) this.addCopies(region, c, cadre);
  }

  /** Initiation opens the assessment ex officio on the region's criteria set; recommended cases carry the opinion. */
  private addAssessment(region: Region, c: Case): void {
    const regime = region.regime ?? region.parent?.regime ?? 'HN';
    const recommended = reached(c.state, CaseState.RECOMMENDED);
    this.rows.assessments.push(Object.assign(new Assessment(), {
      id: seedId(`assessment:${c.id}`), caseId: c.id, criteriaCatalogueCode: regime === 'YC' ? 'CRITERIA_YC' : 'CRITERIA_BT',
      findings: recommended ? [{ criterionCode: 'MOTIVE', finding: '出于推动工作，未谋取私利', favourable: true }, { criterionCode: 'PROCEDURE', finding: '经集体研究决策', favourable: true }] : [],
      tolerableSituationCodes: [], exclusionCodes: [], unmetPreconditionCodes: [], preconditionsMet: recommended,
      accountabilityOpinion: recommended ? '建议予以问责。' : '', toleranceOpinion: recommended ? '建议依规研判是否容错。' : '',
      recommendedToleranceOutcome: null, recommendedMeasureCodes: [], assessedByAccountId: null,
    }));
  }

  private addApplication(c: Case, cadre: Cadre): void {
    this.rows.applications.push(Object.assign(new ToleranceApplication(), {
      id: seedId(`application:${c.id}`), caseId: c.id, applicantCadreId: cadre.id, applicantUnitId: null,
      content: '本人系在推进工作中出现失误，特书面申请容错。', submittedOn: addCalendarDays(c.clueReceivedOn, 4), submittedByAccountId: null,
    }));
  }

  private addInvestigation(c: Case, subjects: CaseSubject[]): void {
    const on = addCalendarDays(c.clueReceivedOn, 10);
    this.rows.evidence.push(Object.assign(new Evidence(), { id: seedId(`evidence:${c.id}`), caseId: c.id, kind: 'DOCUMENT', title: '会议纪要及审批材料', description: '调取相关会议纪要、审批台账。', collectedOn: on, recordedByAccountId: null }));
    subjects.forEach((s, k) => this.rows.statements.push(Object.assign(new Statement(), { id: seedId(`statement:${c.id}:${k}`), caseId: c.id, subjectId: s.id, kind: 'STATEMENT', content: '本人对反映问题作如下陈述……', heardOn: addCalendarDays(on, 2) })));
  }

  private addDecisions(region: Region, c: Case, subjects: CaseSubject[], cadre: Cadre, n: number, state: CaseState): void {
    const decidedOn = addCalendarDays(c.clueReceivedOn, 30);
    const variant = n % 3;
    const measure = ['ADMONITION_TALK', 'NOTICE_CRITICISM', 'TRANSFER'][variant]!;
    const served = reached(state, CaseState.SERVED) ? addCalendarDays(decidedOn, 3) : null;
    const d = Object.assign(new Decision(), {
      id: seedId(`decision:${c.id}`), caseId: c.id, subjectId: subjects[0]!.id,
      kind: variant === 1 ? DecisionKind.EXEMPTION : DecisionKind.ACCOUNTABILITY,
      measureCodes: variant === 1 ? [] : [measure],
      toleranceOutcome: [ToleranceOutcome.REFUSED, ToleranceOutcome.EXEMPT, ToleranceOutcome.REDUCED][variant]!,
      toleranceRefusalReason: variant === 0 ? '存在谋取私利情形，不符合容错前提条件。' : null,
      aggravatingCodes: [], mitigatingCodes: [], documentNumber: `${region.key.toUpperCase()}问决〔2026〕${n}号`,
      facts: c.summary, basis: '依据《问责暂行办法》第七条、第十四条。', approvingUnitId: region.committee.id,
      decidedOn, effectiveOn: decidedOn, servedOn: served, appealDeadlineOn: served ? addCalendarDays(served, 15) : null,
      appealBodyUnitId: region.parent?.committee.id ?? null,
      meetingName: `${region.name}委常委会会议`, meetingOn: decidedOn, attendancePresent: 9, attendanceTotal: 11,
      organisationOpinion: region.level === 'COUNTY' ? null : `${region.name}委组织部审核同意。`,
      status: DecisionStatus.IN_FORCE, previousDecisionId: null,
    });
    this.rows.decisions.push(d);
    this.addEffects(d, cadre);
    if (d.toleranceOutcome !== ToleranceOutcome.REFUSED) {
      this.rows.corrections.push(Object.assign(new Correction(), { id: seedId(`correction:${d.id}`), decisionId: d.id, requirements: '限期完善审批台账并建立长效机制。', dueOn: addCalendarDays(decidedOn, 30), status: reached(state, CaseState.NOTIFIED) ? CorrectionStatus.VERIFIED : CorrectionStatus.PENDING, reportedOn: null, report: null, verifiedOn: null, verifiedByAccountId: null }));
    }
    if (served && region.parent && d.kind === DecisionKind.ACCOUNTABILITY) {
      const filed = addCalendarDays(served, 5);
      const answered = state === CaseState.ARCHIVED;
      this.rows.appeals.push(Object.assign(new Appeal(), {
        id: seedId(`appeal:${d.id}`), caseId: c.id, decisionId: d.id, appellantCadreId: cadre.id, appellantUnitId: null,
        reviewingUnitId: region.parent.committee.id, state: answered ? AppealState.ANSWERED : AppealState.UNDER_REVIEW,
        grounds: '认为问责事实认定不清，申请复查。', decisionReceivedOn: served, filedOn: filed, answerDueOn: addCalendarDays(filed, 30),
        outcome: answered ? AppealOutcome.UPHELD : null, answer: answered ? '经复查，维持原问责决定。' : null, answeredOn: answered ? addCalendarDays(filed, 20) : null,
      }));
    }
  }

  /** Influence periods from [YY] Art. 18, by the same rule the decide step applies. */
  private addEffects(d: Decision, cadre: Cadre): void {
    for (const e of influencePeriods(d)) {
      this.rows.effects.push(Object.assign(new Effect(), { id: seedId(`effect:${d.id}:${e.kind}`), decisionId: d.id, cadreId: cadre.id, ...e, cancelledOn: null, cancellationDocument: null, voidedOn: null }));
    }
  }

  /** 抄送 to the subject's unit party organisation, the region's organisation department and audit bureau. */
  private addCopies(region: Region, c: Case, cadre: Cadre): void {
    const targets: Array<[string, string]> = [[cadre.unitId, 'UNIT_PARTY_ORGANISATION'], [region.units.ORGANISATION_DEPARTMENT!.id, 'ORGANISATION_HR'], [region.units.AUDIT!.id, 'AUDIT']];
    // Each region's unit-party-organisation account sits at its first department: copy there too.
    if (region.departments[0] && region.departments[0].id !== cadre.unitId) targets.push([region.departments[0].id, 'SUPERVISING_DEPARTMENT']);
    const seen = new Set<string>();
    for (const [unitId, role] of targets) {
      if (seen.has(unitId)) continue; // the subject may head the audit bureau itself
      seen.add(unitId);
      this.rows.copies.push(Object.assign(new CaseCopy(), { id: seedId(`copy:${c.id}:${unitId}`), caseId: c.id, recipientUnitId: unitId, recipientRole: role }));
    }
  }
}

export async function insertCases(em: EntityManager, d: DemoCases): Promise<void> {
  const r = d.rows;
  await em.insert(Case, r.cases.map((x) => ({ ...x })));
  for (const [entity, rows] of [[CaseSubject, r.subjects], [Evidence, r.evidence], [Statement, r.statements], [Assessment, r.assessments], [ToleranceApplication, r.applications], [Decision, r.decisions], [Effect, r.effects], [Correction, r.corrections], [Appeal, r.appeals], [CaseCopy, r.copies]] as const) {
    if (rows.length) await em.insert(entity as never, (rows as object[]).map((x) => ({ ...x })) as never);
  }
}
