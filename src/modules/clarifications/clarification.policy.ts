import type { Policy } from '../../platform/authz/ability.js';
import type { ScopedSubject } from '../../platform/authz/scoped-query.js';
import { grantsOf } from '../../platform/authz/grants.js';
import { Role } from '../accounts/role.js';
import { UnitKind } from '../units/unit.enums.js';
import { Clarification } from './clarification.entity.js';

export const CLARIFICATION_SUBJECT: ScopedSubject<Clarification> = {
  name: 'Clarification', entity: Clarification, table: 'clarifications', alias: 'cl',
  fields: {
    cadreId: { column: '{a}.cadre_id' },
    clarifyingUnitId: { column: '{a}.clarifying_unit_id' },
    clarifyingUnitPath: { unitColumn: '{a}.clarifying_unit_id' },
    cadreUnitPath: { exists: 'FROM cadres scope_cd WHERE scope_cd.id = {a}.cadre_id', unitColumn: 'scope_cd.unit_id' },
  },
};

/**
 * "谁核实谁澄清" (CCDI/NSC 2020): the bodies of the region read; the verifying body alone takes
 * the steps; the discipline body alone refers a false accuser and reads the referral; the cadre
 * reads their own and applies; the cadre's unit reads its cadres'.
 */
export const clarificationPolicy: Policy = (actor, { can }) => {
  if (actor.kind !== 'account') return;
  for (const g of grantsOf(actor, Role.INVESTIGATOR, Role.COMMITTEE_DECIDER, Role.ORGANISATION_STAFF)) {
    can('read', 'Clarification', { clarifyingUnitPath: { $within: g.regionPath } });
  }
  for (const g of grantsOf(actor, Role.INVESTIGATOR)) {
    can('clarify', 'Clarification', { clarifyingUnitId: g.unitId });
    // 诬告陷害 is the discipline body's to pursue, whichever department verified the report.
    if (g.unitKind === UnitKind.DISCIPLINE_COMMISSION) {
      can(['referFalseAccusation', 'readConfidential'], 'Clarification', { clarifyingUnitPath: { $within: g.regionPath } });
    }
  }
  for (const g of grantsOf(actor, Role.UNIT_PARTY_ORGANISATION)) {
    can('read', 'Clarification', { cadreUnitPath: { $within: g.unitPath } });
  }
  if (actor.cadreId && grantsOf(actor, Role.CADRE_SELF_SERVICE).length > 0) {
    can(['read', 'applyClarification'], 'Clarification', { cadreId: actor.cadreId });
  }
};
