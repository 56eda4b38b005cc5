import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parseCorsOrigins } from './cors.js';

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
  /** Browser origins allowed by CORS. */
  corsOrigins: string[];
}

/**
 * The signing secret: JWT_SECRET in production; for local use a random one kept in the data
 * directory, so `npm start` and `npm run token` agree without any setup.
 */
function loadJwtSecret(dataDir: string): Uint8Array {
  const fromEnv = process.env.JWT_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('JWT_SECRET is not valid: expected at least 32 characters');
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

/** A configuration value that cannot be used: the start stops with one line per such value. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Environment variables, each validated; every bad value is named, with what it should be. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < min || n > max) {
      problems.push(`${name}=${JSON.stringify(raw)} is not valid: expected a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const oneOf = (name: string, fallback: string, allowed: readonly string[]): string => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!allowed.includes(raw)) problems.push(`${name}=${JSON.stringify(raw)} is not valid: expected one of ${allowed.join(', ')}`);
    return raw;
  };
  const port = integer('PORT', 4000, 0, 65535);
  const jwtTtlSeconds = integer('JWT_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600);
  const logLevel = oneOf('LOG_LEVEL', 'info', LOG_LEVELS);
  const seedDemo = oneOf('SEED_DEMO', 'true', ['true', 'false']);
  oneOf('NODE_ENV', 'development', ['development', 'production', 'test']);
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL is not valid: expected postgres://user@host:port/database');
  const cors = parseCorsOrigins(env.CORS_ORIGINS);
  if (cors.problem) problems.push(cors.problem);
  const dataDir = resolve(env.DATA_DIR ?? './data');
  let jwtSecret: Uint8Array = new Uint8Array();
  try {
    jwtSecret = loadJwtSecret(dataDir);
  } catch (e) {
    problems.push((e as Error).message);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port, databaseUrl, dataDir, jwtSecret,
    jwtIssuer: env.JWT_ISSUER ?? 'rongcuo',
    jwtAudience: env.JWT_AUDIENCE ?? 'rongcuo-graph',
    jwtTtlSeconds, logLevel, seedDemoWhenEmpty: seedDemo !== 'false', corsOrigins: cors.origins,
  };
}

/** For entry points: the configuration, or one line per bad value on stderr and exit code 1. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    // No stack: the operator fixes the environment and runs it again.
    for (const problem of e.problems) console.error(`rongcuo: ${problem}`);
    process.exit(1);
  }
}
