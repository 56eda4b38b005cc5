import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { declaredPermission } from '../platform/authz/permission.js';

/** Every root field and the permission it declares ('UNDECLARED' if none): committed, so a diff is a permission change. */
export function permissionDeclarations(schema: GraphQLSchema): Record<string, string> {
  const out: Record<string, string> = {};
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    for (const field of Object.values((root as GraphQLObjectType).getFields()).sort((a, b) => a.name.localeCompare(b.name))) {
      const d = declaredPermission(field);
      out[`${root.name}.${field.name}`] = d ? [d.action, d.subject].filter(Boolean).join(' ') : 'UNDECLARED';
    }
  }
  return out;
}
