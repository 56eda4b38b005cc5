/** A later case cites a filing on the same matter as a basis for tolerance (DOMAIN.md §5, [YC]). */
import { badInput, notFound } from '../../platform/errors/domain-error.js';
import { requireActDate } from '../../platform/errors/input-checks.js';
import { idOf } from '../../platform/graphql/global-id.js';
import type { AuthedContext } from '../../platform/request/request-context.js';
import { runStep } from '../../platform/write/write-path.js';
import { todayInShanghai } from '../calendar/calendar.service.js';
import { CaseState } from '../cases/case-state.js';
import { requireState } from '../cases/case-step.rules.js';
import { CASE_SUBJECT } from '../cases/case.policy.js';
import { stepAnswer } from '../cases/case.service.js';
import { CaseRiskFiling } from './risk-filing.entity.js';
import type { CiteRiskFilingInput } from './risk-filing-step.types.js';

/** The basis belongs to the assessment, which is open while the case is investigated. */
const ASSESSMENT_OPEN = [CaseState.INITIATED, CaseState.INVESTIGATING] as const;

/**
 * The handling body cites a filing it may read. Any state may be cited: the assessment shows
 * whether the filing was valid, returned or revoked at the time of the conduct, and now.
 */
export function citeRiskFiling(ctx: AuthedContext, input: CiteRiskFilingInput) {
  const filingId = idOf('RiskFiling', input.riskFilingId);
  const conductOn = input.conductOn ?? null;
  if (conductOn) requireActDate('conductOn', conductOn, todayInShanghai(), '2000-01-01');
  return stepAnswer(ctx, runStep(ctx, {
    subject: CASE_SUBJECT, id: idOf('Case', input.caseId), expectedVersion: input.version, action: 'handle', auditAction: 'case.cite-risk-filing',
    input: { riskFilingId: input.riskFilingId, conductOn },
    async rule(c) {
      requireState(c.state, ASSESSMENT_OPEN, 'CITE_RISK_FILING');
      // A filing outside the actor's view does not exist for them.
      const filing = await ctx.loaders.riskFiling.load(filingId);
      if (!filing) throw notFound('RiskFiling');
      if (conductOn && conductOn > c.clueReceivedOn) throw badInput(`The conduct (${conductOn}) cannot be after the clue about it was received (${c.clueReceivedOn})`, { field: 'conductOn' });
      const links = ctx.manager.getRepository(CaseRiskFiling);
      if (await links.existsBy({ caseId: c.id, riskFilingId: filing.id })) throw badInput('The case already cites this filing', { field: 'riskFilingId' });
      await links.insert({ caseId: c.id, riskFilingId: filing.id, conductOn, citedByAccountId: ctx.actor.kind === 'account' ? ctx.actor.accountId : null });
      return { detail: { riskFilingId: filing.id, filingState: filing.state } };
    },
  }));
}
