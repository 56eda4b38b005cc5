import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { Node } from '../../platform/graphql/node.js';
import { CaseState } from './case-state.js';
import { ClueSource, ConductCategory, SubjectKind, ToleranceOrigin } from './case.enums.js';

registerEnumType(CaseState, { name: 'CaseState', description: '案件状态：线索受理…归档. Case state, from clue registered to archived.' });
registerEnumType(ClueSource, { name: 'ClueSource', description: '线索来源（七类）. Source of the clue (seven kinds).' });
registerEnumType(ConductCategory, { name: 'ConductCategory', description: '为官不为 / 为官乱为. Inaction or misconduct.' });
registerEnumType(ToleranceOrigin, { name: 'ToleranceOrigin', description: '容错启动方式：依职权或书面申请. Ex officio or on written application.' });
registerEnumType(SubjectKind, { name: 'SubjectKind', description: '问责对象类别：干部或单位. A cadre or a unit.' });

@ObjectType('CaseDeadlines', { description: '办理时限（工作日计算）. Deadlines, counted in working days.' })
export class CaseDeadlinesNode {
  @Field(() => CalendarDateScalar, { nullable: true, description: '提出初步意见的期限. Due date of the preliminary opinion.' }) recommendationDueOn: string | null;
  @Field({ description: '是否经批准延长. Whether extended with approval.' }) recommendationDeadlineExtended: boolean;
  @Field(() => String, { nullable: true, description: '延期批准人. Who approved the extension.' }) recommendationExtensionApprovedBy: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '归档期限. Due date for archiving.' }) archiveDueOn: string | null;
}

@ObjectType('ReporterIdentity', { description: '举报人身份（保密，仅承办纪检监察机关可见）. Reporter identity: confidential, only for the handling discipline body.' })
export class ReporterIdentityNode {
  @Field(() => String, { nullable: true, description: '姓名. Name.' }) name: string | null;
  @Field(() => String, { nullable: true, description: '联系方式. Contact.' }) contact: string | null;
}

@ObjectType('CaseSubject', { description: '问责对象. A cadre or unit the case concerns.' })
export class CaseSubjectNode {
  @Field(() => SubjectKind, { description: '类别. Kind.' }) kind: SubjectKind;
}

@ObjectType('Case', { implements: Node, description: '问责/容错案件. An accountability and fault-tolerance case.' })
export class CaseNode extends Node {
  @Field({ description: '案件编号. Case number.' }) caseNumber: string;
  @Field({ description: '标题. Title.' }) title: string;
  @Field({ description: '简要案情. Summary.' }) summary: string;
  @Field(() => CaseState, { description: '状态. State.' }) state: CaseState;
  @Field(() => ClueSource, { description: '线索来源. Clue source.' }) clueSource: ClueSource;
  @Field(() => CalendarDateScalar, { description: '线索受理日期. Date the clue was received.' }) clueReceivedOn: string;
  @Field(() => ConductCategory, { description: '行为类别. Conduct category.' }) conductCategory: ConductCategory;
  @Field(() => String, { nullable: true, description: '具体情形代码. Conduct situation code.' }) conductSituationCode: string | null;
  @Field(() => ToleranceOrigin, { nullable: true, description: '容错启动方式. How tolerance consideration started.' }) toleranceOrigin: ToleranceOrigin | null;
  @Field(() => Date, { nullable: true, description: '启动时间. When the case was initiated.' }) initiatedAt: Date | null;
  @Field(() => Date, { nullable: true, description: '办结时间. When the case was closed.' }) closedAt: Date | null;
  @Field({ description: '是否优先办理（已有书面容错申请）. Priority handling: a written tolerance application was filed.' }) priority: boolean;
  @Field(() => String, { nullable: true, description: '不予启动或了结的理由. Why the clue was dismissed.' }) dismissalReason: string | null;
  @Field(() => String, { nullable: true, description: '启动批准人. Who approved the start.' }) initiationApprovedBy: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '提出初步意见日期. Recommended on.' }) recommendedOn: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '开始执行日期. Execution started on.' }) executionStartedOn: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '反馈日期. Notified on.' }) notifiedOn: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '归档日期. Archived on.' }) archivedOn: string | null;
  @Field(() => Boolean, { nullable: true, description: '是否逾期归档. Whether it was archived late.' }) archivedLate: boolean | null;
  @Field(() => Int, { description: '版本号（乐观并发）. Version for optimistic concurrency.' }) version: number;
  @Field(() => Date, { description: '登记时间. Registered at.' }) createdAt: Date;
  @Field(() => Date, { description: '更新时间. Updated at.' }) updatedAt: Date;
}

@InputType({ description: '案件查询条件. Filter for cases.' })
export class CaseFilter {
  @Field(() => [CaseState], { nullable: true, description: '状态. States.' }) states?: CaseState[];
  @Field(() => String, { nullable: true, description: '承办机关（含下级）. Handled by this unit or below.' }) handlingUnitId?: string;
  @Field(() => String, { nullable: true, description: '决定机关. Decided by this committee.' }) decidingUnitId?: string;
  @Field(() => String, { nullable: true, description: '涉及的干部. Concerning this cadre.' }) subjectCadreId?: string;
  @Field(() => ClueSource, { nullable: true, description: '线索来源. Clue source.' }) clueSource?: ClueSource;
  @Field(() => CalendarDateScalar, { nullable: true, description: '受理日期起. Received on or after.' }) receivedFrom?: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: '受理日期止. Received on or before.' }) receivedTo?: string;
  @Field(() => String, { nullable: true, description: '标题或编号包含. Title or number contains.' }) search?: string;
}
