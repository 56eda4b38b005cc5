import type { Policy } from '../../platform/authz/ability.js';
import type { ScopedSubject } from '../../platform/authz/scoped-query.js';
import { grantsOf } from '../../platform/authz/grants.js';
import { Role } from '../accounts/role.js';
import { Cadre } from './cadre.entity.js';

export const CADRE_SUBJECT: ScopedSubject<Cadre> = {
  name: 'Cadre', entity: Cadre, table: 'cadres', alias: 'cd',
  fields: {
    id: { column: '{a}.id' },
    unitPath: { unitColumn: '{a}.unit_id' },
    managingCommitteePath: { unitColumn: '{a}.managing_committee_id' },
  },
};

/**
 * Cadres are visible to the bodies working in their region; personal data (readConfidential)
 * only to the organisation department of the region and to the cadre themself.
 */
export const cadrePolicy: Policy = (actor, { can }) => {
  if (actor.kind !== 'account') return;
  for (const g of grantsOf(actor, Role.INVESTIGATOR, Role.COMMITTEE_DECIDER, Role.APPEAL_REVIEWER, Role.ORGANISATION_STAFF, Role.FILING_OFFICE)) {
    can('read', 'Cadre', { unitPath: { $within: g.regionPath } });
  }
  for (const g of grantsOf(actor, Role.ORGANISATION_STAFF)) {
    can('readConfidential', 'Cadre', { unitPath: { $within: g.regionPath } });
  }
  for (const g of grantsOf(actor, Role.UNIT_PARTY_ORGANISATION)) {
    can('read', 'Cadre', { unitPath: { $within: g.unitPath } });
  }
  if (actor.cadreId && grantsOf(actor, Role.CADRE_SELF_SERVICE).length > 0) {
    can(['read', 'readConfidential'], 'Cadre', { id: actor.cadreId });
  }
};
