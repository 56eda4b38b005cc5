export enum DecisionKind {
  ACCOUNTABILITY = 'ACCOUNTABILITY', // 问责决定 with a measure
  EXEMPTION = 'EXEMPTION', // 免予问责 ([YY] Art. 17)
  NO_ACCOUNTABILITY = 'NO_ACCOUNTABILITY', // 不予问责
}

/** Whether a decision still stands: an appeal may change or revoke it, a new decision supersede it. */
export enum DecisionStatus {
  IN_FORCE = 'IN_FORCE',
  CHANGED = 'CHANGED', // 变更 on appeal: a new decision replaces it
  REVOKED = 'REVOKED', // 撤销 on appeal: no effects remain
  SUPERSEDED = 'SUPERSEDED', // a later decision on the same subject (e.g. after a failed correction)
}

/** 容错 outcome ([HN] §四, [BT] §(四)3). */
export enum ToleranceOutcome {
  EXEMPT = 'EXEMPT', // 免除责任
  REDUCED = 'REDUCED', // 减轻
  LIGHTER = 'LIGHTER', // 从轻
  REFUSED = 'REFUSED', // 不予容错
}

/** Kinds of influence-period restriction ([YY] Art. 18). */
export enum EffectKind {
  NO_AWARDS_THAT_YEAR = 'NO_AWARDS_THAT_YEAR',
  NO_PROMOTION = 'NO_PROMOTION',
  NO_POST = 'NO_POST',
  NOT_ABOVE_FORMER_RANK = 'NOT_ABOVE_FORMER_RANK',
  UNTIL_RECTIFIED = 'UNTIL_RECTIFIED',
  ANNUAL_RATING_CAP = 'ANNUAL_RATING_CAP',
}

export enum CorrectionStatus {
  PENDING = 'PENDING',
  REPORTED = 'REPORTED',
  VERIFIED = 'VERIFIED', // 审核销号
  FAILED = 'FAILED', // false or failed correction ⇒ accountability
}
