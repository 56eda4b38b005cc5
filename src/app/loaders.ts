import type { ScopeContext } from '../platform/authz/scoped-query.js';
import { scopedByIdLoader, scopedChildrenLoader, scopedLinkedLoader, scopedPermissionLoader } from '../platform/authz/scoped-loaders.js';
import { APPEAL_SUBJECT } from '../modules/appeals/appeal.policy.js';
import { CADRE_SUBJECT } from '../modules/cadres/cadre.policy.js';
import {
  ASSESSMENT_SUBJECT, CASE_COPY_SUBJECT, CASE_SUBJECT, CASE_SUBJECT_SUBJECT, EVIDENCE_SUBJECT, PARTICIPANT_SUBJECT, STATEMENT_SUBJECT, TOLERANCE_APPLICATION_SUBJECT,
} from '../modules/cases/case.policy.js';
import { CLARIFICATION_SUBJECT } from '../modules/clarifications/clarification.policy.js';
import { CORRECTION_SUBJECT, DECISION_SUBJECT, EFFECT_SUBJECT } from '../modules/decisions/decision.policy.js';
import { RISK_FILING_HISTORY_SUBJECT, RISK_FILING_SUBJECT } from '../modules/risk-filings/risk-filing.policy.js';
import { citedFilingsLoader } from '../modules/risk-filings/risk-filing.loaders.js';
import { RULE_REGIME_SUBJECT, UNIT_SUBJECT } from '../modules/units/unit.policy.js';
import { CATALOGUE_ITEM_SUBJECT } from '../modules/catalogues/catalogue.policy.js';
import { SUPERVISION_PROPOSAL_SUBJECT, SUPERVISION_RECORD_SUBJECT } from '../modules/supervision/supervision.policy.js';
import type { AppAbility } from '../platform/authz/ability.js';
import { BatchWaves } from '../platform/authz/batch-waves.js';
import { createAbility } from '../platform/authz/none.js';
import { confidentialReadAuditor } from './audit-reads.js';

/**
 * One set per request (never shared: batches and caches are per actor). Every loader reads
 * through the scoped query, so a batch can never return a row the actor may not see.
 */
export function createLoaders(ctx: { ability: AppAbility | null; manager: ScopeContext['manager'] } & Parameters<typeof confidentialReadAuditor>[0]) {
  const scope: ScopeContext = { ability: ctx.ability ?? createAbility(), manager: ctx.manager };
  const waves = new BatchWaves();
  return {
    unit: scopedByIdLoader(scope, waves, UNIT_SUBJECT),
    unitChildren: scopedChildrenLoader(scope, waves, UNIT_SUBJECT, 'parentId', 'u.code'),
    ruleRegime: scopedByIdLoader(scope, waves, RULE_REGIME_SUBJECT),
    catalogueItems: scopedChildrenLoader(scope, waves, CATALOGUE_ITEM_SUBJECT, 'catalogueCode', 'ci.sort_order'),
    cadre: scopedByIdLoader(scope, waves, CADRE_SUBJECT),
    case: scopedByIdLoader(scope, waves, CASE_SUBJECT),
    decision: scopedByIdLoader(scope, waves, DECISION_SUBJECT),
    appeal: scopedByIdLoader(scope, waves, APPEAL_SUBJECT),
    correction: scopedByIdLoader(scope, waves, CORRECTION_SUBJECT),
    clarification: scopedByIdLoader(scope, waves, CLARIFICATION_SUBJECT),
    riskFiling: scopedByIdLoader(scope, waves, RISK_FILING_SUBJECT),
    subjectsByCase: scopedChildrenLoader(scope, waves, CASE_SUBJECT_SUBJECT, 'caseId', 'cs.sort_order'),
    // The case file: read with 'readFile' (investigators, deciding committee, appeal body).
    evidenceByCase: scopedChildrenLoader(scope, waves, EVIDENCE_SUBJECT, 'caseId', 'ev.collected_on', 'readFile'),
    participantsByCase: scopedChildrenLoader(scope, waves, PARTICIPANT_SUBJECT, 'caseId', 'pt.invited_on', 'readFile'),
    statementsByCase: scopedChildrenLoader(scope, waves, STATEMENT_SUBJECT, 'caseId', 'st.heard_on', 'readFile'),
    toleranceApplicationsByCase: scopedChildrenLoader(scope, waves, TOLERANCE_APPLICATION_SUBJECT, 'caseId', 'ta.submitted_on', 'readFile'),
    assessmentByCase: scopedChildrenLoader(scope, waves, ASSESSMENT_SUBJECT, 'caseId', 'asm.created_at', 'readFile'),
    copiesByCase: scopedChildrenLoader(scope, waves, CASE_COPY_SUBJECT, 'caseId', 'cc.sent_at'),
    decisionsByCase: scopedChildrenLoader(scope, waves, DECISION_SUBJECT, 'caseId', 'd.decided_on'),
    appealsByCase: scopedChildrenLoader(scope, waves, APPEAL_SUBJECT, 'caseId', 'ap.filed_on'),
    effectsByDecision: scopedChildrenLoader(scope, waves, EFFECT_SUBJECT, 'decisionId', 'ef.starts_on'),
    correctionsByDecision: scopedChildrenLoader(scope, waves, CORRECTION_SUBJECT, 'decisionId', 'co.due_on'),
    riskFilingHistory: scopedChildrenLoader(scope, waves, RISK_FILING_HISTORY_SUBJECT, 'riskFilingId', 'rfh.seq'),
    // The assessment's basis: citations through the case file, with each filing's history.
    citedFilingsByCase: citedFilingsLoader(scope, waves),
    riskFilingsByCase: scopedLinkedLoader(scope, waves, RISK_FILING_SUBJECT, { table: 'case_risk_filings', parentColumn: 'case_id', childColumn: 'risk_filing_id' }, 'rf.submitted_at'),
    supervisionRecord: scopedByIdLoader(scope, waves, SUPERVISION_RECORD_SUBJECT),
    supervisionProposal: scopedByIdLoader(scope, waves, SUPERVISION_PROPOSAL_SUBJECT),
    supervisionProposalsByRecord: scopedChildrenLoader(scope, waves, SUPERVISION_PROPOSAL_SUBJECT, 'triggeredByRecordId', 'sp.created_at'),
    mayReadCaseConfidential: scopedPermissionLoader(scope, waves, CASE_SUBJECT, 'readConfidential'),
    mayReadCadreConfidential: scopedPermissionLoader(scope, waves, CADRE_SUBJECT, 'readConfidential'),
    mayReadClarificationConfidential: scopedPermissionLoader(scope, waves, CLARIFICATION_SUBJECT, 'readConfidential'),
    auditConfidentialRead: confidentialReadAuditor(ctx),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

declare module '../platform/request/request-context.js' {
  // The application's loaders are the request's loaders.
  interface RequestLoaders extends Loaders {}
}
