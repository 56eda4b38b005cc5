/** The life of a clarification (DOMAIN.md §4, §8). Values are stored and exposed: never rename one. */
export enum ClarificationState {
  APPLIED = 'APPLIED', // 本人书面申请，待核实机关受理
  OPENED = 'OPENED', // 已启动：依职权启动，或受理申请
  PLANNED = 'PLANNED', // 已确定澄清方式与范围
  CARRIED_OUT = 'CARRIED_OUT', // 已澄清
  CLOSED = 'CLOSED', // 已反馈本人，材料归档
  REFUSED = 'REFUSED', // 申请不予受理（说明理由）
}

/**
 * The verifying body's finding on the report. Only the first three qualify for clarification;
 * "not proven but not excluded" and a substantiated report do not (DOMAIN.md §8, local rules).
 */
export enum ClarificationFinding {
  UNTRUE = 'UNTRUE', // 反映失实
  UNFOUNDED = 'UNFOUNDED', // 查无实据
  FALSE_PUBLIC_STORY = 'FALSE_PUBLIC_STORY', // 不实负面舆情
  NOT_PROVEN_NOT_EXCLUDED = 'NOT_PROVEN_NOT_EXCLUDED', // 查无实据但不能排除
  SUBSTANTIATED = 'SUBSTANTIATED', // 属实或部分属实
}

/**
 * Methods (CCDI/NSC 2020; [HN] §七, [SX]): in person, at a meeting or by circular always together
 * with a written clarification; a public statement only with the cadre's consent.
 */
export enum ClarificationMethod {
  WRITTEN_NOTICE = 'WRITTEN_NOTICE', // 书面澄清
  IN_PERSON = 'IN_PERSON', // 当面澄清
  MEETING = 'MEETING', // 会议澄清
  CIRCULAR = 'CIRCULAR', // 通报澄清
  LETTER_TO_UNIT = 'LETTER_TO_UNIT', // 函告所在单位
  PUBLIC_STATEMENT = 'PUBLIC_STATEMENT', // 公开澄清（舆情）
}

/** How the accuser of a malicious false accusation (诬告陷害) is dealt with. */
export enum ReferralKind {
  EDUCATION = 'EDUCATION', // 批评教育
  DISCIPLINE = 'DISCIPLINE', // 党纪政务处分
  POLICE_JUDICIAL = 'POLICE_JUDICIAL', // 移送公安、司法机关
}
