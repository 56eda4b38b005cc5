import { MIGRATIONS } from '../../migrations/index.js';
import { openDatabase, type Database } from '../platform/db/data-source.js';
import { CountingLogger } from '../platform/db/query-counter.js';
import type { AppConfig } from './config.js';
import { ENTITIES } from './entities.js';
import type { Logger } from 'pino';

/** The app's database: PostgreSQL when DATABASE_URL is set, else embedded PGlite in the data directory. */
export function openAppDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>, log?: Logger): Promise<Database> {
  return openDatabase({
    target: config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir },
    entities: ENTITIES,
    migrations: MIGRATIONS,
    logger: new CountingLogger(log),
  });
}
