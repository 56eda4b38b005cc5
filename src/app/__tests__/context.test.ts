import { createRequestContext } from '../context.js';

/** A manager that only records the statements it was given (the audit loader's INSERT). */
const recordingManager = () => {
  const statements: string[] = [];
  return { statements, query: async (sql: string) => { statements.push(sql); return []; } };
};

describe('the request context', () => {
  it('renews the loaders of the object it is called on, so Apollo’s per-operation clone reads through the manager swapped in', async () => {
    const outer = recordingManager();
    const ctx = createRequestContext({ requestId: 'r', actor: null, ability: null, dataSource: { manager: outer } } as never);
    // What Apollo Server does with a context value before running an operation.
    const clone = Object.assign(Object.create(Object.getPrototypeOf(ctx)), ctx) as typeof ctx;
    const original = ctx.loaders;
    const inner = recordingManager();
    clone.manager = inner as never;
    clone.renewLoaders();
    expect(clone.loaders).not.toBe(original);
    expect(ctx.loaders).toBe(original);
    await clone.loaders.auditConfidentialRead.load({ action: 'read-confidential', subjectType: 'Case', subjectId: null });
    expect(inner.statements).toEqual([expect.stringMatching(/^INSERT INTO audit_log/)]);
    expect(outer.statements).toEqual([]);
  });
});
