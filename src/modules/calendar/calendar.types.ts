import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { CalendarDayNode } from '../catalogues/catalogue.types.js';

@InputType('CalendarDayInput', { description: '一天的放假或调休安排. One day of a year’s holiday arrangement.' })
export class CalendarDayInput {
  @Field(() => CalendarDateScalar, { description: '日期（须在该年内，不得重复）. Date, inside the year, given once.' }) date: string;
  @Field({ description: 'HOLIDAY（放假，任何一天）或 WORKDAY（调休上班，仅限周六、周日）. HOLIDAY (any day) or WORKDAY (a make-up working day, Saturday or Sunday only).' }) kind: string;
  @Field({ description: '中文名称（1–100字）. Chinese name, 1–100 characters.' }) nameZh: string;
  @Field({ description: '英文名称（1–100字）. English name, 1–100 characters.' }) nameEn: string;
  @Field({ description: '是否为暂定安排（国务院通知发布前）. Provisional until the State Council notice.' }) provisional: boolean;
}

@InputType('SetCalendarDaysInput', { description: '某年的全部节假日与调休工作日，整体替换该年原有数据. A year’s holidays and make-up working days; replaces that year’s days.' })
export class SetCalendarDaysInput {
  @Field(() => Int, { description: '年份（2000–2100）. Year, 2000 to 2100.' }) year: number;
  @Field(() => [CalendarDayInput], { description: '该年的安排（至多60天；为空则清除该年）. The year’s days, at most 60; none clears the year.' }) days: CalendarDayInput[];
}

@ObjectType('SetCalendarDaysPayload', { description: '设置后的年度日历. The year as now stored.' })
export class SetCalendarDaysPayload {
  @Field(() => Int, { description: '年份. Year.' }) year: number;
  @Field(() => [CalendarDayNode], { description: '该年的节假日与调休工作日，按日期排序. The year’s days, by date.' }) days: CalendarDayNode[];
}
