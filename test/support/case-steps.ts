import type { TestServer } from './test-server.js';

/** A small driver for the case procedure over HTTP: every step is a real mutation. */
export const CASE_FIELDS = `id state version priority toleranceOrigin recommendedOn notifiedOn archivedOn archivedLate availableEvents
  deadlines { recommendationDueOn recommendationDeadlineExtended archiveDueOn }
  handlingUnit { id name } decidingUnit { id name } reportedUpTo { id name } takenOverFrom { id name }
  decisions { id kind status measureCodes toleranceOutcome servedOn appealDeadlineOn effects { kind startsOn endsOn } }
  copies { recipientRole recipient { name } }`;

const PAYLOAD: Record<string, string> = { decide: `case { ${CASE_FIELDS} } decisions { id kind toleranceOutcome }` };

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
export const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;

export class CaseDriver {
  constructor(private readonly t: TestServer) {}

  /** Runs a step mutation; returns the payload, or the first error's code and extensions. */
  async run(mutation: string, input: Record<string, unknown>, token: string): Promise<{ data?: any; code?: string; error?: any }> {
    const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`
      .replace(/^InitiateCaseInput$/, 'InitiateInput').replace(/^DismissCaseInput$/, 'DismissInput').replace(/^ServeDecisionInput$/, 'ServeInput')
      .replace(/^NotifyConclusionInput$/, 'NotifyInput').replace(/^ArchiveCaseInput$/, 'ArchiveInput').replace(/^SubmitStatementInput$/, 'StatementInput').replace(/^RecordStatementInput$/, 'StatementInput');
    const res = await this.t.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${PAYLOAD[mutation] ?? `case { ${CASE_FIELDS} }`} } }`, { input }, token);
    if (res.body.errors?.length) return { code: res.body.errors[0]!.extensions?.code, error: res.body.errors[0] };
    return { data: res.body.data[mutation] };
  }

  /** Runs a step that must succeed, on the case's current version; returns the case. */
  async ok(mutation: string, caseId: string | null, input: Record<string, unknown>, token: string): Promise<any> {
    const version = caseId ? await this.version(caseId) : undefined;
    const r = await this.run(mutation, caseId ? { caseId, version, ...input } : input, token);
    if (!r.data) throw new Error(`${mutation} failed: ${JSON.stringify(r.error)}`);
    return r.data.case;
  }

  /** Runs a step that must be refused with `code`, and proves it changed nothing: state, version, audit. */
  async refused(code: string, mutation: string, caseId: string, input: Record<string, unknown>, token: string, version?: number): Promise<any> {
    const before = await this.snapshot(caseId);
    const r = await this.run(mutation, { caseId, version: version ?? before.version, ...input }, token);
    if (r.code !== code) throw new Error(`${mutation}: expected ${code}, got ${JSON.stringify(r.error ?? r.data)}`);
    const after = await this.snapshot(caseId);
    if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`${mutation} was refused but changed ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    return r.error;
  }

  async version(caseId: string): Promise<number> {
    return (await this.snapshot(caseId)).version;
  }

  /** The case row as stored, and how many audit entries and child rows there are (what a refusal must not change). */
  async snapshot(caseId: string) {
    const id = uuidOf(caseId);
    const [row] = await this.t.db.dataSource.query(
      `SELECT c.state, c.version, c.handling_unit_id, c.priority,
        (SELECT count(*)::int FROM audit_log) AS audit,
        (SELECT count(*)::int FROM decisions WHERE case_id = c.id) AS decisions,
        (SELECT count(*)::int FROM statements WHERE case_id = c.id) AS statements,
        (SELECT count(*)::int FROM effects ef JOIN decisions d ON d.id = ef.decision_id WHERE d.case_id = c.id) AS effects
       FROM cases c WHERE c.id = $1`, [id]);
    return row as { state: string; version: number; audit: number };
  }

  async auditActions(caseId: string): Promise<string[]> {
    const rows: Array<{ action: string }> = await this.t.db.dataSource.query(`SELECT action FROM audit_log WHERE subject_type = 'Case' AND subject_id = $1 AND action <> 'read-confidential' ORDER BY id`, [uuidOf(caseId)]);
    return rows.map((r) => r.action);
  }
}
