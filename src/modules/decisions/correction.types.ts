import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { Node } from '../../platform/graphql/node.js';
import { CaseNode } from '../cases/case.types.js';
import { CorrectionStatus } from './decision.enums.js';

registerEnumType(CorrectionStatus, { name: 'CorrectionStatus', description: '纠错状态：待整改、已报告、审核销号、未通过. Pending, reported, verified and closed, or failed.' });

@ObjectType('Correction', { implements: Node, description: '纠错要求（随容错决定提出）. Correction requirements that come with a tolerance decision.' })
export class CorrectionNode extends Node {
  @Field({ description: '纠错要求. Requirements.' }) requirements: string;
  @Field(() => CalendarDateScalar, { description: '整改期限. Due on.' }) dueOn: string;
  @Field(() => CorrectionStatus, { description: '状态. Status.' }) status: CorrectionStatus;
  @Field(() => CalendarDateScalar, { nullable: true, description: '报告日期. Reported on.' }) reportedOn: string | null;
  @Field(() => String, { nullable: true, description: '整改报告. The report of completion.' }) report: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '审核日期. Verified on.' }) verifiedOn: string | null;
  @Field(() => String, { nullable: true, description: '审核意见. Verification note.' }) verificationNote: string | null;
}

@InputType({ description: '报告整改完成（干部本人或所在单位党组织）. Report that a correction is done: the cadre or their unit’s party organisation.' })
export class ReportCorrectionInput {
  @Field(() => ID, { description: '案件全局ID. The case.' }) caseId: string;
  @Field(() => Int, { description: '读取到的案件版本号. The case version you read.' }) version: number;
  @Field(() => ID, { description: '纠错要求. The correction.' }) correctionId: string;
  @Field({ description: '整改报告（1–5000字）. The report, 1 to 5000 characters.' }) report: string;
  @Field(() => CalendarDateScalar, { description: '报告日期（不得晚于今日）. Reported on; not in the future.' }) reportedOn: string;
}

@InputType({ description: '审核纠错（作出决定的党委）：通过即销号，未通过则重新启动问责. The deciding committee verifies: closed, or failed and accountability reopens.' })
export class VerifyCorrectionInput {
  @Field(() => ID, { description: '案件全局ID. The case.' }) caseId: string;
  @Field(() => Int, { description: '读取到的案件版本号. The case version you read.' }) version: number;
  @Field(() => ID, { description: '纠错要求. The correction.' }) correctionId: string;
  @Field({ description: '是否审核通过. Whether the correction is verified.' }) verified: boolean;
  @Field({ description: '审核意见（1–2000字）. Note, 1 to 2000 characters.' }) note: string;
  @Field(() => CalendarDateScalar, { description: '审核日期（不得晚于今日）. Verified on; not in the future.' }) verifiedOn: string;
}

@ObjectType('CorrectionPayload', { description: '纠错步骤的结果. A correction step done.' })
export class CorrectionPayload {
  @Field(() => CaseNode, { nullable: true, description: '案件（未通过时退回党委重新决定）（无权查看时为空）. The case; back before the committee when the correction failed. Null when you may take the step but not read the case.' }) case: CaseNode | null;
  @Field(() => CorrectionNode, { description: '纠错要求. The correction.' }) correction: CorrectionNode;
}
