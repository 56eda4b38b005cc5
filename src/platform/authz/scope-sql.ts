import { rulesToAST } from '@casl/ability/extra';
import type { Action, AppAbility, SubjectName } from './ability.js';
import { escapeLike } from '../db/sql-filters.js';

/**
 * How a condition field of a subject maps to SQL. `{a}` stands for the query's alias.
 * - column: a plain column (eq, ne, in, nin).
 * - unitColumn: a column holding a unit id; also accepts $within (subtree by path prefix).
 * - exists: the field lives in a related table; `from` is 'FROM t x WHERE x.fk = {a}.id' and the
 *   comparison applies to `column` or `unitColumn` of that table.
 */
export type FieldSql =
  | { column: string }
  | { unitColumn: string }
  | { exists: string; column?: string; unitColumn?: string };

export type FieldMap = Record<string, FieldSql>;

export interface SqlFragment {
  sql: string;
  params: Record<string, unknown>;
}

interface AstNode {
  operator: string;
  value: unknown;
  field?: string;
}

let paramCounter = 0;


/**
 * The SQL condition under which `action` on `subject` is allowed: CASL's rules (can/cannot, in
 * priority order) as one boolean expression. No rule at all gives FALSE: deny by default.
 */
export function abilityToSql(ability: AppAbility, action: Action, subject: SubjectName, fields: FieldMap, alias: string): SqlFragment {
  const ast = rulesToAST(ability, action, subject) as AstNode | null;
  if (!ast) return { sql: 'FALSE', params: {} };
  const params: Record<string, unknown> = {};
  const sql = nodeToSql(ast, { fields, alias, params, subject });
  return { sql, params };
}

interface Ctx {
  fields: FieldMap;
  alias: string;
  params: Record<string, unknown>;
  subject: string;
}

function nodeToSql(node: AstNode, ctx: Ctx): string {
  switch (node.operator) {
    case 'and':
    case 'or': {
      const parts = (node.value as AstNode[]).map((n) => nodeToSql(n, ctx));
      if (parts.length === 0) return node.operator === 'and' ? 'TRUE' : 'FALSE';
      return `(${parts.join(node.operator === 'and' ? ' AND ' : ' OR ')})`;
    }
    case 'not': {
      const inner = (node.value as AstNode[]).map((n) => nodeToSql(n, ctx));
      return `NOT (${inner.join(' AND ')})`;
    }
    default:
      return fieldToSql(node, ctx);
  }
}

function fieldToSql(node: AstNode, ctx: Ctx): string {
  const field = node.field ?? '';
  const map = ctx.fields[field];
  // Fail closed: a rule on a field with no SQL mapping is a programming error, never "allow".
  if (!map) throw new Error(`No SQL mapping for ${ctx.subject}.${field} (operator ${node.operator})`);
  const param = `scope_${++paramCounter}`;
  const sub = (s: string) => s.replaceAll('{a}', ctx.alias);
  const target = 'exists' in map ? (map.column ?? map.unitColumn)! : 'column' in map ? map.column : map.unitColumn;
  const isUnit = 'unitColumn' in map && map.unitColumn !== undefined;
  const col = sub(target);
  let cmp: string;
  switch (node.operator) {
    case 'eq':
      if (node.value === null) { cmp = `${col} IS NULL`; break; }
      ctx.params[param] = node.value;
      cmp = `${col} = :${param}`;
      break;
    case 'ne':
      if (node.value === null) { cmp = `${col} IS NOT NULL`; break; }
      ctx.params[param] = node.value;
      cmp = `${col} IS DISTINCT FROM :${param}`;
      break;
    case 'in':
    case 'nin': {
      const values = node.value as unknown[];
      if (values.length === 0) { cmp = node.operator === 'in' ? 'FALSE' : 'TRUE'; break; }
      ctx.params[param] = values;
      cmp = node.operator === 'in' ? `${col} IN (:...${param})` : `${col} NOT IN (:...${param})`;
      break;
    }
    case 'within':
      if (!isUnit) throw new Error(`$within needs a unit column: ${ctx.subject}.${field}`);
      ctx.params[param] = `${escapeLike(node.value as string)}%`;
      cmp = `${col} IN (SELECT scope_u.id FROM units scope_u WHERE scope_u.path LIKE :${param})`;
      break;
    default:
      throw new Error(`Unsupported operator in a policy: ${node.operator} on ${ctx.subject}.${field}`);
  }
  return 'exists' in map ? `EXISTS (SELECT 1 ${sub(map.exists)} AND ${cmp})` : cmp;
}
