import type { EntityManager, ObjectLiteral } from 'typeorm';
import { appendAudit } from '../audit/audit-log.js';
import { subject } from '@casl/ability';
import type { Action, SubjectName } from '../authz/ability.js';
import { scopedStepQuery, type ScopedSubject } from '../authz/scoped-query.js';
import { conflict, forbidden, notFound } from '../errors/domain-error.js';
import type { AuthedContext } from '../request/request-context.js';

/**
 * THE write path (ARCHITECTURE.md principle 3), in one transaction:
 * load in scope for the step → the step's CASL permission on the loaded row → the module's pure
 * rule → versioned write → audit entry. A module supplies the step's rule and nothing else; it
 * never opens a transaction or writes its own audit. A refused step throws, and the transaction
 * rolls back: the record, its version and the audit table stay as they were.
 */

/** What a step's rule decided: the columns to set on the record, and what the audit says. */
export interface StepChange {
  /** Column name (snake_case) → value; `version` and `updated_at` are the path's. */
  set?: Record<string, unknown>;
  /** For state changes: from → to, and the event. */
  from?: string;
  to?: string;
  event?: string;
  /** Extra facts for the audit entry (ids of created records…). Never confidential values. */
  detail?: Record<string, unknown>;
}

export interface Step<E extends ObjectLiteral & { id: string; version: number }> {
  subject: ScopedSubject<E>;
  /** The CASL action this step needs on the record. */
  action: Action;
  id: string;
  /** The version the client read; a different current version is CONFLICT. */
  expectedVersion: number;
  /** Audit action, e.g. 'case.initiate'. */
  auditAction: string;
  /** A summary of the input for the audit entry (no confidential values). */
  input?: Record<string, unknown>;
  /** The step's rule. It may insert child records through `ctx.manager` (the transaction's). */
  rule(row: E, ctx: AuthedContext): Promise<StepChange> | StepChange;
}

/** Runs `work` in one transaction with `ctx.manager` (and fresh loaders) bound to it. */
export async function inTransaction<T>(ctx: AuthedContext, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const outer = ctx.manager;
  try {
    return await ctx.dataSource.transaction(async (manager) => {
      ctx.manager = manager;
      ctx.renewLoaders();
      return work(manager);
    });
  } finally {
    // Whatever was read inside is stale or rolled back: the payload reads afresh.
    ctx.manager = outer;
    ctx.renewLoaders();
  }
}

/** Loads a record for a step: NOT_FOUND outside the actor's view, FORBIDDEN without the permission. */
export async function loadForStep<E extends ObjectLiteral & { id: string }>(ctx: AuthedContext, subject: ScopedSubject<E>, action: Action, id: string): Promise<E> {
  const { entities, raw } = await scopedStepQuery(ctx, action, subject)
    .andWhere(`${subject.alias}.id = :stepId`, { stepId: id })
    .getRawAndEntities();
  const row = entities[0];
  if (!row) throw notFound(subject.name);
  if ((raw[0] as { step_allowed: boolean }).step_allowed !== true) throw forbidden(`You may not ${action} this ${subject.name}`);
  return row;
}

/** `UPDATE … WHERE id = $1 AND version = $2`: the database enforces optimistic concurrency. */
export async function versionedUpdate(manager: EntityManager, table: string, id: string, expectedVersion: number, set: Record<string, unknown>): Promise<boolean> {
  const columns = Object.keys(set);
  for (const c of columns) if (!/^[a-z_]+$/.test(c)) throw new Error(`versionedUpdate: not a column name: ${c}`);
  const assignments = columns.map((c, i) => `${c} = $${i + 3}`);
  const [, affected] = (await manager.query(
    `UPDATE ${table} SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1 AND version = $2`,
    [id, expectedVersion, ...columns.map((c) => set[c])],
  )) as [unknown, number];
  return affected === 1;
}

/**
 * Runs one step through the write path; answers the record's id and new version. The mutation's
 * payload reads the record back through the read scope, after the commit.
 */
export async function runStep<E extends ObjectLiteral & { id: string; version: number }>(ctx: AuthedContext, step: Step<E>): Promise<{ id: string; version: number }> {
  return inTransaction(ctx, async (manager) => {
    const row = await loadForStep(ctx, step.subject, step.action, step.id);
    if (row.version !== step.expectedVersion) throw conflict(step.subject.name);
    const change = await step.rule(row, ctx);
    if (!(await versionedUpdate(manager, step.subject.table, row.id, step.expectedVersion, change.set ?? {}))) throw conflict(step.subject.name);
    await appendAudit(manager, ctx.actor, ctx.requestId, [{
      action: step.auditAction, subjectType: step.subject.name, subjectId: row.id,
      detail: { ...(change.event ? { event: change.event } : {}), ...(change.from ? { from: change.from, to: change.to } : {}), version: step.expectedVersion + 1, input: step.input ?? {}, ...change.detail },
    }]);
    return { id: row.id, version: step.expectedVersion + 1 };
  });
}

/** The step's CASL check on a record that does not exist yet (a clue being registered). */
export function authorizeNew(ctx: AuthedContext, action: Action, subjectName: SubjectName, facts: Record<string, unknown>): void {
  if (!ctx.ability.can(action, subject(subjectName, { ...facts }) as never)) throw forbidden(`You may not ${action} this ${subjectName}`);
}

export interface Creation<T> {
  auditAction: string;
  subjectType: string;
  input?: Record<string, unknown>;
  /** Checks (authorizeNew) and inserts; returns the new record's id and what the mutation answers. */
  create(ctx: AuthedContext): Promise<{ id: string; result: T; detail?: Record<string, unknown> }>;
}

/** The write path for records that start a life: check, insert, audit, one transaction. */
export async function runCreate<T>(ctx: AuthedContext, creation: Creation<T>): Promise<T> {
  return inTransaction(ctx, async (manager) => {
    const { id, result, detail } = await creation.create(ctx);
    await appendAudit(manager, ctx.actor, ctx.requestId, [{ action: creation.auditAction, subjectType: creation.subjectType, subjectId: id, detail: { version: 1, input: creation.input ?? {}, ...detail } }]);
    return result;
  });
}
