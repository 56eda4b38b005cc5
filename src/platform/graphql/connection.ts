import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError, ErrorCode, badInput } from '../errors/domain-error.js';

@ObjectType({ description: '分页信息. Relay page info.' })
export class PageInfo {
  @Field({ description: '是否有下一页. Whether more items follow.' }) hasNextPage: boolean;
  @Field({ description: '是否有上一页（向前翻页时：是否给出了 after）. Whether items precede this page; paging forward, whether `after` was given (Relay cursor connections spec).' }) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: '第一项的游标. Cursor of the first edge.' }) startCursor: string | null;
  @Field(() => String, { nullable: true, description: '最后一项的游标. Cursor of the last edge.' }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: '每页条数（1–100，默认20）. Page size, 1–100 (default 20).' }) first?: number;
  @Field(() => String, { nullable: true, description: '从该游标之后开始. Start after this cursor.' }) after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page plus a lazily run count: `totalCount` costs a statement only when asked for. */
export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

export function ConnectionType<T extends object>(node: ClassType<T>, name: string, descriptionZh: string) {
  @ObjectType(`${name}Edge`, { description: `${descriptionZh}（边）. An edge in a ${name} connection.` })
  class EdgeType {
    @Field({ description: '游标. Opaque cursor.' }) cursor: string;
    @Field(() => node, { description: '节点. The item.' }) node: T;
  }
  @ObjectType(`${name}Connection`, { description: `${descriptionZh}（分页）. A page of ${name} items.` })
  class ConnectionTypeClass implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: '本页各项. The items of this page.' }) edges: Edge<T>[];
    @Field(() => PageInfo, { description: '分页信息. Page info.' }) pageInfo: PageInfo;
    count: () => Promise<number>;
    @Field(() => Int, { description: '符合条件（且有权查看）的总数. How many items match, among those you may see.' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return ConnectionTypeClass;
}

export interface KeysetKey {
  /** SQL expression, e.g. 'c.created_at'. */
  expr: string;
  /** Entity property holding the value. */
  property: string;
  kind: 'string' | 'timestamp';
}

const MAX_PAGE = 100;

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Cursor values are what encodeCursor wrote: ISO instants (round-tripping exactly) and, for `id`, a uuid. */
function keyValueIsValid(key: KeysetKey, value: string): boolean {
  if (key.kind === 'timestamp') return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
  // Every keyset ends on the primary key, and every primary key here is a uuid.
  if (key.property === 'id') return UUID.test(value);
  return value.length <= 200 && !value.includes('\u0000');
}

function decodeCursor(cursor: string, keys: readonly KeysetKey[]): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || values.length !== keys.length || values.some((v) => typeof v !== 'string')) {
    throw new DomainError(ErrorCode.INVALID_CURSOR, 'The cursor is not valid for this list');
  }
  // Checked before any SQL: a value PostgreSQL would refuse (an impossible instant, a non-uuid id)
  // is a bad cursor, not an internal error.
  keys.forEach((k, i) => {
    if (!keyValueIsValid(k, values[i] as string)) throw new DomainError(ErrorCode.INVALID_CURSOR, 'The cursor is not valid for this list');
  });
  return values;
}

/**
 * Keyset pagination over an already scoped query. The cursor carries only the sort values of the
 * last row, never an id to look up, so it cannot reveal a row outside the actor's scope.
 * All keys sort in one direction (`desc`), so the seek is one row comparison.
 */
export async function paginate<E extends ObjectLiteral, N>(
  qb: SelectQueryBuilder<E>, args: PageArgs, keys: readonly KeysetKey[], direction: 'ASC' | 'DESC', toNode: (e: E) => N,
): Promise<ConnectionShape<N>> {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}`, { argument: 'first' });
  const countQb = qb.clone();
  if (args.after) {
    const values = decodeCursor(args.after, keys);
    const params = Object.fromEntries(values.map((v, i) => [`cursor_${i}`, v]));
    const lhs = keys.map((k) => k.expr).join(', ');
    const rhs = keys.map((_, i) => `:cursor_${i}`).join(', ');
    qb.andWhere(`(${lhs}) ${direction === 'DESC' ? '<' : '>'} (${rhs})`, params);
  }
  keys.forEach((k, i) => (i === 0 ? qb.orderBy(k.expr, direction) : qb.addOrderBy(k.expr, direction)));
  const rows = await qb.limit(first + 1).getMany();
  const page = rows.slice(0, first);
  const cursorOf = (e: E) => encodeCursor(keys.map((k) => { const v = e[k.property]; return v instanceof Date ? v.toISOString() : String(v); }));
  const edges = page.map((e) => ({ cursor: cursorOf(e), node: toNode(e) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: args.after != null, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: () => countQb.getCount(),
  };
}
