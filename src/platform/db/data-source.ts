import 'reflect-metadata';
import pg from 'pg';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import type { PGlite } from '@electric-sql/pglite';
import { openPglite, pgliteDriverModule } from './pglite-pool.js';
import { SnakeNamingStrategy } from './snake-naming-strategy.js';
import { CountingLogger } from './query-counter.js';

// Calendar dates stay 'YYYY-MM-DD' strings (a JS Date would shift them by the server's zone).
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

export interface DatabaseOptions {
  target: DatabaseTarget;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  logger?: CountingLogger;
  poolSize?: number;
}

export interface Database {
  dataSource: DataSource;
  logger: CountingLogger;
  /** The PGlite instance when embedded (for dumpDataDir in tests), else null. */
  pglite: PGlite | null;
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const logger = options.logger ?? new CountingLogger();
  const common = {
    type: 'postgres' as const,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    installExtensions: false, // the first migration creates uuid-ossp
    logger,
    logging: true as const,
    maxQueryExecutionTime: 500,
  };
  let pglite: PGlite | null = null;
  let dataSource: DataSource;
  if (options.target.kind === 'postgres') {
    dataSource = new DataSource({ ...common, url: options.target.url, poolSize: options.poolSize ?? 10 });
  } else {
    pglite = await openPglite({ dataDir: options.target.dataDir, loadDataDir: options.target.loadDataDir });
    dataSource = new DataSource({ ...common, driver: pgliteDriverModule(pglite) });
  }
  await dataSource.initialize();
  return {
    dataSource,
    logger,
    pglite,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
