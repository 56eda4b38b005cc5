/** Influence periods (影响期, [YY] Art. 18) a decision imposes on a cadre. Pure: no database, no clock. */
import { addCalendarMonths, type CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import { DecisionKind, EffectKind, ToleranceOutcome } from './decision.enums.js';
import { MEASURE_EFFECTS } from './measure-effects.js';

export interface DecisionTerms {
  kind: DecisionKind;
  /** MEASURES_YY codes as decided (after any reduction for tolerance). */
  measureCodes: readonly string[];
  toleranceOutcome: ToleranceOutcome | null;
  /** Periods run from the approval (effective) date; DOMAIN.md §8. */
  effectiveOn: CalendarDate;
}

export interface PlannedEffect {
  kind: EffectKind;
  startsOn: CalendarDate;
  /** Null: open-ended (停职检查 until rectified) or, for NO_AWARDS_THAT_YEAR, the year of startsOn. */
  endsOn: CalendarDate | null;
}

/**
 * The restrictions a decision imposes. Tolerance 免除 and decisions without accountability leave
 * none; 减轻 / 从轻 leave those of the (reduced) measures decided. When several measures apply, the
 * longest period of each kind wins.
 */
export function influencePeriods(terms: DecisionTerms): PlannedEffect[] {
  if (terms.kind !== DecisionKind.ACCOUNTABILITY || terms.toleranceOutcome === ToleranceOutcome.EXEMPT) return [];
  const months = new Map<EffectKind, number | null>();
  const longest = (kind: EffectKind, value: number | null) => {
    const current = months.get(kind);
    // null (open-ended) outlasts any fixed term.
    if (current === undefined || (current !== null && (value === null || value > current))) months.set(kind, value);
  };
  for (const code of terms.measureCodes) {
    const e = MEASURE_EFFECTS[code];
    if (!e) throw new RangeError(`Unknown accountability measure ${code}`);
    if (e.noAwardsThatYear) longest(EffectKind.NO_AWARDS_THAT_YEAR, 0);
    if (e.noPromotionMonths) longest(EffectKind.NO_PROMOTION, e.noPromotionMonths);
    if (e.noPostMonths) longest(EffectKind.NO_POST, e.noPostMonths);
    if (e.notAboveFormerRankMonths) longest(EffectKind.NOT_ABOVE_FORMER_RANK, e.notAboveFormerRankMonths);
    if (e.untilRectified) longest(EffectKind.UNTIL_RECTIFIED, null);
    if (e.annualRating) longest(EffectKind.ANNUAL_RATING_CAP, 0);
  }
  return [...months].map(([kind, m]) => ({
    kind,
    startsOn: terms.effectiveOn,
    endsOn: m === null || m === 0 ? null : addCalendarMonths(terms.effectiveOn, m),
  }));
}
