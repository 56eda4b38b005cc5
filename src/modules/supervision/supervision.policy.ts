import type { Policy } from '../../platform/authz/ability.js';
import type { Actor, Grant } from '../../platform/authz/actor.js';
import type { ScopedSubject } from '../../platform/authz/scoped-query.js';
import { grantsOf } from '../../platform/authz/grants.js';
import { Role } from '../accounts/role.js';
import { UnitKind } from '../units/unit.enums.js';
import { SupervisionProposal, SupervisionRecord } from './supervision.entity.js';

export const SUPERVISION_RECORD_SUBJECT: ScopedSubject<SupervisionRecord> = {
  name: 'SupervisionRecord', entity: SupervisionRecord, table: 'supervision_records', alias: 'sv',
  fields: {
    cadreId: { column: '{a}.cadre_id' },
    recordingUnitId: { column: '{a}.recording_unit_id' },
    targetUnitId: { column: '{a}.target_unit_id' },
    targetUnitPath: { unitColumn: '{a}.target_unit_id' },
    managingCommitteePath: { unitColumn: '{a}.managing_committee_id' },
  },
};

export const SUPERVISION_PROPOSAL_SUBJECT: ScopedSubject<SupervisionProposal> = {
  name: 'SupervisionProposal', entity: SupervisionProposal, table: 'supervision_proposals', alias: 'sp',
  fields: {
    cadreId: { column: '{a}.cadre_id' },
    targetUnitId: { column: '{a}.target_unit_id' },
    targetUnitPath: { unitColumn: '{a}.target_unit_id' },
    decidingUnitPath: { unitColumn: '{a}.deciding_unit_id' },
  },
};

/**
 * The bodies [YC] names at an interview: the discipline commission (纪委监委) and the organisation
 * department (组织部, which keeps the interview record). Their staff record reminders and
 * interviews; an investigator of another accountability department (audit…) does not.
 */
export function recordingGrants(actor: Actor): Grant[] {
  return [
    ...grantsOf(actor, Role.INVESTIGATOR).filter((g) => g.unitKind === UnitKind.DISCIPLINE_COMMISSION),
    ...grantsOf(actor, Role.ORGANISATION_STAFF).filter((g) => g.unitKind === UnitKind.ORGANISATION_DEPARTMENT),
  ];
}

/**
 * Who sees and does what in 督查问效 (DOMAIN.md §6–§7): the recording bodies of the region (on
 * targets in their region), the managing committee (and the committees above it in its region),
 * the cadre themself, and the party organisation of the unit concerned. Another city sees nothing.
 */
export const supervisionPolicy: Policy = (actor, { can }) => {
  if (actor.kind !== 'account') return;
  for (const g of recordingGrants(actor)) {
    can('read', ['SupervisionRecord', 'SupervisionProposal'], { targetUnitPath: { $within: g.regionPath } });
    // A body records for itself, on cadres and units of its region managed in its region: a county
    // does not interview the county leaders its city committee manages.
    can('supervise', 'SupervisionRecord', { recordingUnitId: g.unitId, targetUnitPath: { $within: g.regionPath }, managingCommitteePath: { $within: g.regionPath } });
    // 复核 of the plan: the body that recorded the interview (it stands for the 督查室, which the tree has no unit for).
    can('reviewPlan', 'SupervisionRecord', { recordingUnitId: g.unitId });
  }
  for (const g of grantsOf(actor, Role.COMMITTEE_DECIDER)) {
    can('read', 'SupervisionRecord', { managingCommitteePath: { $within: g.regionPath } });
    can('read', 'SupervisionProposal', { decidingUnitPath: { $within: g.regionPath } });
    // Open to the region's committees; the rule then requires the cadre's own managing committee
    // (OUTSIDE_AUTHORITY otherwise), like deciding a case.
    can('decide', 'SupervisionProposal', { decidingUnitPath: { $within: g.regionPath } });
  }
  for (const g of grantsOf(actor, Role.UNIT_PARTY_ORGANISATION)) {
    can(['read', 'submitPlan'], 'SupervisionRecord', { targetUnitId: g.unitId });
    can('read', 'SupervisionProposal', { targetUnitId: g.unitId });
  }
  if (actor.cadreId && grantsOf(actor, Role.CADRE_SELF_SERVICE).length > 0) {
    can(['read', 'submitPlan'], 'SupervisionRecord', { cadreId: actor.cadreId });
    can('read', 'SupervisionProposal', { cadreId: actor.cadreId });
  }
};
