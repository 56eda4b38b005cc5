import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Policy } from '../../platform/authz/ability.js';
import type { ScopedSubject } from '../../platform/authz/scoped-query.js';
import { grantsOf, tokenHasScope } from '../../platform/authz/grants.js';
import { ApiScope, Role } from '../accounts/role.js';
import { UnitKind } from '../units/unit.enums.js';
import { CaseSubject } from './case-subject.entity.js';
import { Case } from './case.entity.js';
import { CaseState } from './case-state.js';
import { Assessment } from './assessment.entity.js';
import { CaseCopy } from './case-copy.entity.js';
import { CaseParticipant } from './case-participant.entity.js';
import { Evidence } from './evidence.entity.js';
import { Statement } from './statement.entity.js';
import { ToleranceApplication } from './tolerance-application.entity.js';

export const CASE_SUBJECT: ScopedSubject<Case> = {
  name: 'Case', entity: Case, table: 'cases', alias: 'c',
  fields: {
    id: { column: '{a}.id' },
    state: { column: '{a}.state' },
    handlingUnitId: { column: '{a}.handling_unit_id' },
    handlingUnitPath: { unitColumn: '{a}.handling_unit_id' },
    decidingUnitPath: { unitColumn: '{a}.deciding_unit_id' },
    decidingUnitId: { column: '{a}.deciding_unit_id' },
    subjectCadreId: { exists: 'FROM case_subjects scope_cs WHERE scope_cs.case_id = {a}.id', column: 'scope_cs.cadre_id' },
    subjectCadreUnitId: { exists: 'FROM case_subjects scope_cs JOIN cadres scope_cd ON scope_cd.id = scope_cs.cadre_id WHERE scope_cs.case_id = {a}.id', column: 'scope_cd.unit_id' },
    copiedToUnitId: { exists: 'FROM case_copies scope_cc WHERE scope_cc.case_id = {a}.id', column: 'scope_cc.recipient_unit_id' },
  },
};

/**
 * The case file — evidence, participants, hearings, tolerance applications, the assessment — is
 * read with 'readFile': the investigators, the deciding committee and the appeal body, not the
 * copy recipients, tokens or the subject (who sees their own case, not the file).
 */
export const caseFileSubject = <E extends ObjectLiteral>(entity: EntityTarget<E>, table: string, alias: string): ScopedSubject<E> => ({
  name: 'Case', entity, table, alias, via: { parent: CASE_SUBJECT, column: '{a}.case_id' },
});

/** Subjects of a case are part of the case: visible exactly when the case is. */
export const CASE_SUBJECT_SUBJECT: ScopedSubject<CaseSubject> = {
  name: 'Case', entity: CaseSubject, table: 'case_subjects', alias: 'cs',
  via: { parent: CASE_SUBJECT, column: '{a}.case_id' },
};

/**
 * "谁问责谁容错": who sees which case (DOMAIN.md §7). Jurisdiction is the grant's region — the
 * subtree of its party committee — so a city's bodies also see the cases of their counties
 * (supervision and 提级办理), and never another city's.
 */
/** States in which a decision exists (DOMAIN.md §2.1): what review and personnel files work on. */
const DECIDED_STATES = [CaseState.DECIDED, CaseState.SERVED, CaseState.EXECUTING, CaseState.NOTIFIED, CaseState.ARCHIVED];

export const casePolicy: Policy = (actor, { can }) => {
  if (actor.kind === 'token') {
    if (tokenHasScope(actor, ApiScope.COPIES_READ)) can('read', 'Case', { copiedToUnitId: actor.holderUnitId });
    return;
  }
  for (const g of grantsOf(actor, Role.INVESTIGATOR)) {
    can(['read', 'readFile'], 'Case', { handlingUnitPath: { $within: g.regionPath } });
    // The reporter's identity: only the discipline body that handles the case.
    if (g.unitKind === UnitKind.DISCIPLINE_COMMISSION) {
      can('readConfidential', 'Case', { handlingUnitPath: { $within: g.unitPath } });
    }
    // A clue is registered by the investigator's own body, which then handles it.
    can('register', 'Case', { handlingUnitId: g.unitId });
    // Investigation, recommendation, service, execution, feedback and archive: the handling body only.
    can('handle', 'Case', { handlingUnitId: g.unitId });
    // 提级办理: a body of the region may take over a case handled below it (the rule checks the level).
    can('takeOver', 'Case', { handlingUnitPath: { $within: g.regionPath }, handlingUnitId: { $ne: g.unitId } });
  }
  for (const g of grantsOf(actor, Role.COMMITTEE_DECIDER)) {
    // The committee sees what it decides, and what its region's bodies handle (a clue reported up).
    // The case file (evidence, hearings, assessment) too: the committee decides on it.
    can(['read', 'readFile'], 'Case', { decidingUnitPath: { $within: g.regionPath } });
    can(['read', 'readFile'], 'Case', { handlingUnitPath: { $within: g.regionPath } });
    // Deciding is open to the committee on its region's cases; the rule then checks management
    // authority over every subject ("谁问责谁容错"), so a committee without it gets OUTSIDE_AUTHORITY.
    can('decide', 'Case', { decidingUnitPath: { $within: g.regionPath } });
    can('decide', 'Case', { handlingUnitPath: { $within: g.regionPath } });
  }
  // The organisation department keeps the files of decided cases in its region; an undecided case
  // only where it handles the case itself ([HN] counts it among the 执纪问责部门). FINDINGS 1.
  for (const g of grantsOf(actor, Role.ORGANISATION_STAFF)) {
    can('read', 'Case', { decidingUnitPath: { $within: g.regionPath }, state: { $in: DECIDED_STATES } });
    can('read', 'Case', { handlingUnitId: g.unitId });
  }
  // Appeal bodies review the decisions of the bodies they supervise, never their own: decided cases only.
  for (const g of grantsOf(actor, Role.APPEAL_REVIEWER)) {
    can(['read', 'readFile', 'reviewAppeal'], 'Case', { decidingUnitPath: { $within: g.regionPath }, decidingUnitId: { $ne: g.regionId }, state: { $in: DECIDED_STATES } });
  }
  for (const g of grantsOf(actor, Role.UNIT_PARTY_ORGANISATION)) {
    can('read', 'Case', { copiedToUnitId: g.unitId });
    // Its own cadres' cases, without the file or the reporter: the unit must be able to find the
    // case it applies for tolerance or reports a correction on (DOMAIN.md §7).
    can('read', 'Case', { subjectCadreUnitId: g.unitId });
    // The cadre's unit may apply for tolerance and report a correction for its cadre ([HN] §三(一)).
    can(['applyTolerance', 'reportCorrection'], 'Case', { subjectCadreUnitId: g.unitId });
  }
  if (actor.cadreId && grantsOf(actor, Role.CADRE_SELF_SERVICE).length > 0) {
    can('read', 'Case', { subjectCadreId: actor.cadreId });
    // Statement and defence, tolerance application, appeal, correction report: about their own case.
    can(['respond', 'applyTolerance', 'reportCorrection'], 'Case', { subjectCadreId: actor.cadreId });
  }
};

export const EVIDENCE_SUBJECT = caseFileSubject(Evidence, 'evidence', 'ev');
export const PARTICIPANT_SUBJECT = caseFileSubject(CaseParticipant, 'case_participants', 'pt');
export const STATEMENT_SUBJECT = caseFileSubject(Statement, 'statements', 'st');
export const TOLERANCE_APPLICATION_SUBJECT = caseFileSubject(ToleranceApplication, 'tolerance_applications', 'ta');
export const ASSESSMENT_SUBJECT = caseFileSubject(Assessment, 'assessments', 'asm');
/** Copies are part of the case as everyone who reads it sees it (a recipient sees that it was copied). */
export const CASE_COPY_SUBJECT: ScopedSubject<CaseCopy> = { name: 'Case', entity: CaseCopy, table: 'case_copies', alias: 'cc', via: { parent: CASE_SUBJECT, column: '{a}.case_id' } };
