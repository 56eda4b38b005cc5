import { pino } from 'pino';
import { startServer, type RunningServer } from '../../src/app/server.js';
import type { Database } from '../../src/platform/db/data-source.js';
import { issueAccessToken, type JwtSettings } from '../../src/platform/auth/jwt.js';
import { openTestDatabase } from './test-database.js';
import { TEST_JWT_SECRET } from './template.js';

export interface GqlResult<T = any> {
  status: number;
  body: { data?: T; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } }> };
}

const TEST_JWT: JwtSettings = { secret: new TextEncoder().encode(TEST_JWT_SECRET), issuer: 'rongcuo', audience: 'rongcuo-graph', ttlSeconds: 600 };

/** A real server on a free port over this file's own database, and a small client for it. */
export class TestServer {
  readonly jwt = TEST_JWT;
  private constructor(readonly db: Database, readonly server: RunningServer) {}

  static async start(options: { corsOrigins?: string[] } = {}): Promise<TestServer> {
    const db = await openTestDatabase();
    const server = await startServer({ db, jwt: TEST_JWT, log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), port: 0, host: '127.0.0.1', ...options });
    return new TestServer(db, server);
  }

  async tokenFor(login: string): Promise<string> {
    const rows: Array<{ id: string }> = await this.db.dataSource.query('SELECT id FROM accounts WHERE login = $1', [login]);
    if (!rows[0]) throw new Error(`no account ${login}`);
    return (await issueAccessToken(this.jwt, login)).token;
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
    const res = await fetch(this.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as GqlResult<T>['body'] };
  }

  /** Statements the database ran while `work` ran (the server shares this process). */
  async countStatements(work: () => Promise<unknown>): Promise<number> {
    const before = this.db.logger.count;
    await work();
    return this.db.logger.count - before;
  }

  async stop(): Promise<void> {
    await this.server.close();
    await this.db.close();
  }
}
