import type { TestServer } from './test-server.js';
import { uuidOf } from './case-steps.js';

/** A small driver for the clarification procedure over HTTP: every step is a real mutation. */
export const CLARIFICATION_FIELDS = `id state version origin finding allegations basicFacts sought requestedOn consultedOn openedOn refusalReason
  methods scope plannedOn cadreConsentedOn carriedOutOn closedOn dueOn availableEvents clarifyingUnit { id name } cadre { id name } case { id caseNumber }`;

export interface StepResult { data?: any; code?: string; error?: any }

export class ClarificationDriver {
  constructor(private readonly t: TestServer) {}

  async run(mutation: string, input: Record<string, unknown>, token: string, fields = CLARIFICATION_FIELDS): Promise<StepResult> {
    const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const res = await this.t.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { clarification { ${fields} } } }`, { input }, token);
    if (res.body.errors?.length) return { code: res.body.errors[0]!.extensions?.code, error: res.body.errors[0] };
    return { data: res.body.data[mutation] };
  }

  /** Runs a step that must succeed, on the clarification's current version; returns the clarification. */
  async ok(mutation: string, id: string | null, input: Record<string, unknown>, token: string): Promise<any> {
    const r = await this.run(mutation, id ? { clarificationId: id, version: (await this.snapshot(id)).row.version, ...input } : input, token);
    if (!r.data) throw new Error(`${mutation} failed: ${JSON.stringify(r.error)}`);
    return r.data.clarification;
  }

  /** Runs a step that must be refused with `code`, and proves it changed nothing: the row, how many there are, the audit. */
  async refused(code: string, mutation: string, id: string | null, input: Record<string, unknown>, token: string, version?: number): Promise<any> {
    const before = await this.snapshot(id);
    const r = await this.run(mutation, id ? { clarificationId: id, version: version ?? before.row.version, ...input } : input, token);
    if (r.code !== code) throw new Error(`${mutation}: expected ${code}, got ${JSON.stringify(r.error ?? r.data)}`);
    const after = await this.snapshot(id);
    if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`${mutation} was refused but changed ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    return r.error;
  }

  /** The row as stored (every column), how many clarifications there are, and how many audit entries. */
  async snapshot(id: string | null) {
    const [counts] = await this.t.db.dataSource.query(`SELECT (SELECT count(*)::int FROM clarifications) AS clarifications, (SELECT count(*)::int FROM audit_log) AS audit`);
    const rows = id ? await this.t.db.dataSource.query(`SELECT to_jsonb(cl) AS row FROM clarifications cl WHERE cl.id = $1`, [uuidOf(id)]) : [];
    return { ...counts, row: rows[0]?.row ?? null } as { clarifications: number; audit: number; row: any };
  }

  async auditActions(id: string): Promise<string[]> {
    const rows: Array<{ action: string }> = await this.t.db.dataSource.query(`SELECT action FROM audit_log WHERE subject_type = 'Clarification' AND subject_id = $1 AND action <> 'read-confidential' ORDER BY id`, [uuidOf(id)]);
    return rows.map((r) => r.action);
  }
}
