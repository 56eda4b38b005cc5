import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';

interface PoolLike { totalCount: number; idleCount: number; waitingCount: number }

/**
 * Prometheus metrics (prom-client) for one server: requests and latency per operation name,
 * errors by code, SQL statements per request, pool usage, and the process defaults (event-loop
 * lag among them). A registry per server, so tests can run several.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({ name: 'rongcuo_graphql_requests_total', help: 'GraphQL requests by operation name and HTTP status', labelNames: ['operation', 'status'], registers: [this.registry] });
  private readonly latency = new Histogram({ name: 'rongcuo_graphql_request_duration_seconds', help: 'GraphQL request latency by operation name', labelNames: ['operation'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [this.registry] });
  private readonly errors = new Counter({ name: 'rongcuo_graphql_errors_total', help: 'GraphQL errors by extensions.code', labelNames: ['code'], registers: [this.registry] });
  private readonly statements = new Histogram({ name: 'rongcuo_sql_statements_per_request', help: 'SQL statements one request ran', buckets: [1, 2, 3, 5, 8, 12, 20, 50], registers: [this.registry] });

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'rongcuo_' });
    const pool = () => (dataSource.driver as unknown as { master?: PoolLike }).master;
    const gauge = (name: string, help: string, read: (p: PoolLike) => number) =>
      new Gauge({ name, help, registers: [this.registry], collect() { const p = pool(); if (p) this.set(read(p)); } });
    gauge('rongcuo_db_pool_connections', 'Connections the database pool holds', (p) => p.totalCount);
    gauge('rongcuo_db_pool_idle', 'Idle connections in the database pool', (p) => p.idleCount);
    gauge('rongcuo_db_pool_waiting', 'Requests waiting for a database connection', (p) => p.waitingCount);
  }

  /** Operation names are the client's words: bounded, so a client cannot grow the label set without end. */
  record(body: unknown, status: number, seconds: number, statements: number, errorCodes: readonly string[]): void {
    const operation = operationNameOf(body);
    const op = operation && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(operation) ? operation : 'anonymous';
    this.requests.inc({ operation: op, status: String(status) });
    this.latency.observe({ operation: op }, seconds);
    this.statements.observe(statements);
    for (const code of errorCodes) this.errors.inc({ code: /^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER' });
  }
}

/** The error codes in a GraphQL response body (a JSON string), for the error counter. */
export function errorCodesOf(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    return (parsed.errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN'));
  } catch {
    return [];
  }
}

/** The request's operation name: as sent, or the first named operation in the document. */
function operationNameOf(body: unknown): string | null {
  const b = body as { operationName?: unknown; query?: unknown } | null;
  if (typeof b?.operationName === 'string') return b.operationName;
  if (typeof b?.query !== 'string') return null;
  return /^\s*(?:query|mutation|subscription)\s+([A-Za-z_]\w*)/.exec(b.query.slice(0, 300))?.[1] ?? null;
}
