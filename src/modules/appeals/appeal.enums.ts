export enum AppealState {
  FILED = 'FILED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ANSWERED = 'ANSWERED',
  REJECTED_OUT_OF_TIME = 'REJECTED_OUT_OF_TIME',
  WITHDRAWN = 'WITHDRAWN',
}

export enum AppealOutcome {
  UPHELD = 'UPHELD', // 维持
  CHANGED = 'CHANGED', // 变更
  REVOKED = 'REVOKED', // 撤销
}
