import { DecisionKind, DecisionStatus, EffectKind, ToleranceOutcome } from '../decision.enums.js';
import { eligibility, EligibilityAspect, lastDayOf, measureBehind, type CadreEffect } from '../eligibility.js';
import { influencePeriods } from '../influence-periods.js';

const A = EligibilityAspect;
const K = EffectKind;

/** The effects a decision stores, as the decide step and the seeds create them. */
function effectsOf(measureCodes: string[], effectiveOn: string, opts: { id?: string; tolerance?: ToleranceOutcome; status?: DecisionStatus } = {}): CadreEffect[] {
  const decision = { id: opts.id ?? 'd1', status: opts.status ?? DecisionStatus.IN_FORCE, documentNumber: `问决〔${effectiveOn.slice(0, 4)}〕1号`, measureCodes };
  return influencePeriods({ kind: DecisionKind.ACCOUNTABILITY, measureCodes, toleranceOutcome: opts.tolerance ?? ToleranceOutcome.REFUSED, effectiveOn })
    .map((p) => ({ effectId: `${decision.id}:${p.kind}`, ...p, cancelledOn: null, voidedOn: null, decision }));
}

const kinds = (verdict: { reasons: Array<{ effectKind: EffectKind }> }) => verdict.reasons.map((r) => r.effectKind).sort();
const allowedOn = (effects: CadreEffect[], on: string) => {
  const v = eligibility(effects, on);
  return { promotion: v.PROMOTION.allowed, awards: v.AWARDS.allowed, post: v.HOLDING_POST.allowed };
};

describe('eligibility: 诫勉谈话', () => {
  const effects = effectsOf(['ADMONITION_TALK'], '2025-08-31');

  it('inside the six months: no promotion, no awards that year, the post is kept', () => {
    const v = eligibility(effects, '2025-10-01');
    expect(v.PROMOTION.allowed).toBe(false);
    expect(v.PROMOTION.reasons).toEqual([expect.objectContaining({
      aspect: A.PROMOTION, effectKind: K.NO_PROMOTION, measureCode: 'ADMONITION_TALK', startsOn: '2025-08-31', endsOn: '2026-02-28',
      cancelledOn: null, decisionId: 'd1', documentNumber: '问决〔2025〕1号',
    })]);
    expect(v.PROMOTION.reasons[0]!.explanation).toMatch(/诫勉谈话.*不得提拔.*admonition talk.*no promotion/);
    expect(v.AWARDS).toEqual({ allowed: false, reasons: [expect.objectContaining({ effectKind: K.NO_AWARDS_THAT_YEAR, endsOn: '2025-12-31' })] });
    expect(v.HOLDING_POST).toEqual({ allowed: true, reasons: [] });
  });

  it('the last day of the period still counts; the day after does not', () => {
    expect(allowedOn(effects, '2026-02-28').promotion).toBe(false);
    expect(allowedOn(effects, '2026-03-01').promotion).toBe(true);
  });

  it('before the decision took effect nothing applies', () => {
    expect(allowedOn(effects, '2025-08-30')).toEqual({ promotion: true, awards: true, post: true });
  });

  it('no awards only in the calendar year of the decision', () => {
    expect(allowedOn(effects, '2025-12-31').awards).toBe(false);
    const next = eligibility(effects, '2026-01-01');
    expect(next.AWARDS).toEqual({ allowed: true, reasons: [] });
    expect(next.PROMOTION.allowed).toBe(false);
  });

  it('after the period: everything allowed, no reasons', () => {
    const v = eligibility(effects, '2026-06-01');
    for (const aspect of Object.values(A)) expect(v[aspect]).toEqual({ allowed: true, reasons: [] });
  });
});

describe('eligibility: 免职', () => {
  const effects = effectsOf(['DISMISSAL'], '2025-03-15');

  it('in the first year: no post, no promotion above the former rank, no awards (rating capped)', () => {
    const v = eligibility(effects, '2025-06-01');
    expect(v.HOLDING_POST).toEqual({ allowed: false, reasons: [expect.objectContaining({ effectKind: K.NO_POST, measureCode: 'DISMISSAL', endsOn: '2026-03-15' })] });
    expect(v.PROMOTION).toEqual({ allowed: false, reasons: [expect.objectContaining({ effectKind: K.NOT_ABOVE_FORMER_RANK, endsOn: '2027-03-15' })] });
    expect(kinds(v.AWARDS)).toEqual([K.ANNUAL_RATING_CAP, K.NO_AWARDS_THAT_YEAR]);
    expect(v.AWARDS.reasons.find((r) => r.effectKind === K.ANNUAL_RATING_CAP)!.explanation).toContain('基本称职');
  });

  it('in the second year: a post again, still no promotion; awards again', () => {
    expect(allowedOn(effects, '2026-03-16')).toEqual({ promotion: false, awards: true, post: true });
  });

  it('after two years: everything allowed', () => {
    expect(allowedOn(effects, '2027-03-16')).toEqual({ promotion: true, awards: true, post: true });
  });
});

describe('eligibility: 停职检查', () => {
  const effects = effectsOf(['SUSPENSION_FOR_INSPECTION'], '2025-03-15');

  it('until rectified: neither promotion nor the post, and it does not end by itself', () => {
    for (const on of ['2025-04-01', '2030-01-01']) {
      const v = eligibility(effects, on);
      expect(v.PROMOTION.allowed).toBe(false);
      expect(v.HOLDING_POST).toEqual({ allowed: false, reasons: [expect.objectContaining({ effectKind: K.UNTIL_RECTIFIED, measureCode: 'SUSPENSION_FOR_INSPECTION', endsOn: null })] });
    }
  });

  it('mentions the treatment as a transfer once rectification has taken over six months', () => {
    expect(eligibility(effects, '2025-09-15').HOLDING_POST.reasons[0]!.explanation).not.toContain('调离岗位');
    const later = eligibility(effects, '2025-09-16');
    expect(later.HOLDING_POST.reasons[0]!.explanation).toMatch(/按调离岗位处理.*treated as a transfer/);
    expect(later.PROMOTION.reasons[0]!.explanation).toContain('按调离岗位处理');
  });

  it('a cancellation after rectification lifts it from its date', () => {
    const cancelled = effects.map((e) => (e.kind === K.UNTIL_RECTIFIED ? { ...e, endsOn: '2025-07-01', cancelledOn: '2025-07-01' } : e));
    expect(allowedOn(cancelled, '2025-06-30')).toEqual({ promotion: false, awards: false, post: false });
    expect(eligibility(cancelled, '2025-06-30').HOLDING_POST.reasons[0]!.cancelledOn).toBe('2025-07-01');
    // No awards that year stands: that effect was not cancelled here.
    expect(allowedOn(cancelled, '2025-07-01')).toEqual({ promotion: true, awards: false, post: true });
  });
});

describe('eligibility: tolerance 免除 and decisions that no longer stand', () => {
  it('免除: no effects, so everything is allowed on any date', () => {
    const effects = effectsOf(['DISMISSAL'], '2025-03-15', { tolerance: ToleranceOutcome.EXEMPT });
    expect(effects).toEqual([]);
    for (const on of ['2025-03-15', '2025-06-01', '2027-01-01']) expect(allowedOn(effects, on)).toEqual({ promotion: true, awards: true, post: true });
  });

  it('a cancelled 诫勉 no longer blocks from the cancellation day', () => {
    const effects = effectsOf(['ADMONITION_TALK'], '2025-01-10').map((e) => ({ ...e, cancelledOn: '2025-08-01' }));
    expect(allowedOn(effects, '2025-07-31')).toEqual({ promotion: true, awards: false, post: true });
    expect(allowedOn(effects, '2025-08-01')).toEqual({ promotion: true, awards: true, post: true });
    expect(allowedOn(effects, '2025-03-01')).toEqual({ promotion: false, awards: false, post: true });
  });

  it('voided effects, and those of changed or revoked decisions, never count', () => {
    const voided = effectsOf(['DISMISSAL'], '2025-03-15').map((e) => ({ ...e, voidedOn: '2025-05-01' }));
    expect(allowedOn(voided, '2025-04-01')).toEqual({ promotion: true, awards: true, post: true });
    for (const status of [DecisionStatus.CHANGED, DecisionStatus.REVOKED]) {
      expect(allowedOn(effectsOf(['DISMISSAL'], '2025-03-15', { status }), '2025-04-01')).toEqual({ promotion: true, awards: true, post: true });
    }
  });

  it('a superseded decision counts unless its effects were voided', () => {
    const superseded = effectsOf(['ADMONITION_TALK'], '2025-03-15', { status: DecisionStatus.SUPERSEDED });
    expect(allowedOn(superseded, '2025-04-01').promotion).toBe(false);
    expect(allowedOn(superseded.map((e) => ({ ...e, voidedOn: '2025-04-01' })), '2025-04-01').promotion).toBe(true);
  });
});

describe('eligibility: several decisions', () => {
  it('lists every reason with the decision it comes from', () => {
    const effects = [...effectsOf(['ADMONITION_TALK'], '2025-03-01', { id: 'a' }), ...effectsOf(['DEMOTION', 'TRANSFER'], '2025-05-01', { id: 'b' })];
    const v = eligibility(effects, '2025-06-01');
    expect(v.PROMOTION.reasons.map((r) => [r.decisionId, r.measureCode, r.endsOn])).toEqual([['a', 'ADMONITION_TALK', '2025-09-01'], ['b', 'DEMOTION', '2027-05-01']]);
    expect(v.AWARDS.reasons.map((r) => r.decisionId)).toEqual(['a', 'b']);
    expect(allowedOn(effects, '2025-10-01').promotion).toBe(false);
    expect(allowedOn(effects, '2027-05-02').promotion).toBe(true);
  });
});

describe('helpers', () => {
  it('measureBehind names the measure with the longest period of the kind', () => {
    expect(measureBehind(K.NO_PROMOTION, ['ADMONITION_TALK', 'DEMOTION', 'TRANSFER'])).toBe('DEMOTION');
    expect(measureBehind(K.NO_AWARDS_THAT_YEAR, ['NOTICE_CRITICISM', 'DISMISSAL'])).toBe('NOTICE_CRITICISM');
    expect(measureBehind(K.NO_POST, ['ADMONITION_TALK'])).toBeNull();
  });

  it('lastDayOf: year-bound kinds end on 31 December, 停职检查 is open-ended', () => {
    expect(lastDayOf({ kind: K.NO_AWARDS_THAT_YEAR, startsOn: '2025-03-15', endsOn: null })).toBe('2025-12-31');
    expect(lastDayOf({ kind: K.UNTIL_RECTIFIED, startsOn: '2025-03-15', endsOn: null })).toBeNull();
    expect(lastDayOf({ kind: K.NO_POST, startsOn: '2025-03-15', endsOn: '2026-03-15' })).toBe('2026-03-15');
  });
});
