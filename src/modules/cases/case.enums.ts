/** 线索来源 ([YY] Art. 9): the seven kinds. */
export enum ClueSource {
  CITIZEN_REPORT = 'CITIZEN_REPORT',
  LEADER_INSTRUCTION = 'LEADER_INSTRUCTION',
  INSPECTION_RECOMMENDATION = 'INSPECTION_RECOMMENDATION',
  DELEGATE_PROPOSAL = 'DELEGATE_PROPOSAL',
  JOINT_MEETING_MEMBER = 'JOINT_MEETING_MEMBER',
  INCIDENT_OR_MEDIA = 'INCIDENT_OR_MEDIA',
  CHECK_FINDINGS = 'CHECK_FINDINGS',
}

/** 为官不为 / 为官乱为 ([YY] Art. 7–8); OTHER for conduct outside both lists. */
export enum ConductCategory {
  INACTION = 'INACTION',
  MISCONDUCT = 'MISCONDUCT',
  OTHER = 'OTHER',
}

/** How fault-tolerance consideration started ([HN] §三(一)). */
export enum ToleranceOrigin {
  EX_OFFICIO = 'EX_OFFICIO',
  APPLICATION = 'APPLICATION',
}

export enum SubjectKind {
  CADRE = 'CADRE',
  UNIT = 'UNIT',
}
