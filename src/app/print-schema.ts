import { lexicographicSortSchema, printSchema } from 'graphql';
import { appSchema } from './schema.js';

/** The SDL committed as schema/schema.graphql (sorted, so diffs show real changes only). */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await appSchema()))}\n`;
}
