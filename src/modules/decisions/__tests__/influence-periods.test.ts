import { DecisionKind, EffectKind, ToleranceOutcome } from '../decision.enums.js';
import { influencePeriods, type DecisionTerms, type PlannedEffect } from '../influence-periods.js';

const K = EffectKind;

const terms = (measureCodes: string[], effectiveOn = '2025-03-15', extra: Partial<DecisionTerms> = {}): DecisionTerms => ({
  kind: DecisionKind.ACCOUNTABILITY, measureCodes, toleranceOutcome: ToleranceOutcome.REFUSED, effectiveOn, ...extra,
});

/** Order-free comparison: the rule promises one effect per kind, not an order. */
const byKind = (effects: PlannedEffect[]) => Object.fromEntries(effects.map((e) => [e.kind, e]));

describe('influencePeriods ([YY] Art. 18)', () => {
  it('诫勉: no promotion for 6 months and no awards that year', () => {
    const effects = influencePeriods(terms(['ADMONITION_TALK']));
    expect(effects).toHaveLength(2);
    expect(byKind(effects)).toEqual({
      [K.NO_PROMOTION]: { kind: K.NO_PROMOTION, startsOn: '2025-03-15', endsOn: '2025-09-15' },
      [K.NO_AWARDS_THAT_YEAR]: { kind: K.NO_AWARDS_THAT_YEAR, startsOn: '2025-03-15', endsOn: null },
    });
  });

  it('the 2019 条例 measures: 诫勉 as [YY]’s, party discipline periods of 1, 1.5 and 2 years, none for organisational measures', () => {
    expect(byKind(influencePeriods(terms(['CADRE_ADMONITION'])))).toEqual(byKind(influencePeriods(terms(['ADMONITION_TALK']))));
    expect(byKind(influencePeriods(terms(['PARTY_WARNING'])))[K.NO_PROMOTION]!.endsOn).toBe('2026-03-15');
    expect(byKind(influencePeriods(terms(['PARTY_SERIOUS_WARNING'])))[K.NO_PROMOTION]!.endsOn).toBe('2026-09-15');
    expect(byKind(influencePeriods(terms(['REMOVAL_FROM_PARTY_POST'])))[K.NO_PROMOTION]!.endsOn).toBe('2027-03-15');
    expect(influencePeriods(terms(['ORG_REORGANISATION']))).toEqual([]);
    // Combined with 免职, the longest no-promotion period wins and 免职's own restrictions stay.
    expect(Object.keys(byKind(influencePeriods(terms(['DISMISSAL', 'PARTY_SERIOUS_WARNING'])))).sort()).toEqual(
      [K.ANNUAL_RATING_CAP, K.NOT_ABOVE_FORMER_RANK, K.NO_AWARDS_THAT_YEAR, K.NO_POST, K.NO_PROMOTION].sort());
  });

  it('公开道歉 has the same periods as 诫勉', () => {
    expect(byKind(influencePeriods(terms(['PUBLIC_APOLOGY'])))).toEqual(byKind(influencePeriods(terms(['ADMONITION_TALK']))));
  });

  it('免职: no post for 12 months, nothing above the former rank for 24, the annual rating capped, no awards', () => {
    expect(byKind(influencePeriods(terms(['DISMISSAL'])))).toEqual({
      [K.NO_POST]: { kind: K.NO_POST, startsOn: '2025-03-15', endsOn: '2026-03-15' },
      [K.NOT_ABOVE_FORMER_RANK]: { kind: K.NOT_ABOVE_FORMER_RANK, startsOn: '2025-03-15', endsOn: '2027-03-15' },
      [K.ANNUAL_RATING_CAP]: { kind: K.ANNUAL_RATING_CAP, startsOn: '2025-03-15', endsOn: null },
      [K.NO_AWARDS_THAT_YEAR]: { kind: K.NO_AWARDS_THAT_YEAR, startsOn: '2025-03-15', endsOn: null },
    });
  });

  it('引咎辞职 and 责令辞职 have the periods of 免职', () => {
    const dismissal = byKind(influencePeriods(terms(['DISMISSAL'])));
    expect(byKind(influencePeriods(terms(['RESIGNATION_FOR_ACCOUNTABILITY'])))).toEqual(dismissal);
    expect(byKind(influencePeriods(terms(['ORDERED_RESIGNATION'])))).toEqual(dismissal);
  });

  it('停职检查: open-ended until rectified, and no awards that year', () => {
    expect(byKind(influencePeriods(terms(['SUSPENSION_FOR_INSPECTION'])))).toEqual({
      [K.UNTIL_RECTIFIED]: { kind: K.UNTIL_RECTIFIED, startsOn: '2025-03-15', endsOn: null },
      [K.NO_AWARDS_THAT_YEAR]: { kind: K.NO_AWARDS_THAT_YEAR, startsOn: '2025-03-15', endsOn: null },
    });
  });

  it('调离岗位: no promotion for a year; 降职: for two years', () => {
    expect(byKind(influencePeriods(terms(['TRANSFER'])))[K.NO_PROMOTION]?.endsOn).toBe('2026-03-15');
    expect(byKind(influencePeriods(terms(['DEMOTION'])))[K.NO_PROMOTION]?.endsOn).toBe('2027-03-15');
  });

  it('通报批评 alone: only no awards that year', () => {
    expect(influencePeriods(terms(['NOTICE_CRITICISM']))).toEqual([{ kind: K.NO_AWARDS_THAT_YEAR, startsOn: '2025-03-15', endsOn: null }]);
  });

  it('tolerance 免除 leaves no effect, whatever the measure', () => {
    for (const m of ['ADMONITION_TALK', 'DISMISSAL', 'SUSPENSION_FOR_INSPECTION']) {
      expect(influencePeriods(terms([m], '2025-03-15', { toleranceOutcome: ToleranceOutcome.EXEMPT }))).toEqual([]);
    }
  });

  it('减轻 / 从轻 leave the effects of the measures decided', () => {
    for (const outcome of [ToleranceOutcome.REDUCED, ToleranceOutcome.LIGHTER, null]) {
      expect(byKind(influencePeriods(terms(['ADMONITION_TALK'], '2025-03-15', { toleranceOutcome: outcome })))[K.NO_PROMOTION]?.endsOn).toBe('2025-09-15');
    }
  });

  it('免予问责 and 不予问责 leave no effect', () => {
    expect(influencePeriods(terms(['ADMONITION_TALK'], '2025-03-15', { kind: DecisionKind.EXEMPTION }))).toEqual([]);
    expect(influencePeriods(terms([], '2025-03-15', { kind: DecisionKind.NO_ACCOUNTABILITY }))).toEqual([]);
  });

  it('several measures: one effect per kind, the longest period wins', () => {
    const effects = influencePeriods(terms(['ADMONITION_TALK', 'DEMOTION', 'TRANSFER']));
    expect(effects.filter((e) => e.kind === K.NO_PROMOTION)).toEqual([{ kind: K.NO_PROMOTION, startsOn: '2025-03-15', endsOn: '2027-03-15' }]);
    expect(effects.filter((e) => e.kind === K.NO_AWARDS_THAT_YEAR)).toHaveLength(1);
    // The order of the measures does not matter.
    expect(byKind(influencePeriods(terms(['TRANSFER', 'DEMOTION', 'ADMONITION_TALK'])))).toEqual(byKind(effects));
  });

  it('several measures: open-ended 停职检查 outlasts fixed terms of other kinds and keeps them', () => {
    expect(byKind(influencePeriods(terms(['SUSPENSION_FOR_INSPECTION', 'TRANSFER'])))).toEqual({
      [K.UNTIL_RECTIFIED]: { kind: K.UNTIL_RECTIFIED, startsOn: '2025-03-15', endsOn: null },
      [K.NO_PROMOTION]: { kind: K.NO_PROMOTION, startsOn: '2025-03-15', endsOn: '2026-03-15' },
      [K.NO_AWARDS_THAT_YEAR]: { kind: K.NO_AWARDS_THAT_YEAR, startsOn: '2025-03-15', endsOn: null },
    });
  });

  it('counts calendar months, ending on the last day of a shorter month', () => {
    const promotionEnd = (on: string, m = 'ADMONITION_TALK') => byKind(influencePeriods(terms([m], on)))[K.NO_PROMOTION]?.endsOn;
    expect(promotionEnd('2025-08-31')).toBe('2026-02-28');
    expect(promotionEnd('2023-08-31')).toBe('2024-02-29'); // leap year
    expect(promotionEnd('2025-12-31')).toBe('2026-06-30');
    expect(promotionEnd('2025-07-01')).toBe('2026-01-01'); // across the year end
    expect(promotionEnd('2024-02-29', 'TRANSFER')).toBe('2025-02-28');
    expect(promotionEnd('2024-02-29', 'DEMOTION')).toBe('2026-02-28');
  });

  it('refuses a measure code it does not know rather than imposing nothing', () => {
    expect(() => influencePeriods(terms(['NO_SUCH_MEASURE']))).toThrow(RangeError);
  });
});
