import type DataLoader from 'dataloader';
import { forbidden } from '../errors/domain-error.js';
import type { AuditRecord } from '../audit/audit-log.js';

/**
 * A confidential field: allowed only when the scoped permission query says so, and audited
 * when read. Otherwise the field is null with a FORBIDDEN error on its path.
 */
export async function readConfidential<T>(
  may: DataLoader<string, boolean>, audit: DataLoader<AuditRecord, true>, subjectType: string, id: string, field: string, value: () => T,
): Promise<T> {
  if (!(await may.load(id))) throw forbidden(`You may not read ${subjectType}.${field}`);
  await audit.load({ action: 'read-confidential', subjectType, subjectId: id, detail: { field } });
  return value();
}
