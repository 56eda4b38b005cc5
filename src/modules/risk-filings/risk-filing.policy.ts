import type { Policy } from '../../platform/authz/ability.js';
import type { ScopedSubject } from '../../platform/authz/scoped-query.js';
import { grantsOf } from '../../platform/authz/grants.js';
import { Role } from '../accounts/role.js';
import { caseFileSubject } from '../cases/case.policy.js';
import { UnitKind } from '../units/unit.enums.js';
import { CaseRiskFiling, RiskFiling, RiskFilingHistoryEntry } from './risk-filing.entity.js';

export const RISK_FILING_SUBJECT: ScopedSubject<RiskFiling> = {
  name: 'RiskFiling', entity: RiskFiling, table: 'risk_filings', alias: 'rf',
  fields: {
    filerCadreId: { column: '{a}.filer_cadre_id' },
    filingUnitId: { column: '{a}.filing_unit_id' },
    receivingUnitId: { column: '{a}.receiving_unit_id' },
    filingUnitPath: { unitColumn: '{a}.filing_unit_id' },
    receivingUnitPath: { unitColumn: '{a}.receiving_unit_id' },
  },
};

/** A filing's history is part of the filing: visible exactly when the filing is. */
export const RISK_FILING_HISTORY_SUBJECT: ScopedSubject<RiskFilingHistoryEntry> = {
  name: 'RiskFiling', entity: RiskFilingHistoryEntry, table: 'risk_filing_events', alias: 'rfh',
  via: { parent: RISK_FILING_SUBJECT, column: '{a}.risk_filing_id' },
};

/**
 * A case's citation of a filing is part of the case file: whoever reads the file (investigators,
 * deciding committee, appeal body) sees that the filing is cited and its state, even when the
 * filing itself lies outside their view.
 */
export const CASE_RISK_FILING_SUBJECT = caseFileSubject(CaseRiskFiling, 'case_risk_filings', 'crf');

/**
 * DOMAIN.md §7. The filing office sees what is filed in its region and answers what is filed with
 * it; the region's discipline and deciding bodies see filings from their region (a valid filing is
 * a basis for tolerance) and the discipline body revokes one used as a shield; a unit's party
 * organisation files for its unit and sees the unit's filings; a cadre files for their unit and
 * sees their own.
 */
export const riskFilingPolicy: Policy = (actor, { can }) => {
  if (actor.kind !== 'account') return;
  for (const g of grantsOf(actor, Role.FILING_OFFICE)) {
    can('read', 'RiskFiling', { receivingUnitPath: { $within: g.regionPath } });
    can('receive', 'RiskFiling', { receivingUnitId: g.unitId });
  }
  for (const g of grantsOf(actor, Role.INVESTIGATOR, Role.COMMITTEE_DECIDER)) {
    can('read', 'RiskFiling', { filingUnitPath: { $within: g.regionPath } });
  }
  for (const g of grantsOf(actor, Role.INVESTIGATOR)) {
    // 纪检监察机关会同报备单位加强监督 ([YC]): the discipline body, not every accountability department.
    if (g.unitKind === UnitKind.DISCIPLINE_COMMISSION) can('revoke', 'RiskFiling', { filingUnitPath: { $within: g.regionPath } });
  }
  for (const g of grantsOf(actor, Role.UNIT_PARTY_ORGANISATION)) {
    can('read', 'RiskFiling', { filingUnitPath: { $within: g.unitPath } });
    can('file', 'RiskFiling', { filingUnitId: g.unitId });
  }
  if (actor.cadreId && grantsOf(actor, Role.CADRE_SELF_SERVICE).length > 0) {
    can(['read', 'file'], 'RiskFiling', { filerCadreId: actor.cadreId });
  }
};
