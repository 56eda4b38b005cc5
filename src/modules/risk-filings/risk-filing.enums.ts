export enum RiskFilingState {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED', // 备案
  RETURNED = 'RETURNED', // returned for supplement
  REFUSED = 'REFUSED',
  REVOKED = 'REVOKED', // 撤销备案: used as a shield for misconduct
}
