import { Kind, parse, type OperationDefinitionNode } from 'graphql';

/**
 * Whether a request body is an operation that selects only `login` (and `__typename`): the one
 * thing a caller without a token may do. Anything else without a valid token is HTTP 401.
 */
export function isLoginOnly(body: unknown): boolean {
  if (!body || typeof body !== 'object') return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  let doc;
  try {
    doc = parse(query);
  } catch {
    return false;
  }
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = typeof operationName === 'string' ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  if (!op || op.operation !== 'mutation') return false;
  return op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (s.name.value === 'login' || s.name.value === '__typename'));
}
