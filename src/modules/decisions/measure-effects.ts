/** The catalogues a decision's measures come from: [YY] Art. 14 and the 2019 条例 art. 8. */
export const MEASURE_CATALOGUES = ['MEASURES_YY', 'MEASURES_CPC2019'] as const;

/**
 * Effects of each accountability measure during its influence period (影响期),
 * from [YY] 第十八条. Keyed by MEASURES_YY item codes.
 *
 * Semantics of the fields (each an independent restriction, counted from the
 * decision; 0 = no such restriction; consumers must check all of them):
 * - noAwardsThatYear: 取消当年度考核评优评先资格 — applies to every accountability (第十八条 first sentence).
 * - noPromotionMonths: 不得提拔 for this many months.
 * - noPostMonths: 不安排职务 (no post at all) for this many months.
 * - notAboveFormerRankMonths: 不得担任高于原职务层次的职务 for this many months.
 * - untilRectified: the influence period runs from the decision until rectification is
 *   complete (整改到位) rather than for a fixed term.
 * - annualRating: the grade fixed for that year's annual appraisal (当年年度考核等次).
 *
 * Further rules of 第十八条 that are not per-measure fields:
 * - (六) 被问责干部在任职试用期内的,一般不作调离岗位处理;在试用期内引咎辞职或受到责令辞职、免职处理的,
 *   试任职务自然取消,一年内不安排职务,其待遇按试用前职务的标准执行。
 * - (七) 《问责决定书》归入被问责对象个人档案。
 * - 第十三条: 问责期内反省深刻、整改到位的,问责期满后由问责机构作出取消问责的书面决定;重新任职的从严把关。
 */
export const MEASURE_EFFECTS: Record<
  string,
  {
    noAwardsThatYear: boolean;
    noPromotionMonths: number;
    noPostMonths: number;
    notAboveFormerRankMonths: number;
    untilRectified: boolean;
    annualRating?: string;
    noteZh: string;
  }
> = {
  NOTICE_CRITICISM: {
    noAwardsThatYear: true,
    noPromotionMonths: 0,
    noPostMonths: 0,
    notAboveFormerRankMonths: 0,
    untilRectified: false,
    noteZh: '领导干部被问责的,取消当年度考核评优评先资格(第十八条)。第十八条对通报批评未另设影响期。',
  },
  WRITTEN_SELF_EXAMINATION: {
    noAwardsThatYear: true,
    noPromotionMonths: 0,
    noPostMonths: 0,
    notAboveFormerRankMonths: 0,
    untilRectified: false,
    noteZh: '领导干部被问责的,取消当年度考核评优评先资格(第十八条)。第十八条对作出检查未另设影响期。',
  },
  ADMONITION_TALK: {
    noAwardsThatYear: true,
    noPromotionMonths: 6,
    noPostMonths: 0,
    notAboveFormerRankMonths: 0,
    untilRectified: false,
    noteZh: '受到诫勉谈话或责令公开道歉处理的,半年内不得提拔(第十八条(一));取消当年度考核评优评先资格。',
  },
  PUBLIC_APOLOGY: {
    noAwardsThatYear: true,
    noPromotionMonths: 6,
    noPostMonths: 0,
    notAboveFormerRankMonths: 0,
    untilRectified: false,
    noteZh: '受到诫勉谈话或责令公开道歉处理的,半年内不得提拔(第十八条(一));取消当年度考核评优评先资格。',
  },
  SUSPENSION_FOR_INSPECTION: {
    noAwardsThatYear: true,
    noPromotionMonths: 0,
    noPostMonths: 0,
    notAboveFormerRankMonths: 0,
    untilRectified: true,
    noteZh: '受到停职检查处理的,以作出问责决定至问题整改到位为影响期,如果整改期超出半年的按照调离岗位进行问责(第十八条(二));取消当年度考核评优评先资格。',
  },
  TRANSFER: {
    noAwardsThatYear: true,
    noPromotionMonths: 12,
    noPostMonths: 0,
    notAboveFormerRankMonths: 0,
    untilRectified: false,
    noteZh: '受到调离岗位处理的,不得担任原任职务监管部门的领导职务或与所受处理问题相关联的职务,一年内不得提拔(第十八条(三));该相关职务限制未规定期限。被问责干部在任职试用期内的,一般不作调离岗位处理(第十八条(六));取消当年度考核评优评先资格。',
  },
  RESIGNATION_FOR_ACCOUNTABILITY: {
    noAwardsThatYear: true,
    noPromotionMonths: 0,
    noPostMonths: 12,
    notAboveFormerRankMonths: 24,
    untilRectified: false,
    annualRating: '基本称职',
    noteZh: '引咎辞职和受到责令辞职、免职处理的,当年年度考核确定为基本称职等次;一年内不安排职务,期间可酌情安排从事临时性、专项性工作;两年内不得担任高于原职务层次的职务(第十八条(四))。在试用期内引咎辞职的,试任职务自然取消,一年内不安排职务,其待遇按试用前职务的标准执行(第十八条(六))。',
  },
  ORDERED_RESIGNATION: {
    noAwardsThatYear: true,
    noPromotionMonths: 0,
    noPostMonths: 12,
    notAboveFormerRankMonths: 24,
    untilRectified: false,
    annualRating: '基本称职',
    noteZh: '引咎辞职和受到责令辞职、免职处理的,当年年度考核确定为基本称职等次;一年内不安排职务,期间可酌情安排从事临时性、专项性工作;两年内不得担任高于原职务层次的职务(第十八条(四))。在试用期内受到责令辞职处理的,试任职务自然取消,一年内不安排职务,其待遇按试用前职务的标准执行(第十八条(六))。',
  },
  DISMISSAL: {
    noAwardsThatYear: true,
    noPromotionMonths: 0,
    noPostMonths: 12,
    notAboveFormerRankMonths: 24,
    untilRectified: false,
    annualRating: '基本称职',
    noteZh: '引咎辞职和受到责令辞职、免职处理的,当年年度考核确定为基本称职等次;一年内不安排职务,期间可酌情安排从事临时性、专项性工作;两年内不得担任高于原职务层次的职务(第十八条(四))。在试用期内受到免职处理的,试任职务自然取消,一年内不安排职务,其待遇按试用前职务的标准执行(第十八条(六))。',
  },
  DEMOTION: {
    noAwardsThatYear: true,
    noPromotionMonths: 24,
    noPostMonths: 0,
    notAboveFormerRankMonths: 0,
    untilRectified: false,
    noteZh: '受到降职处理的,两年内不得提拔(第十八条(五));取消当年度考核评优评先资格。',
  },
};

const NONE = { noAwardsThatYear: false, noPromotionMonths: 0, noPostMonths: 0, notAboveFormerRankMonths: 0, untilRectified: false } as const;
const periodOf = (months: number, noteZh: string) => ({ ...NONE, noAwardsThatYear: true, noPromotionMonths: months, noteZh });

/**
 * The 2019 条例 measures (MEASURES_CPC2019). Organisational measures leave no period on a cadre;
 * 通报 / 诫勉 / 调整职务 follow the [YY] periods of the same measure; party discipline periods are
 * those DOMAIN.md §8 gives (警告 1 year, 严重警告 1.5 years, 撤销党内职务 2 years).
 */
Object.assign(MEASURE_EFFECTS, {
  ORG_INSPECTION: { ...NONE, noteZh: '对党组织的问责方式，不对个人产生影响期。' },
  ORG_NOTICE: { ...NONE, noteZh: '对党组织的问责方式，不对个人产生影响期。' },
  ORG_REORGANISATION: { ...NONE, noteZh: '对党组织的问责方式，不对个人产生影响期。' },
  CADRE_NOTICE: { ...MEASURE_EFFECTS.NOTICE_CRITICISM!, noteZh: '同通报批评。' },
  CADRE_ADMONITION: { ...MEASURE_EFFECTS.ADMONITION_TALK!, noteZh: '同诫勉谈话：半年内不得提拔。' },
  POST_ADJUSTMENT: { ...MEASURE_EFFECTS.TRANSFER!, noteZh: '同调离岗位：一年内不得提拔。' },
  PARTY_WARNING: periodOf(12, '警告：一年内不得提拔。'),
  PARTY_SERIOUS_WARNING: periodOf(18, '严重警告：一年半内不得提拔。'),
  REMOVAL_FROM_PARTY_POST: periodOf(24, '撤销党内职务：两年内不得提拔。'),
});
