import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';

export interface AppConfig {
  port: number;
  /** postgres://… switches from embedded PGlite to a real PostgreSQL. */
  databaseUrl: string | null;
  /** PGlite data directory (default ./data). */
  dataDir: string;
  jwtSecret: Uint8Array;
  jwtIssuer: string;
  jwtAudience: string;
  jwtTtlSeconds: number;
  logLevel: string;
  /** Seed the demo jurisdiction into an empty database at start-up. */
  seedDemoWhenEmpty: boolean;
}

/**
 * The signing secret: JWT_SECRET in production; for local use a random one kept in the data
 * directory, so `npm start` and `npm run token` agree without any setup.
 */
function loadJwtSecret(dataDir: string): Uint8Array {
  const fromEnv = process.env.JWT_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('JWT_SECRET must be at least 32 characters');
    return new TextEncoder().encode(fromEnv);
  }
  if (process.env.NODE_ENV === 'production') throw new Error('JWT_SECRET is required when NODE_ENV=production');
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = resolve(env.DATA_DIR ?? './data');
  return {
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL || null,
    dataDir,
    jwtSecret: loadJwtSecret(dataDir),
    jwtIssuer: env.JWT_ISSUER ?? 'rongcuo',
    jwtAudience: env.JWT_AUDIENCE ?? 'rongcuo-graph',
    jwtTtlSeconds: Number(env.JWT_TTL_SECONDS ?? 8 * 3600),
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemoWhenEmpty: env.SEED_DEMO !== 'false',
  };
}
