/**
 * May a cadre be promoted, receive awards, hold a post on a given day — and if not, why
 * ([YY] Art. 18, DOMAIN.md §2.3)? Pure: the cadre's effects in, a verdict per aspect out.
 */
import { addCalendarMonths, type CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import { DecisionStatus, EffectKind } from './decision.enums.js';
import { MEASURE_EFFECTS } from './measure-effects.js';

export enum EligibilityAspect {
  PROMOTION = 'PROMOTION', // 提拔
  AWARDS = 'AWARDS', // 考核评优评先
  HOLDING_POST = 'HOLDING_POST', // 担任（安排）职务
}

/** One stored effect with the facts of the decision it comes from. */
export interface CadreEffect {
  effectId: string;
  kind: EffectKind;
  startsOn: CalendarDate;
  endsOn: CalendarDate | null;
  cancelledOn: CalendarDate | null;
  voidedOn: CalendarDate | null;
  decision: { id: string; status: DecisionStatus; documentNumber: string | null; measureCodes: readonly string[] };
}

export interface EligibilityReason {
  aspect: EligibilityAspect;
  effectId: string;
  effectKind: EffectKind;
  /** The measure of the decision that imposes this restriction (the longest, when several do). */
  measureCode: string | null;
  startsOn: CalendarDate;
  /** The last day the restriction applies (31 December for the year-bound kinds); null until rectified. */
  endsOn: CalendarDate | null;
  /** A cancellation (取消问责) dated after the day asked about. */
  cancelledOn: CalendarDate | null;
  decisionId: string;
  documentNumber: string | null;
  /** Chinese, then English. */
  explanation: string;
}

export interface AspectVerdict {
  allowed: boolean;
  reasons: EligibilityReason[];
}

export type Eligibility = Record<EligibilityAspect, AspectVerdict>;

const A = EligibilityAspect;
const K = EffectKind;

/** Which aspects each kind of restriction blocks. */
export const BLOCKS: Record<EffectKind, readonly EligibilityAspect[]> = {
  [K.NO_PROMOTION]: [A.PROMOTION],
  // 不得担任高于原职务层次的职务: a promotion is exactly that.
  [K.NOT_ABOVE_FORMER_RANK]: [A.PROMOTION],
  [K.UNTIL_RECTIFIED]: [A.PROMOTION, A.HOLDING_POST],
  [K.NO_POST]: [A.HOLDING_POST],
  [K.NO_AWARDS_THAT_YEAR]: [A.AWARDS],
  // An annual rating fixed at 基本称职 rules out 评优 for that year.
  [K.ANNUAL_RATING_CAP]: [A.AWARDS],
};

/** Kinds stored with endsOn null that end with the calendar year in which they start. */
const YEAR_BOUND: ReadonlySet<EffectKind> = new Set([K.NO_AWARDS_THAT_YEAR, K.ANNUAL_RATING_CAP]);

/** Names for the explanations; the MEASURES_YY catalogue holds the same names as reference data. */
const MEASURE_NAMES: Record<string, [zh: string, en: string]> = {
  NOTICE_CRITICISM: ['通报批评', 'circulated criticism'],
  WRITTEN_SELF_EXAMINATION: ['作出检查', 'written self-examination'],
  ADMONITION_TALK: ['诫勉谈话', 'admonition talk'],
  PUBLIC_APOLOGY: ['公开道歉', 'ordered public apology'],
  SUSPENSION_FOR_INSPECTION: ['停职检查', 'suspension for self-examination'],
  TRANSFER: ['调离岗位', 'transfer from post'],
  RESIGNATION_FOR_ACCOUNTABILITY: ['引咎辞职', 'resignation taking the blame'],
  ORDERED_RESIGNATION: ['责令辞职', 'ordered resignation'],
  DISMISSAL: ['免职', 'removal from post'],
  DEMOTION: ['降职', 'demotion'],
};

/** How strongly a measure imposes a kind (months; open-ended is longest), or undefined if it does not. */
function strength(code: string, kind: EffectKind): number | undefined {
  const e = MEASURE_EFFECTS[code];
  if (!e) return undefined;
  switch (kind) {
    case K.NO_AWARDS_THAT_YEAR: return e.noAwardsThatYear ? 0 : undefined;
    case K.ANNUAL_RATING_CAP: return e.annualRating ? 0 : undefined;
    case K.UNTIL_RECTIFIED: return e.untilRectified ? Number.POSITIVE_INFINITY : undefined;
    case K.NO_PROMOTION: return e.noPromotionMonths || undefined;
    case K.NO_POST: return e.noPostMonths || undefined;
    case K.NOT_ABOVE_FORMER_RANK: return e.notAboveFormerRankMonths || undefined;
  }
}

/** The decision's measure behind an effect: the one with the longest period of that kind. */
export function measureBehind(kind: EffectKind, measureCodes: readonly string[]): string | null {
  let best: { code: string; s: number } | null = null;
  for (const code of measureCodes) {
    const s = strength(code, kind);
    if (s !== undefined && (best === null || s > best.s)) best = { code, s };
  }
  return best?.code ?? null;
}

/** The last restricted day: periods are inclusive of endsOn (the corresponding day of the last month). */
export function lastDayOf(e: Pick<CadreEffect, 'kind' | 'startsOn' | 'endsOn'>): CalendarDate | null {
  if (e.endsOn === null && YEAR_BOUND.has(e.kind)) return `${e.startsOn.slice(0, 4)}-12-31`;
  return e.endsOn;
}

/**
 * Whether an effect restricts the cadre on `on`. A voided effect never applied (its decision was
 * changed or revoked on appeal); the same holds for any effect of a changed or revoked decision
 * even if the voiding was not recorded. A superseded decision's effects applied while it stood
 * and count unless they were voided. A cancellation lifts the restriction from its date.
 */
export function restrictsOn(e: CadreEffect, on: CalendarDate): boolean {
  if (e.voidedOn !== null) return false;
  if (e.decision.status === DecisionStatus.CHANGED || e.decision.status === DecisionStatus.REVOKED) return false;
  if (e.cancelledOn !== null && e.cancelledOn <= on) return false;
  if (e.startsOn > on) return false;
  const last = lastDayOf(e);
  return last === null || last >= on;
}

function names(code: string | null): [string, string] {
  if (code === null) return ['问责', 'accountability'];
  return MEASURE_NAMES[code] ?? [code, code];
}

function explain(aspect: EligibilityAspect, e: CadreEffect, measure: string | null, on: CalendarDate): string {
  const [zh, en] = names(measure);
  const start = e.startsOn;
  const end = lastDayOf(e);
  const year = start.slice(0, 4);
  // [YY] Art. 18(2): rectification taking over half a year is treated as a transfer from post.
  const overSixMonths = addCalendarMonths(start, 6) < on;
  const asTransfer = overSixMonths
    ? ' 整改期已超过半年，按调离岗位处理（[YY]第十八条(二)）。 Rectification has taken over six months: treated as a transfer from post ([YY] Art. 18(2)).'
    : '';
  switch (e.kind) {
    case K.NO_PROMOTION:
      return `受到${zh}处理，${start}至${end}不得提拔（[YY]第十八条）。 After ${en}: no promotion from ${start} to ${end} ([YY] Art. 18).`;
    case K.NOT_ABOVE_FORMER_RANK:
      return `受到${zh}处理，${start}至${end}不得担任高于原职务层次的职务，不得提拔（[YY]第十八条(四)）。 After ${en}: no post above the former rank from ${start} to ${end}, so no promotion ([YY] Art. 18(4)).`;
    case K.NO_POST:
      return `受到${zh}处理，${start}至${end}不安排职务，可酌情安排临时性、专项性工作（[YY]第十八条(四)）。 After ${en}: no post from ${start} to ${end}; temporary or special assignments only ([YY] Art. 18(4)).`;
    case K.UNTIL_RECTIFIED:
      return aspect === A.HOLDING_POST
        ? `受到${zh}处理，自${start}起停职，至整改到位并取消问责（[YY]第十八条(二)）。 After ${en}: suspended from the post since ${start} until rectified and the accountability is cancelled ([YY] Art. 18(2)).${asTransfer}`
        : `受到${zh}处理，自${start}起至整改到位并取消问责前不得提拔（[YY]第十八条(二)）。 After ${en}: no promotion from ${start} until rectified and the accountability is cancelled ([YY] Art. 18(2)).${asTransfer}`;
    case K.NO_AWARDS_THAT_YEAR:
      return `${year}年度受到问责（${zh}），取消当年度考核评优评先资格（[YY]第十八条）。 Held accountable (${en}) in ${year}: no appraisal awards or honours for that year ([YY] Art. 18).`;
    case K.ANNUAL_RATING_CAP: {
      const rating = (measure && MEASURE_EFFECTS[measure]?.annualRating) || '基本称职';
      return `受到${zh}处理，${year}年度考核确定为${rating}等次，当年度不得评优评先（[YY]第十八条(四)）。 After ${en}: the ${year} annual rating is fixed at ${rating} ("basically competent"), so no awards that year ([YY] Art. 18(4)).`;
    }
  }
}

/** The verdict for each aspect on `on`: allowed when no restriction applies, with every one that does. */
export function eligibility(effects: readonly CadreEffect[], on: CalendarDate): Eligibility {
  const result: Eligibility = {
    [A.PROMOTION]: { allowed: true, reasons: [] },
    [A.AWARDS]: { allowed: true, reasons: [] },
    [A.HOLDING_POST]: { allowed: true, reasons: [] },
  };
  const ordered = [...effects].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.kind.localeCompare(b.kind) || a.effectId.localeCompare(b.effectId));
  for (const e of ordered) {
    if (!restrictsOn(e, on)) continue;
    const measure = measureBehind(e.kind, e.decision.measureCodes);
    for (const aspect of BLOCKS[e.kind]) {
      result[aspect].allowed = false;
      result[aspect].reasons.push({
        aspect, effectId: e.effectId, effectKind: e.kind, measureCode: measure, startsOn: e.startsOn, endsOn: lastDayOf(e),
        cancelledOn: e.cancelledOn, decisionId: e.decision.id, documentNumber: e.decision.documentNumber,
        explanation: explain(aspect, e, measure, on),
      });
    }
  }
  return result;
}
