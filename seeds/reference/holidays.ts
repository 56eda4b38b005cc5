/**
 * Mainland China public holidays (放假) and make-up working days (调休上班) for
 * 2025–2027: the calendar used for working-day (工作日) deadlines.
 *
 * Pure data: no imports, no database code.
 *
 * A working day is Monday–Friday, except a date listed here as HOLIDAY; a
 * Saturday/Sunday listed as WORKDAY is a working day. Every date of an official
 * holiday span is listed, including the weekend dates inside the span.
 *
 * 2025 and 2026 are transcribed from the State Council General Office notices.
 * 2027 is PROVISIONAL: no 2027 notice was found (it is normally published in
 * November of the previous year). It is derived from the statutory holidays of the
 * 《全国年节及纪念日放假办法》 as revised in November 2024 (元旦 1 day; 春节 4 days:
 * 除夕 and 正月初一 to 初三; 清明节 1; 劳动节 2: 5月1日、2日; 端午节 1; 中秋节 1;
 * 国庆节 3: 10月1日至3日), with the correct 2027 lunar/solar-term dates
 * (除夕 2027-02-05, 正月初一 2027-02-06, 清明 2027-04-05, 端午 2027-06-09,
 * 中秋 2027-09-15), plus:
 *   - the legally required weekday compensation (补假) for statutory days that fall
 *     on a Saturday or Sunday, placed on the following weekdays (02-09, 02-10;
 *     05-03, 05-04; 10-04, 10-05), so that the number of working days lost in 2027
 *     equals the statutory count (13) even before the notice is out;
 *   - the weekend days that naturally join 元旦 (01-02, 01-03) and 清明 (04-03, 04-04)
 *     into a three-day break (no effect on working-day counts).
 * No make-up working days are guessed for 2027. The official notice will very likely
 * lengthen 春节 (8 days from 除夕 under the 2024 principles), 劳动节 (5 days) and
 * 国庆节 (7 days) with make-up Saturdays/Sundays; replace every provisional entry
 * when it is published.
 */

export interface CalendarOverride {
  date: string /* YYYY-MM-DD */;
  kind: 'HOLIDAY' | 'WORKDAY';
  nameZh: string;
  nameEn: string;
  provisional: boolean;
}

export const CALENDAR_SOURCES: { year: number; sourceZh: string; provisional: boolean }[] = [
  {
    year: 2025,
    sourceZh:
      '国务院办公厅关于2025年部分节假日安排的通知(国办发明电〔2024〕12号,2024年11月12日;依据2024年11月修订的《全国年节及纪念日放假办法》)',
    provisional: false,
  },
  {
    year: 2026,
    sourceZh: '国务院办公厅关于2026年部分节假日安排的通知(2025年11月4日,新华社受权发布)',
    provisional: false,
  },
  {
    year: 2027,
    sourceZh:
      '暂无国务院办公厅2027年部分节假日安排通知;按《全国年节及纪念日放假办法》(2024年11月修订)规定的法定假日及农历日期推算,适逢周六、周日的法定假日在其后工作日补假,未预设调休上班日;官方通知发布后应以通知为准替换',
    provisional: true,
  },
];

/** Sorted by date; one entry per date. */
export const CALENDAR_OVERRIDES: CalendarOverride[] = [
  // ---- 2025 ----
  // 一、元旦:1月1日(周三)放假1天,不调休。
  { date: '2025-01-01', kind: 'HOLIDAY', nameZh: '元旦', nameEn: "New Year's Day", provisional: false }, // 周三
  // 二、春节:1月28日(农历除夕、周二)至2月4日(农历正月初七、周二)放假调休,共8天。1月26日(周日)、2月8日(周六)上班。
  { date: '2025-01-26', kind: 'WORKDAY', nameZh: '春节调休上班', nameEn: 'Spring Festival make-up workday', provisional: false }, // 周日
  { date: '2025-01-28', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周二
  { date: '2025-01-29', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周三
  { date: '2025-01-30', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周四
  { date: '2025-01-31', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周五
  { date: '2025-02-01', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周六
  { date: '2025-02-02', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周日
  { date: '2025-02-03', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周一
  { date: '2025-02-04', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周二
  { date: '2025-02-08', kind: 'WORKDAY', nameZh: '春节调休上班', nameEn: 'Spring Festival make-up workday', provisional: false }, // 周六
  // 三、清明节:4月4日(周五)至6日(周日)放假,共3天。
  { date: '2025-04-04', kind: 'HOLIDAY', nameZh: '清明节', nameEn: 'Qingming Festival', provisional: false }, // 周五
  { date: '2025-04-05', kind: 'HOLIDAY', nameZh: '清明节', nameEn: 'Qingming Festival', provisional: false }, // 周六
  { date: '2025-04-06', kind: 'HOLIDAY', nameZh: '清明节', nameEn: 'Qingming Festival', provisional: false }, // 周日
  // 四、劳动节:5月1日(周四)至5日(周一)放假调休,共5天。4月27日(周日)上班。
  { date: '2025-04-27', kind: 'WORKDAY', nameZh: '劳动节调休上班', nameEn: 'Labour Day make-up workday', provisional: false }, // 周日
  { date: '2025-05-01', kind: 'HOLIDAY', nameZh: '劳动节', nameEn: 'Labour Day', provisional: false }, // 周四
  { date: '2025-05-02', kind: 'HOLIDAY', nameZh: '劳动节', nameEn: 'Labour Day', provisional: false }, // 周五
  { date: '2025-05-03', kind: 'HOLIDAY', nameZh: '劳动节', nameEn: 'Labour Day', provisional: false }, // 周六
  { date: '2025-05-04', kind: 'HOLIDAY', nameZh: '劳动节', nameEn: 'Labour Day', provisional: false }, // 周日
  { date: '2025-05-05', kind: 'HOLIDAY', nameZh: '劳动节', nameEn: 'Labour Day', provisional: false }, // 周一
  // 五、端午节:5月31日(周六)至6月2日(周一)放假,共3天。
  { date: '2025-05-31', kind: 'HOLIDAY', nameZh: '端午节', nameEn: 'Dragon Boat Festival', provisional: false }, // 周六
  { date: '2025-06-01', kind: 'HOLIDAY', nameZh: '端午节', nameEn: 'Dragon Boat Festival', provisional: false }, // 周日
  { date: '2025-06-02', kind: 'HOLIDAY', nameZh: '端午节', nameEn: 'Dragon Boat Festival', provisional: false }, // 周一
  // 六、国庆节、中秋节:10月1日(周三)至8日(周三)放假调休,共8天。9月28日(周日)、10月11日(周六)上班。
  { date: '2025-09-28', kind: 'WORKDAY', nameZh: '国庆节、中秋节调休上班', nameEn: 'National Day and Mid-Autumn Festival make-up workday', provisional: false }, // 周日
  { date: '2025-10-01', kind: 'HOLIDAY', nameZh: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival', provisional: false }, // 周三
  { date: '2025-10-02', kind: 'HOLIDAY', nameZh: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival', provisional: false }, // 周四
  { date: '2025-10-03', kind: 'HOLIDAY', nameZh: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival', provisional: false }, // 周五
  { date: '2025-10-04', kind: 'HOLIDAY', nameZh: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival', provisional: false }, // 周六
  { date: '2025-10-05', kind: 'HOLIDAY', nameZh: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival', provisional: false }, // 周日
  { date: '2025-10-06', kind: 'HOLIDAY', nameZh: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival', provisional: false }, // 周一
  { date: '2025-10-07', kind: 'HOLIDAY', nameZh: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival', provisional: false }, // 周二
  { date: '2025-10-08', kind: 'HOLIDAY', nameZh: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival', provisional: false }, // 周三
  { date: '2025-10-11', kind: 'WORKDAY', nameZh: '国庆节、中秋节调休上班', nameEn: 'National Day and Mid-Autumn Festival make-up workday', provisional: false }, // 周六
  // ---- 2026 ----
  // 一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。
  { date: '2026-01-01', kind: 'HOLIDAY', nameZh: '元旦', nameEn: "New Year's Day", provisional: false }, // 周四
  { date: '2026-01-02', kind: 'HOLIDAY', nameZh: '元旦', nameEn: "New Year's Day", provisional: false }, // 周五
  { date: '2026-01-03', kind: 'HOLIDAY', nameZh: '元旦', nameEn: "New Year's Day", provisional: false }, // 周六
  { date: '2026-01-04', kind: 'WORKDAY', nameZh: '元旦调休上班', nameEn: "New Year's Day make-up workday", provisional: false }, // 周日
  // 二、春节:2月15日(农历腊月二十八、周日)至23日(农历正月初七、周一)放假调休,共9天。2月14日(周六)、2月28日(周六)上班。
  { date: '2026-02-14', kind: 'WORKDAY', nameZh: '春节调休上班', nameEn: 'Spring Festival make-up workday', provisional: false }, // 周六
  { date: '2026-02-15', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周日
  { date: '2026-02-16', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周一
  { date: '2026-02-17', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周二
  { date: '2026-02-18', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周三
  { date: '2026-02-19', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周四
  { date: '2026-02-20', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周五
  { date: '2026-02-21', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周六
  { date: '2026-02-22', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周日
  { date: '2026-02-23', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: false }, // 周一
  { date: '2026-02-28', kind: 'WORKDAY', nameZh: '春节调休上班', nameEn: 'Spring Festival make-up workday', provisional: false }, // 周六
  // 三、清明节:4月4日(周六)至6日(周一)放假,共3天。
  { date: '2026-04-04', kind: 'HOLIDAY', nameZh: '清明节', nameEn: 'Qingming Festival', provisional: false }, // 周六
  { date: '2026-04-05', kind: 'HOLIDAY', nameZh: '清明节', nameEn: 'Qingming Festival', provisional: false }, // 周日
  { date: '2026-04-06', kind: 'HOLIDAY', nameZh: '清明节', nameEn: 'Qingming Festival', provisional: false }, // 周一
  // 四、劳动节:5月1日(周五)至5日(周二)放假调休,共5天。5月9日(周六)上班。
  { date: '2026-05-01', kind: 'HOLIDAY', nameZh: '劳动节', nameEn: 'Labour Day', provisional: false }, // 周五
  { date: '2026-05-02', kind: 'HOLIDAY', nameZh: '劳动节', nameEn: 'Labour Day', provisional: false }, // 周六
  { date: '2026-05-03', kind: 'HOLIDAY', nameZh: '劳动节', nameEn: 'Labour Day', provisional: false }, // 周日
  { date: '2026-05-04', kind: 'HOLIDAY', nameZh: '劳动节', nameEn: 'Labour Day', provisional: false }, // 周一
  { date: '2026-05-05', kind: 'HOLIDAY', nameZh: '劳动节', nameEn: 'Labour Day', provisional: false }, // 周二
  { date: '2026-05-09', kind: 'WORKDAY', nameZh: '劳动节调休上班', nameEn: 'Labour Day make-up workday', provisional: false }, // 周六
  // 五、端午节:6月19日(周五)至21日(周日)放假,共3天。
  { date: '2026-06-19', kind: 'HOLIDAY', nameZh: '端午节', nameEn: 'Dragon Boat Festival', provisional: false }, // 周五
  { date: '2026-06-20', kind: 'HOLIDAY', nameZh: '端午节', nameEn: 'Dragon Boat Festival', provisional: false }, // 周六
  { date: '2026-06-21', kind: 'HOLIDAY', nameZh: '端午节', nameEn: 'Dragon Boat Festival', provisional: false }, // 周日
  // 七、国庆节:10月1日(周四)至7日(周三)放假调休,共7天。9月20日(周日)、10月10日(周六)上班。
  { date: '2026-09-20', kind: 'WORKDAY', nameZh: '国庆节调休上班', nameEn: 'National Day make-up workday', provisional: false }, // 周日
  // 六、中秋节:9月25日(周五)至27日(周日)放假,共3天。
  { date: '2026-09-25', kind: 'HOLIDAY', nameZh: '中秋节', nameEn: 'Mid-Autumn Festival', provisional: false }, // 周五
  { date: '2026-09-26', kind: 'HOLIDAY', nameZh: '中秋节', nameEn: 'Mid-Autumn Festival', provisional: false }, // 周六
  { date: '2026-09-27', kind: 'HOLIDAY', nameZh: '中秋节', nameEn: 'Mid-Autumn Festival', provisional: false }, // 周日
  // 七、国庆节(续)
  { date: '2026-10-01', kind: 'HOLIDAY', nameZh: '国庆节', nameEn: 'National Day', provisional: false }, // 周四
  { date: '2026-10-02', kind: 'HOLIDAY', nameZh: '国庆节', nameEn: 'National Day', provisional: false }, // 周五
  { date: '2026-10-03', kind: 'HOLIDAY', nameZh: '国庆节', nameEn: 'National Day', provisional: false }, // 周六
  { date: '2026-10-04', kind: 'HOLIDAY', nameZh: '国庆节', nameEn: 'National Day', provisional: false }, // 周日
  { date: '2026-10-05', kind: 'HOLIDAY', nameZh: '国庆节', nameEn: 'National Day', provisional: false }, // 周一
  { date: '2026-10-06', kind: 'HOLIDAY', nameZh: '国庆节', nameEn: 'National Day', provisional: false }, // 周二
  { date: '2026-10-07', kind: 'HOLIDAY', nameZh: '国庆节', nameEn: 'National Day', provisional: false }, // 周三
  { date: '2026-10-10', kind: 'WORKDAY', nameZh: '国庆节调休上班', nameEn: 'National Day make-up workday', provisional: false }, // 周六
  // ---- 2027 (PROVISIONAL) ----
  // 元旦 1月1日(周五),与周末连休。
  { date: '2027-01-01', kind: 'HOLIDAY', nameZh: '元旦', nameEn: "New Year's Day", provisional: true }, // 周五
  { date: '2027-01-02', kind: 'HOLIDAY', nameZh: '元旦', nameEn: "New Year's Day", provisional: true }, // 周六
  { date: '2027-01-03', kind: 'HOLIDAY', nameZh: '元旦', nameEn: "New Year's Day", provisional: true }, // 周日
  // 春节 法定:除夕2月5日(周五)、正月初一至初三2月6日(周六)至8日(周一);2月6日、7日适逢周末,于2月9日、10日补假。
  { date: '2027-02-05', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: true }, // 周五
  { date: '2027-02-06', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: true }, // 周六
  { date: '2027-02-07', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: true }, // 周日
  { date: '2027-02-08', kind: 'HOLIDAY', nameZh: '春节', nameEn: 'Spring Festival', provisional: true }, // 周一
  { date: '2027-02-09', kind: 'HOLIDAY', nameZh: '春节(补假)', nameEn: 'Spring Festival (compensatory day off)', provisional: true }, // 周二
  { date: '2027-02-10', kind: 'HOLIDAY', nameZh: '春节(补假)', nameEn: 'Spring Festival (compensatory day off)', provisional: true }, // 周三
  // 清明节 4月5日(周一),与周末连休。
  { date: '2027-04-03', kind: 'HOLIDAY', nameZh: '清明节', nameEn: 'Qingming Festival', provisional: true }, // 周六
  { date: '2027-04-04', kind: 'HOLIDAY', nameZh: '清明节', nameEn: 'Qingming Festival', provisional: true }, // 周日
  { date: '2027-04-05', kind: 'HOLIDAY', nameZh: '清明节', nameEn: 'Qingming Festival', provisional: true }, // 周一
  // 劳动节 法定:5月1日(周六)、2日(周日);于5月3日、4日补假。
  { date: '2027-05-01', kind: 'HOLIDAY', nameZh: '劳动节', nameEn: 'Labour Day', provisional: true }, // 周六
  { date: '2027-05-02', kind: 'HOLIDAY', nameZh: '劳动节', nameEn: 'Labour Day', provisional: true }, // 周日
  { date: '2027-05-03', kind: 'HOLIDAY', nameZh: '劳动节(补假)', nameEn: 'Labour Day (compensatory day off)', provisional: true }, // 周一
  { date: '2027-05-04', kind: 'HOLIDAY', nameZh: '劳动节(补假)', nameEn: 'Labour Day (compensatory day off)', provisional: true }, // 周二
  // 端午节 6月9日(周三),逢周三只在当日放假。
  { date: '2027-06-09', kind: 'HOLIDAY', nameZh: '端午节', nameEn: 'Dragon Boat Festival', provisional: true }, // 周三
  // 中秋节 9月15日(周三),逢周三只在当日放假。
  { date: '2027-09-15', kind: 'HOLIDAY', nameZh: '中秋节', nameEn: 'Mid-Autumn Festival', provisional: true }, // 周三
  // 国庆节 法定:10月1日(周五)至3日(周日);10月2日、3日适逢周末,于10月4日、5日补假。
  { date: '2027-10-01', kind: 'HOLIDAY', nameZh: '国庆节', nameEn: 'National Day', provisional: true }, // 周五
  { date: '2027-10-02', kind: 'HOLIDAY', nameZh: '国庆节', nameEn: 'National Day', provisional: true }, // 周六
  { date: '2027-10-03', kind: 'HOLIDAY', nameZh: '国庆节', nameEn: 'National Day', provisional: true }, // 周日
  { date: '2027-10-04', kind: 'HOLIDAY', nameZh: '国庆节(补假)', nameEn: 'National Day (compensatory day off)', provisional: true }, // 周一
  { date: '2027-10-05', kind: 'HOLIDAY', nameZh: '国庆节(补假)', nameEn: 'National Day (compensatory day off)', provisional: true }, // 周二
];
