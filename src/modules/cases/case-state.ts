/** The life of a case (DOMAIN.md §2.1). Values are stored in the database and exposed in GraphQL. */
export enum CaseState {
  REGISTERED = 'REGISTERED', // 线索受理
  INITIATED = 'INITIATED', // 启动
  INVESTIGATING = 'INVESTIGATING', // 调查
  RECOMMENDED = 'RECOMMENDED', // 建议
  DECIDED = 'DECIDED', // 决定
  SERVED = 'SERVED', // 送达
  EXECUTING = 'EXECUTING', // 执行
  NOTIFIED = 'NOTIFIED', // 反馈
  ARCHIVED = 'ARCHIVED', // 归档
  DISMISSED = 'DISMISSED', // 不予启动 / 了结 — a clue that is not taken up
}
