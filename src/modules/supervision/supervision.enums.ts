/** 督查问效 ([YC] 《宜昌市督查问效实施办法（试行）》, DOMAIN.md §6). Stored values: never rename one. */

/** 工作提醒 (a reminder letter, 提醒函) or 工作约谈 (an interview). */
export enum SupervisionKind {
  REMINDER = 'REMINDER',
  INTERVIEW = 'INTERVIEW',
}

/** The nine situations in which [YC] requires supervision (问：哪些情形应当实施督查问效). */
export enum SupervisionSituation {
  DIRECTIVES_NOT_CARRIED_OUT = 'DIRECTIVES_NOT_CARRIED_OUT', // (一) 有令不行、有禁不止，打折扣、做选择、搞变通
  KEY_WORK_DELAYED = 'KEY_WORK_DELAYED', // (二) 不愿担当负责，落实重点工作不力，导致进度滞后
  LONG_LAGGING = 'LONG_LAGGING', // (三) 安于现状，工作在全市长期靠后
  MAJOR_INCIDENT = 'MAJOR_INCIDENT', // (四) 监管不力、处置不当，重要领域发生较大及以上事故
  RECTIFICATION_NOT_DONE = 'RECTIFICATION_NOT_DONE', // (五) 巡视巡察、督察、审计等反馈问题未按时整改或整改不力
  PUBLIC_INTEREST_HARMED = 'PUBLIC_INTEREST_HARMED', // (六) 群众切身利益问题处置不当，诉求不及时回应
  LOCAL_INTEREST_OBSTRUCTION = 'LOCAL_INTEREST_OBSTRUCTION', // (七) 只顾地方或部门利益，软拖硬顶
  BUCK_PASSING = 'BUCK_PASSING', // (八) 不主动牵头、不积极配合，推诿扯皮
  OTHER = 'OTHER', // (九) 其他应当进行督查问效的情形
}

/** 整改方案: due 5 working days after the interview, reviewed (复核) by the recording body. */
export enum RectificationPlanState {
  PENDING = 'PENDING',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  VERIFIED = 'VERIFIED',
}

/** 一年内被约谈两次 ⇒ 诫勉; 三次及以上 ⇒ 组织处理. */
export enum SupervisionProposalKind {
  ADMONISHMENT = 'ADMONISHMENT',
  ORGANISATIONAL_HANDLING = 'ORGANISATIONAL_HANDLING',
}

export enum SupervisionProposalState {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}

/** What a supervision due list holds. */
export enum SupervisionDuty {
  PLAN_SUBMISSION = 'PLAN_SUBMISSION', // the interviewee's plan, 5 working days after the interview
  PLAN_REVIEW = 'PLAN_REVIEW', // a submitted plan awaiting 复核 by the recording body
  PROPOSAL_DECISION = 'PROPOSAL_DECISION', // a 诫勉 / 组织处理 proposal before the managing committee
}
