import { getNamedType, isAbstractType, isLeafType, isNonNullType, isObjectType, type GraphQLField, type GraphQLNamedType, type GraphQLSchema } from 'graphql';

/**
 * A selection of every field of a type that can be asked without arguments, objects down to
 * `depth` levels, abstract types with one fragment per implementation (or only `only`): the
 * widest read a client can make, for tests that must see everything an actor can see.
 */
export function fullSelection(schema: GraphQLSchema, type: GraphQLNamedType, depth: number, only?: string): string {
  if (isAbstractType(type)) {
    const impls = schema.getPossibleTypes(type).filter((impl) => !only || impl.name === only);
    // Same-named fields of different types would conflict side by side: each fragment's get an alias.
    const parts = impls.map((impl) => `... on ${impl.name} { ${fields(schema, impl, depth, impls.length > 1 ? `${impl.name}_` : '')} }`);
    return ['__typename', ...parts].join(' ');
  }
  return isObjectType(type) ? fields(schema, type, depth, '') : '';
}

function fields(schema: GraphQLSchema, type: GraphQLNamedType, depth: number, alias: string): string {
  if (!isObjectType(type)) return '';
  const askable = (f: GraphQLField<unknown, unknown>) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);
  const name = (f: GraphQLField<unknown, unknown>) => (alias ? `${alias}${f.name}: ${f.name}` : f.name);
  const parts: string[] = [];
  for (const field of Object.values(type.getFields()).filter(askable)) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(name(field));
    else if (depth > 0) {
      const inner = fullSelection(schema, named, depth - 1);
      if (inner) parts.push(`${name(field)} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

/** The selection of a root field's result type; `only` picks one implementation of an abstract result (node). */
export function rootSelection(schema: GraphQLSchema, root: 'Query' | 'Mutation', fieldName: string, depth: number, only?: string): string {
  const rootType = root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
  const field = rootType.getFields()[fieldName];
  if (!field) throw new Error(`no ${root}.${fieldName}`);
  const named = getNamedType(field.type);
  return isLeafType(named) ? '' : fullSelection(schema, named, depth, only);
}
