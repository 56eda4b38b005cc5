/** Roles a grant gives at a unit (DOMAIN.md §7). A grant's jurisdiction is derived from its unit. */
export enum Role {
  INVESTIGATOR = 'INVESTIGATOR', // accountability department staff
  COMMITTEE_DECIDER = 'COMMITTEE_DECIDER', // the managing committee
  APPEAL_REVIEWER = 'APPEAL_REVIEWER', // reviews appeals against bodies it supervises
  ORGANISATION_STAFF = 'ORGANISATION_STAFF', // 组织部: reviews decisions, keeps personnel files
  UNIT_PARTY_ORGANISATION = 'UNIT_PARTY_ORGANISATION', // a unit's 党组织: receives copies, files for its unit
  CADRE_SELF_SERVICE = 'CADRE_SELF_SERVICE', // a cadre about their own cases
  FILING_OFFICE = 'FILING_OFFICE', // receives risk filings
  ADMINISTRATOR = 'ADMINISTRATOR', // units, accounts, tokens; no case content
}

/** What an API token may read (integrating agencies: audit, inspection, HR). Read-only by design. */
export enum ApiScope {
  COPIES_READ = 'COPIES_READ', // cases copied to the holder unit, with their decisions
  EFFECTS_READ = 'EFFECTS_READ', // influence periods of cadres in copied cases
  UNITS_READ = 'UNITS_READ',
}
