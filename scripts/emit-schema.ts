/** `npm run schema` writes schema/schema.graphql from the code. A test fails when it drifts. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { printAppSchema } from '../src/app/print-schema.js';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/schema.graphql', await printAppSchema());
console.log('wrote schema/schema.graphql');
