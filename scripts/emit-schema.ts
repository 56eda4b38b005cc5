/**
 * `npm run schema` writes schema/schema.graphql and schema/permissions.json from the code.
 * Tests fail when either drifts from what is committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { permissionDeclarations } from '../src/app/permission-declarations.js';
import { printAppSchema } from '../src/app/print-schema.js';
import { appSchema } from '../src/app/schema.js';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/schema.graphql', await printAppSchema());
writeFileSync('schema/permissions.json', `${JSON.stringify(permissionDeclarations(await appSchema()), null, 2)}\n`);
console.log('wrote schema/schema.graphql and schema/permissions.json');
