import type { Policy } from '../platform/authz/ability.js';
import { appealPolicy } from '../modules/appeals/appeal.policy.js';
import { cadrePolicy } from '../modules/cadres/cadre.policy.js';
import { casePolicy } from '../modules/cases/case.policy.js';
import { clarificationPolicy } from '../modules/clarifications/clarification.policy.js';
import { decisionPolicy } from '../modules/decisions/decision.policy.js';
import { riskFilingPolicy } from '../modules/risk-filings/risk-filing.policy.js';
import { unitPolicy } from '../modules/units/unit.policy.js';
import { referencePolicy } from '../modules/catalogues/catalogue.policy.js';
import { supervisionPolicy } from '../modules/supervision/supervision.policy.js';

/** Every module's rules. An actor gets the union; anything not granted here is denied. */
export const POLICIES: readonly Policy[] = [
  unitPolicy, referencePolicy, cadrePolicy, casePolicy, decisionPolicy, appealPolicy, clarificationPolicy, riskFilingPolicy,
  supervisionPolicy,
];
