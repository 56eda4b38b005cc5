import type { EntityManager } from 'typeorm';
import { actorAuditFields, type Actor } from '../authz/actor.js';

export interface AuditRecord {
  action: string;
  subjectType: string;
  subjectId: string | null;
  detail?: Record<string, unknown>;
}

/** Append-only: rows are inserted, never updated or deleted by the application. */
export async function appendAudit(manager: EntityManager, actor: Actor | null, requestId: string, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  const who = actorAuditFields(actor);
  const values: unknown[] = [];
  const rows = records.map((r, i) => {
    values.push(who.actorAccountId, who.actorTokenId, r.action, r.subjectType, r.subjectId, JSON.stringify(r.detail ?? {}), requestId);
    const b = i * 7;
    return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}::jsonb, $${b + 7})`;
  });
  await manager.query(
    `INSERT INTO audit_log (actor_account_id, actor_token_id, action, subject_type, subject_id, detail, request_id) VALUES ${rows.join(', ')}`,
    values,
  );
}
