import { Field, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';

@ObjectType('CatalogueItem', { description: '目录条目. One entry of a reference catalogue.' })
export class CatalogueItemNode {
  @Field({ description: '代码. Stable code.' }) code: string;
  @Field({ description: '中文名称. Chinese name.' }) nameZh: string;
  @Field({ description: '英文名称. English name.' }) nameEn: string;
  @Field(() => String, { nullable: true, description: '原文. Text of the policy document.' }) descriptionZh: string | null;
  @Field({ description: '出处. Source clause.' }) source: string;
  @Field(() => Int, { description: '顺序. Order.' }) sortOrder: number;
}

@ObjectType('Catalogue', { description: '参考目录（情形、方式、研判标准等）. A reference catalogue: situations, measures, criteria…' })
export class CatalogueNode {
  @Field({ description: '代码. Code.' }) code: string;
  @Field({ description: '类别. Kind, e.g. CRITERIA_SET, MEASURE.' }) kind: string;
  @Field({ description: '中文名称. Chinese name.' }) nameZh: string;
  @Field({ description: '英文名称. English name.' }) nameEn: string;
  @Field({ description: '出处. Source document.' }) source: string;
}

@ObjectType('CalendarDay', { description: '节假日或调休工作日. A public holiday or a make-up working day.' })
export class CalendarDayNode {
  @Field(() => CalendarDateScalar, { description: '日期. Date.' }) date: string;
  @Field({ description: 'HOLIDAY（放假）或 WORKDAY（调休上班）. HOLIDAY or WORKDAY.' }) kind: string;
  @Field({ description: '中文名称. Chinese name.' }) nameZh: string;
  @Field({ description: '英文名称. English name.' }) nameEn: string;
  @Field({ description: '是否为暂定安排（国务院通知发布前）. Provisional until the State Council notice.' }) provisional: boolean;
}

@ObjectType('RuleRegime', { description: '管辖区适用的程序规则. The procedural rules a jurisdiction follows.' })
export class RuleRegimeNode {
  @Field({ description: '代码. Code.' }) code: string;
  @Field({ description: '中文名称. Chinese name.' }) nameZh: string;
  @Field({ description: '英文名称. English name.' }) nameEn: string;
  @Field({ description: '依据文件. Source documents.' }) source: string;
  @Field({ description: '综合研判标准目录. Criteria catalogue code.' }) criteriaCatalogueCode: string;
  @Field(() => [String], { description: '可容错情形目录. Tolerable-situation catalogue codes.' }) tolerableCatalogueCodes: string[];
  @Field(() => Int, { description: '初步意见期限（工作日）. Working days for the preliminary opinion.' }) recommendationWorkingDays: number;
  @Field(() => Int, { description: '经批准可延长至（工作日）. Extended limit, working days.' }) recommendationExtendedWorkingDays: number;
  @Field(() => Int, { description: '归档期限（工作日）. Working days to archive.' }) archiveWorkingDays: number;
  @Field(() => Int, { description: '申诉期限（日）. Days to appeal.' }) appealFilingDays: number;
  @Field(() => Int, { description: '申诉答复期限（日）. Days to answer an appeal.' }) appealAnswerDays: number;
  @Field({ description: '申诉期限按工作日计算. Whether appeal periods count working days.' }) appealDaysAreWorkingDays: boolean;
  @Field(() => Int, { description: '风险报备受理期限（工作日）. Working days the office has to answer a risk filing.' }) riskFilingWorkingDays: number;
  @Field({ description: '风险报备受理机关类别（默认改革办）. Kind of unit that receives risk filings; the reform office by default.' }) riskFilingReceiverKind: string;
}
