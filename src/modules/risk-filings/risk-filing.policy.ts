import type { Policy } from '../../platform/authz/ability.js';
import type { ScopedSubject } from '../../platform/authz/scoped-query.js';
import { grantsOf } from '../../platform/authz/grants.js';
import { Role } from '../accounts/role.js';
import { RiskFiling } from './risk-filing.entity.js';

export const RISK_FILING_SUBJECT: ScopedSubject<RiskFiling> = {
  name: 'RiskFiling', entity: RiskFiling, table: 'risk_filings', alias: 'rf',
  fields: {
    filerCadreId: { column: '{a}.filer_cadre_id' },
    filingUnitPath: { unitColumn: '{a}.filing_unit_id' },
    receivingUnitPath: { unitColumn: '{a}.receiving_unit_id' },
  },
};

/**
 * The filing office sees what is filed with it; the region's discipline and deciding bodies see
 * filings from their region (a valid filing is a basis for tolerance); a unit and a cadre their own.
 */
export const riskFilingPolicy: Policy = (actor, { can }) => {
  if (actor.kind !== 'account') return;
  for (const g of grantsOf(actor, Role.FILING_OFFICE)) {
    can('read', 'RiskFiling', { receivingUnitPath: { $within: g.regionPath } });
  }
  for (const g of grantsOf(actor, Role.INVESTIGATOR, Role.COMMITTEE_DECIDER)) {
    can('read', 'RiskFiling', { filingUnitPath: { $within: g.regionPath } });
  }
  for (const g of grantsOf(actor, Role.UNIT_PARTY_ORGANISATION)) {
    can('read', 'RiskFiling', { filingUnitPath: { $within: g.unitPath } });
  }
  if (actor.cadreId && grantsOf(actor, Role.CADRE_SELF_SERVICE).length > 0) {
    can('read', 'RiskFiling', { filerCadreId: actor.cadreId });
  }
};
