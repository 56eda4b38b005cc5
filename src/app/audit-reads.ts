import DataLoader from 'dataloader';
import { appendAudit, type AuditRecord } from '../platform/audit/audit-log.js';
import type { RequestContext } from './context.js';

/**
 * Every read of a confidential field is audited. Reads within one tick go in one INSERT, so a
 * page of 50 cases with reporter identities costs one statement, not 50.
 */
export function confidentialReadAuditor(ctx: Pick<RequestContext, 'manager' | 'actor' | 'requestId'>) {
  return new DataLoader<AuditRecord, true>(
    async (records) => {
      await appendAudit(ctx.manager, ctx.actor, ctx.requestId, [...records]);
      return records.map(() => true as const);
    },
    { cache: false },
  );
}
