import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Tests run against the machine's PostgreSQL when DATABASE_URL is set, else against embedded
 * PGlite. Either way the global setup migrates and seeds ONE template, and every test file
 * gets its own copy (PostgreSQL: CREATE DATABASE … TEMPLATE; PGlite: loadDataDir of a dump).
 */
export const TEMPLATE_ENV = 'RONGCUO_TEST_TEMPLATE';
export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export function serverUrlWithDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export const uniqueName = (prefix: string) => `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
export const dumpPath = () => join(tmpdir(), `${uniqueName('rongcuo_template')}.tar.gz`);
