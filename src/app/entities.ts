import { Account, ApiToken, RoleGrant } from '../modules/accounts/account.entity.js';
import { Appeal } from '../modules/appeals/appeal.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Cadre } from '../modules/cadres/cadre.entity.js';
import { CalendarDay } from '../modules/calendar/calendar-day.entity.js';
import { Catalogue, CatalogueItem } from '../modules/catalogues/catalogue.entity.js';
import { Assessment } from '../modules/cases/assessment.entity.js';
import { CaseCopy } from '../modules/cases/case-copy.entity.js';
import { CaseSubject } from '../modules/cases/case-subject.entity.js';
import { Case } from '../modules/cases/case.entity.js';
import { Evidence } from '../modules/cases/evidence.entity.js';
import { CaseParticipant } from '../modules/cases/case-participant.entity.js';
import { ToleranceApplication } from '../modules/cases/tolerance-application.entity.js';
import { Statement } from '../modules/cases/statement.entity.js';
import { Clarification } from '../modules/clarifications/clarification.entity.js';
import { Correction } from '../modules/decisions/correction.entity.js';
import { Decision } from '../modules/decisions/decision.entity.js';
import { Effect } from '../modules/decisions/effect.entity.js';
import { CaseRiskFiling, RiskFiling, RiskFilingHistoryEntry } from '../modules/risk-filings/risk-filing.entity.js';
import { SupervisionProposal, SupervisionRecord } from '../modules/supervision/supervision.entity.js';
import { RuleRegime } from '../modules/units/rule-regime.entity.js';
import { Unit } from '../modules/units/unit.entity.js';

/** Every TypeORM entity, listed explicitly (no globs: ESM and bundlers stay predictable). */
export const ENTITIES = [
  RuleRegime, Unit, Cadre, Catalogue, CatalogueItem, CalendarDay,
  Case, CaseSubject, Evidence, CaseParticipant, Statement, ToleranceApplication, Assessment, CaseCopy,
  Decision, Effect, Correction, Appeal, Clarification, RiskFiling, RiskFilingHistoryEntry, CaseRiskFiling,
  SupervisionRecord, SupervisionProposal,
  Account, RoleGrant, ApiToken, AuditEntry,
];
