export enum RiskFilingState {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED', // 备案
  RETURNED = 'RETURNED', // returned for supplement
  REFUSED = 'REFUSED',
  REVOKED = 'REVOKED', // 撤销备案: used as a shield for misconduct
}

/** What may happen to a filing; stored in its history and the audit log, so never rename one. */
export enum RiskFilingEventKind {
  SUBMIT = 'SUBMIT',
  ACCEPT = 'ACCEPT', // 备案
  RETURN = 'RETURN', // 退回补充
  RESUBMIT = 'RESUBMIT',
  REFUSE = 'REFUSE', // 不予备案
  REVOKE = 'REVOKE', // 撤销备案 by the discipline body
}

/** 特事特办 ([HN] §二(一)2): the same-level government's consent and the upper department's approval. */
export enum SpecialApprovalKind {
  GOVERNMENT_CONSENT = 'GOVERNMENT_CONSENT', // 同级人民政府同意
  UPPER_DEPARTMENT_APPROVAL = 'UPPER_DEPARTMENT_APPROVAL', // 上级业务主管部门同意
}

/** What an attached document proves (its metadata only: the file is kept elsewhere). */
export enum FilingAttachmentKind {
  COLLECTIVE_DECISION_MINUTES = 'COLLECTIVE_DECISION_MINUTES', // 集体研究会议纪要
  EXPERT_OPINION = 'EXPERT_OPINION', // 专家论证意见
  LEGAL_REVIEW = 'LEGAL_REVIEW', // 合法性审查意见
  RISK_ASSESSMENT = 'RISK_ASSESSMENT', // 风险评估报告
  APPROVAL = 'APPROVAL', // 批复、同意文件
  OTHER = 'OTHER',
}

/** Which date a basis is judged on: the conduct's own date, or (none recorded) the clue's. */
export enum BasisDateSource {
  CONDUCT = 'CONDUCT',
  CLUE_RECEIVED = 'CLUE_RECEIVED',
}
