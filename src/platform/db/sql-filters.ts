/** Small SQL builders shared by list filters, so each is written (and escaped) once. */

/** Escapes LIKE's wildcards; patterns built with it use the default escape character '\'. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A `%text%` pattern for a "contains" filter. */
export const containsPattern = (text: string) => `%${escapeLike(text)}%`;

/**
 * `column` holds a unit id that lies in the subtree of the unit given by parameter `param`
 * (the unit itself included): a prefix scan on the materialised path.
 */
export const unitWithinSql = (column: string, param: string) =>
  `${column} IN (SELECT sub_u.id FROM units sub_u WHERE sub_u.path LIKE (SELECT sub_root.path FROM units sub_root WHERE sub_root.id = :${param}) || '%')`;
