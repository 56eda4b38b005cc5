import type { Policy } from '../../platform/authz/ability.js';
import type { ScopedSubject } from '../../platform/authz/scoped-query.js';
import { grantsOf } from '../../platform/authz/grants.js';
import { Role } from '../accounts/role.js';
import { Clarification } from './clarification.entity.js';

export const CLARIFICATION_SUBJECT: ScopedSubject<Clarification> = {
  name: 'Clarification', entity: Clarification, table: 'clarifications', alias: 'cl',
  fields: {
    cadreId: { column: '{a}.cadre_id' },
    clarifyingUnitPath: { unitColumn: '{a}.clarifying_unit_id' },
    cadreUnitPath: { exists: 'FROM cadres scope_cd WHERE scope_cd.id = {a}.cadre_id', unitColumn: 'scope_cd.unit_id' },
  },
};

/** "谁核实谁澄清": the verifying bodies of the region; the cadre's unit; the cadre. */
export const clarificationPolicy: Policy = (actor, { can }) => {
  if (actor.kind !== 'account') return;
  for (const g of grantsOf(actor, Role.INVESTIGATOR, Role.COMMITTEE_DECIDER, Role.ORGANISATION_STAFF)) {
    can('read', 'Clarification', { clarifyingUnitPath: { $within: g.regionPath } });
  }
  for (const g of grantsOf(actor, Role.UNIT_PARTY_ORGANISATION)) {
    can('read', 'Clarification', { cadreUnitPath: { $within: g.unitPath } });
  }
  if (actor.cadreId && grantsOf(actor, Role.CADRE_SELF_SERVICE).length > 0) {
    can('read', 'Clarification', { cadreId: actor.cadreId });
  }
};
