import { EventEmitter } from 'node:events';
import { PGlite, types, type PGliteOptions } from '@electric-sql/pglite';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';

/**
 * A `pg`-compatible Pool over one PGlite instance, for TypeORM's postgres driver.
 *
 * PGlite is a single connection. typeorm-pglite hands that one connection to every query
 * runner at once, so two concurrent requests' transactions interleave on it (a rollback in
 * one undoes the other's writes). This pool behaves like a pg pool of size 1: a checked-out
 * client is exclusive until released, so a transaction owns the database for its duration
 * and plain queries wait their turn. It also takes a PGlite instance per pool, not a process
 * singleton, so tests can open several databases.
 */
export class PglitePool extends EventEmitter {
  private readonly queue: Array<() => void> = [];
  private busy = false;

  constructor(readonly db: PGlite) {
    super();
  }

  /** For metrics, in the terms of a pg Pool: one connection, busy or idle, and who waits for it. */
  get totalCount(): number { return 1; }
  get idleCount(): number { return this.busy ? 0 : 1; }
  get waitingCount(): number { return this.queue.length; }

  connect(callback: (err: Error | null, client: PgliteClient | null, release: (err?: unknown) => void) => void): void {
    this.acquire().then(
      () => {
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          this.releaseLock();
        };
        callback(null, new PgliteClient(this.db), release);
      },
      (err: Error) => callback(err, null, () => undefined),
    );
  }

  /** Pool-level query (TypeORM uses it rarely): takes the lock for the one statement. */
  async query(sql: string, params?: unknown[]): Promise<unknown> {
    await this.acquire();
    try {
      return await new PgliteClient(this.db).query(sql, params);
    } finally {
      this.releaseLock();
    }
  }

  end(callback?: (err: Error | null) => void): void {
    this.db.close().then(
      () => callback?.(null),
      (err: Error) => callback?.(err),
    );
  }

  private acquire(): Promise<void> {
    if (!this.busy) {
      this.busy = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private releaseLock(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.busy = false;
  }
}

class PgliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  async query(sql: string, params?: unknown[]) {
    // Without parameters PGlite's exec() runs multi-statement strings (migrations need that).
    if (!params || params.length === 0) {
      const results = await this.db.exec(sql);
      return results[results.length - 1] ?? { rows: [], rowCount: 0 };
    }
    const result = await this.db.query(sql, params.map(withArrayLiteral));
    // Shaped like node-postgres's result, so TypeORM reports affected rows the same way on both.
    return { ...result, rowCount: result.affectedRows ?? result.rows.length, command: /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() };
  }

  release(): void {}
}

/**
 * PGlite serializes a parameter by its type's serializer, and falls back to `toString()` for
 * types it has no serializer for (arrays of enums, say), which turns ['A','B'] into "A,B".
 * Give arrays a toString that writes a PostgreSQL array literal, as node-postgres would.
 */
function withArrayLiteral(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const copy = value.map(withArrayLiteral);
  Object.defineProperty(copy, 'toString', { value: () => toArrayLiteral(copy), enumerable: false });
  return copy;
}

function toArrayLiteral(values: unknown[]): string {
  const items = values.map((v) => {
    if (v === null || v === undefined) return 'NULL';
    if (Array.isArray(v)) return toArrayLiteral(v);
    const text = v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(',')}}`;
}

/** Parsers that make PGlite return what node-postgres returns, so both databases behave alike. */
export const pgCompatibleParsers = {
  [types.INT8]: (v: string) => v, // pg returns bigint as string
  [types.NUMERIC]: (v: string) => v,
  [types.DATE]: (v: string) => v, // calendar dates stay 'YYYY-MM-DD'
};

export async function openPglite(options: Pick<PGliteOptions, 'dataDir' | 'loadDataDir'>): Promise<PGlite> {
  const db = await PGlite.create({
    ...options,
    extensions: { uuid_ossp },
    parsers: pgCompatibleParsers,
    serializers: {
      [types.BOOL]: (v: unknown) => (v === true || v === 'true' || v === 1 ? 'TRUE' : v === false || v === 'false' || v === 0 ? 'FALSE' : String(v)),
    },
  });
  // PGlite parses arrays of every type that exists when it starts, enums included; node-postgres
  // returns enum arrays as the raw '{A,B}' text, which is what TypeORM parses. Match pg.
  const enumArrays = await db.query<{ typarray: number }>(`SELECT typarray FROM pg_type WHERE typtype = 'e' AND typarray <> 0`);
  const parsers = (db as unknown as { parsers: Record<number, (v: string) => unknown> }).parsers;
  for (const { typarray } of enumArrays.rows) parsers[typarray] = (v: string) => v;
  return db;
}

/** The shape TypeORM's postgres driver expects in its `driver` option (the `pg` module). */
export function pgliteDriverModule(db: PGlite) {
  const pool = new PglitePool(db);
  return {
    Pool: function PoolFactory() {
      return pool;
    } as unknown as new () => PglitePool,
  };
}
