import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Tests run against the machine's PostgreSQL when DATABASE_URL is set, else against embedded
 * PGlite. Either way the global setup migrates and seeds ONE template, and every test file
 * gets its own copy (PostgreSQL: CREATE DATABASE … TEMPLATE; PGlite: loadDataDir of a dump).
 */
export const TEMPLATE_ENV = 'RONGCUO_TEST_TEMPLATE';
export const RUN_ENV = 'RONGCUO_TEST_RUN';
export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789';

/**
 * Every database a test run creates is named `<run id>_…`, so the global teardown can drop all
 * of them, those of a crashed file included. Outside `npm test` each process has its own id.
 */
const runId = () => (process.env[RUN_ENV] ??= `rongcuo_t_${process.pid}_${Date.now().toString(36)}`);
export const testDatabaseName = (purpose: string) => `${runId()}_${purpose}_${Math.random().toString(36).slice(2, 8)}`;
export const dumpPath = () => join(tmpdir(), `${runId()}_template.tar.gz`);
