import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import type { Database } from '../platform/db/data-source.js';
import { buildAbility } from '../platform/authz/ability.js';
import type { JwtSettings } from '../platform/auth/jwt.js';
import { LoginThrottle } from '../platform/auth/login-throttle.js';
import { authenticate } from '../modules/accounts/authentication.service.js';
import { ErrorCode } from '../platform/errors/domain-error.js';
import { createRequestContext, type RequestContext } from './context.js';
import { CorsPolicy } from './cors.js';
import { ServerMetrics, errorCodesOf } from './metrics.js';
import { CountingLogger } from '../platform/db/query-counter.js';
import { formatError } from './format-error.js';
import { isLoginOnly } from './login-only.js';
import { POLICIES } from './policies.js';
import { appSchema } from './schema.js';

export interface ServerOptions {
  /** Browser origins allowed to call the graph (CORS); none by default. */
  corsOrigins?: readonly string[];
  db: Database;
  jwt: JwtSettings;
  loginThrottle?: LoginThrottle;
  log: Logger;
  port: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

/** Query limits (depth, cost, aliases, tokens) from graphql-armor, set for this graph's shape. */
const armor = new ApolloArmor({ maxDepth: { n: 12 }, costLimit: { maxCost: 20000 }, maxAliases: { n: 20 }, maxDirectives: { n: 20 }, maxTokens: { n: 5000 } }).protect();

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const apollo = new ApolloServer<RequestContext>({
    schema: await appSchema(),
    ...armor,
    // armor's typings point at Apollo's CommonJS build; the plugins are the same objects.
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin<RequestContext>[]), ApolloServerPluginCacheControlDisabled()],
    formatError: (formatted, error) => formatError(formatted, error, options.log),
  });
  await apollo.start();
  const loginThrottle = options.loginThrottle ?? new LoginThrottle();
  const cors = new CorsPolicy(options.corsOrigins ?? []);
  const metrics = new ServerMetrics(options.db.dataSource);

  // Handlers in flight: close() waits for them, since a client that hangs up does not stop a
  // handler that is still querying the database the caller is about to close.
  const inFlight = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    const handling = CountingLogger.perRequest.run({ statements: 0 }, () => handle(req, res)).catch((err: unknown) => {
      options.log.error({ err }, 'request failed');
      if (!res.headersSent) sendError(res, 500, ErrorCode.INTERNAL, 'Internal error');
      else res.end();
    });
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const recordMetrics = (body: unknown, status: number, codes: readonly string[]) => metrics.record(
      body, status, (performance.now() - started) / 1000, CountingLogger.perRequest.getStore()?.statements ?? 0, codes);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'OPTIONS') return cors.preflight(req, res);
    for (const [k, v] of Object.entries(cors.headersFor(req.headers.origin))) res.setHeader(k, v);
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') return sendReadiness(res, options.db);
    if (url.pathname === '/metrics') {
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      res.end(await metrics.registry.metrics());
      return;
    }
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });
    const raw = await readBody(req);
    if (raw === null) return sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, 'Request body too large');
    let body: unknown = raw;
    if ((req.headers['content-type'] ?? '').includes('application/json') && raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        return sendError(res, 400, ErrorCode.BAD_REQUEST, 'Body is not valid JSON');
      }
    }
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) ?? randomUUID();
    const actor = await authenticate(options.db.dataSource.manager, options.jwt, req.headers.authorization);
    // Apollo's landing page (a GET for HTML with no operation) is not an operation: it needs no token.
    const isLandingPage = req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');
    if (!actor && !isLandingPage && !(req.method === 'POST' && isLoginOnly(body))) {
      recordMetrics(body, 401, [ErrorCode.UNAUTHENTICATED]);
      return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Authentication required: send Authorization: Bearer <token>', { 'www-authenticate': 'Bearer', 'x-request-id': requestId });
    }
    const ctx = createRequestContext({
      requestId, actor, ability: actor ? buildAbility(actor, POLICIES) : null, dataSource: options.db.dataSource, jwt: options.jwt,
      log: options.log.child({ requestId }), clientAddress: req.socket.remoteAddress ?? 'unknown', loginThrottle,
    });
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => ctx,
    });
    await writeResponse(res, response, requestId);
    recordMetrics(body, response.status ?? 200, response.body.kind === 'complete' ? errorCodesOf(response.body.string) : []);
    ctx.log.info({
      status: response.status ?? 200, ms: Math.round(performance.now() - started),
      actor: actor ? (actor.kind === 'account' ? actor.login : `token:${actor.tokenId}`) : null,
      operation: (body as { operationName?: unknown } | null)?.operationName ?? null,
    }, 'graphql request');
  }

  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    server,
    async close() {
      // Stop accepting, drop idle keep-alive sockets now (close() would wait out their timeout),
      // and let every request in flight finish.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await Promise.all(inFlight);
      await apollo.stop();
    },
  };
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Ready: the database answers within 2 s and no migration is pending (a replica started against an
 * older schema must not take traffic). Otherwise 503, so a load balancer sends requests elsewhere.
 */
async function sendReadiness(res: ServerResponse, db: Database): Promise<void> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('database did not answer in time')), 2000).unref());
  try {
    const pending = await Promise.race([db.dataSource.query('SELECT 1').then(() => db.dataSource.showMigrations()), timeout]);
    if (pending) return sendJson(res, 503, { status: 'unavailable', reason: 'migrations pending' });
    return sendJson(res, 200, { status: 'ready' });
  } catch {
    return sendJson(res, 503, { status: 'unavailable', reason: 'database unreachable' });
  }
}

function sendJson(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(payload));
}

/** A transport-level refusal, in the same shape and with the same codes as GraphQL errors. */
function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}

async function writeResponse(res: ServerResponse, response: HTTPGraphQLResponse, requestId: string): Promise<void> {
  const headers: Record<string, string> = { 'x-request-id': requestId };
  for (const [k, v] of response.headers) headers[k] = v;
  res.writeHead(response.status ?? 200, headers);
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
