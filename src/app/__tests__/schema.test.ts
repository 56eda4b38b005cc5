import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, type GraphQLSchema } from 'graphql';
import { permissionDeclarations } from '../permission-declarations.js';
import { printAppSchema } from '../print-schema.js';
import { appSchema } from '../schema.js';

// Jest runs from the project root; the committed files live there, not in dist/.
const committed = (file: string) => readFileSync(join(process.cwd(), 'schema', file), 'utf8');

describe('the committed schema', () => {
  it('is exactly what the code emits (run `npm run schema` after changing the graph)', async () => {
    expect(await printAppSchema()).toBe(committed('schema.graphql'));
  });

  it('declares a permission on every query and mutation, as committed in schema/permissions.json', async () => {
    const declarations = permissionDeclarations(await appSchema());
    expect(Object.values(declarations)).not.toContain('UNDECLARED');
    expect(declarations).toEqual(JSON.parse(committed('permissions.json')));
    // Only login needs no token; only me and node need no subject rule (node scopes per type).
    expect(Object.entries(declarations).filter(([, d]) => d === 'public').map(([f]) => f)).toEqual(['Mutation.login']);
    expect(Object.entries(declarations).filter(([, d]) => d === 'authenticated').map(([f]) => f).sort()).toEqual(['Query.me', 'Query.node']);
  });

  it('describes every type and field in Chinese and English', async () => {
    const schema: GraphQLSchema = await appSchema();
    const missing: string[] = [];
    const bilingual = (d: string | null | undefined) => !!d && /[\u4e00-\u9fff]/.test(d) && /[A-Za-z]{2,}/.test(d);
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))) continue;
      if (type.name === 'DateTimeISO') continue; // type-graphql's built-in scalar (graphql-scalars), English only
      if (!bilingual(type.description)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!bilingual(field.description)) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!bilingual(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) continue;
    }
    expect(missing).toEqual([]);
  });
});
