import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';
import type { Logger as Pino } from 'pino';

/**
 * TypeORM logger that counts statements (tests assert constant query counts per request)
 * and sends errors and slow queries to pino.
 */
export class CountingLogger implements Logger {
  count = 0;
  /** The statements of the request this code runs for (the HTTP layer opens the scope). */
  static readonly perRequest = new AsyncLocalStorage<{ statements: number }>();
  constructor(private readonly pino?: Pino) {}

  logQuery(_query: string, _parameters?: unknown[], _qr?: QueryRunner): void {
    this.count++;
    const request = CountingLogger.perRequest.getStore();
    if (request) request.statements++;
  }
  logQueryError(error: string | Error, query: string): void {
    this.pino?.warn({ err: error, query: query.slice(0, 500) }, 'query failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.pino?.warn({ ms: time, query: query.slice(0, 500) }, 'slow query');
  }
  logSchemaBuild(message: string): void {
    this.pino?.debug(message);
  }
  logMigration(message: string): void {
    this.pino?.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.pino?.warn(String(message));
  }
}
