export enum ClarificationState {
  APPLIED = 'APPLIED', // on the cadre's written application
  ACCEPTED = 'ACCEPTED',
  CLARIFIED = 'CLARIFIED',
  REJECTED = 'REJECTED',
}

export enum ClarificationFinding {
  UNTRUE = 'UNTRUE', // 反映失实
  UNFOUNDED = 'UNFOUNDED', // 查无实据
  FALSE_PUBLIC_STORY = 'FALSE_PUBLIC_STORY', // 不实负面舆情
}

/** Methods per CCDI/NSC 2020: the last three always come with a written clarification. */
export enum ClarificationMethod {
  WRITTEN = 'WRITTEN',
  IN_PERSON = 'IN_PERSON',
  MEETING = 'MEETING',
  CIRCULAR = 'CIRCULAR',
  PUBLIC = 'PUBLIC',
}
