/** What a unit is (DOMAIN.md §1). The region's party committee is the root of its region's subtree. */
export enum UnitKind {
  PARTY_COMMITTEE = 'PARTY_COMMITTEE', // 党委 (province/city/county/township): the deciding body
  DISCIPLINE_COMMISSION = 'DISCIPLINE_COMMISSION', // 纪委监委
  ORGANISATION_DEPARTMENT = 'ORGANISATION_DEPARTMENT', // 组织部
  AUDIT = 'AUDIT', // 审计局
  INSPECTION = 'INSPECTION', // 巡视/巡察办
  ENVIRONMENT = 'ENVIRONMENT', // 生态环境
  EMERGENCY_MANAGEMENT = 'EMERGENCY_MANAGEMENT', // 应急管理/安全监管
  PETITIONS = 'PETITIONS', // 信访
  POLITICS_AND_LAW = 'POLITICS_AND_LAW', // 政法/综治
  HUMAN_RESOURCES = 'HUMAN_RESOURCES', // 人社
  REFORM_OFFICE = 'REFORM_OFFICE', // 改革办: receives forward-looking risk filings
  GOVERNMENT_DEPARTMENT = 'GOVERNMENT_DEPARTMENT', // ordinary department (党组-led)
  INSTITUTION = 'INSTITUTION', // 事业单位 / state-owned enterprise
}

export enum UnitLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
}
