import DataLoader from 'dataloader';
import type { BatchWaves } from '../../platform/authz/batch-waves.js';
import { scopedQuery, type ScopeContext } from '../../platform/authz/scoped-query.js';
import type { CalendarDate } from '../../platform/calendar/working-day-calendar.js';
import { RiskFilingHistoryEntry } from './risk-filing.entity.js';
import type { RiskFilingState } from './risk-filing.enums.js';
import { CASE_RISK_FILING_SUBJECT } from './risk-filing.policy.js';
import type { FilingChange } from './risk-filing.workflow.js';

/** A case's citation of a filing, with the filing's whole history of state changes. */
export interface CitedFiling {
  caseId: string;
  riskFilingId: string;
  conductOn: CalendarDate | null;
  citedAt: Date;
  changes: FilingChange[];
}

interface Row { case_id: string; risk_filing_id: string; conduct_on: string | null; cited_at: Date; seq: number; to_state: RiskFilingState; effective_on: string }

/**
 * The filings each case cites, read through the case file's scope ('readFile'): one statement per
 * batch, whatever the number of cases. The history comes with the citation, so the assessment can
 * judge a filing the reader may not open (its `filing` then resolves to null).
 */
export function citedFilingsLoader(ctx: ScopeContext, waves: BatchWaves) {
  return new DataLoader<string, CitedFiling[]>((caseIds) => waves.track(async () => {
    const rows = await scopedQuery(ctx, 'readFile', CASE_RISK_FILING_SUBJECT)
      .innerJoin(RiskFilingHistoryEntry, 'crf_h', 'crf_h.risk_filing_id = crf.risk_filing_id')
      .select(['crf.case_id AS case_id', 'crf.risk_filing_id AS risk_filing_id', 'crf.conduct_on AS conduct_on', 'crf.cited_at AS cited_at'])
      .addSelect(['crf_h.seq AS seq', 'crf_h.to_state AS to_state', 'crf_h.effective_on AS effective_on'])
      .andWhere('crf.case_id IN (:...caseIds)', { caseIds: [...new Set(caseIds)] })
      .orderBy('crf.cited_at', 'ASC').addOrderBy('crf.risk_filing_id', 'ASC').addOrderBy('crf_h.seq', 'ASC')
      .getRawMany<Row>();
    const byCase = new Map<string, Map<string, CitedFiling>>();
    for (const r of rows) {
      const citations = byCase.get(r.case_id) ?? byCase.set(r.case_id, new Map()).get(r.case_id)!;
      const cited = citations.get(r.risk_filing_id) ?? citations.set(r.risk_filing_id, { caseId: r.case_id, riskFilingId: r.risk_filing_id, conductOn: r.conduct_on, citedAt: r.cited_at, changes: [] }).get(r.risk_filing_id)!;
      cited.changes.push({ seq: Number(r.seq), toState: r.to_state, effectiveOn: r.effective_on });
    }
    return caseIds.map((id) => [...(byCase.get(id)?.values() ?? [])]);
  }), { batchScheduleFn: waves.schedule });
}
