import { badInput } from '../errors/domain-error.js';
/** Small SQL builders shared by list filters, so each is written (and escaped) once. */

/** Escapes LIKE's wildcards; patterns built with it use the default escape character '\'. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A `%text%` pattern for a "contains" filter; bounded, and refused (not sent to SQL) with control characters. */
export function containsPattern(text: string): string {
  if (text.length > 200 || CONTROL.test(text)) throw badInput('A search text is at most 200 characters, without control characters', { field: 'filter' });
  return `%${escapeLike(text)}%`;
}

/**
 * `column` holds a unit id that lies in the subtree of the unit given by parameter `param`
 * (the unit itself included): a prefix scan on the materialised path.
 */
export const unitWithinSql = (column: string, param: string) =>
  `${column} IN (SELECT sub_u.id FROM units sub_u WHERE sub_u.path LIKE (SELECT sub_root.path FROM units sub_root WHERE sub_root.id = :${param}) || '%')`;

/** A list argument as a set of at most `max` values (enum lists have few members; 70,000 is an attack). */
export function boundedList<T>(values: readonly T[], field: string, max = 50): T[] {
  const unique = [...new Set(values)];
  if (unique.length > max) throw badInput(`${field}: at most ${max} values`, { field });
  return unique;
}
