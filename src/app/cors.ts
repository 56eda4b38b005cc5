import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * CORS for browser front ends on other origins, by an allow-list (CORS_ORIGINS). A preflight is
 * answered before authentication (a browser sends it without the token); an origin not on the
 * list gets no CORS headers, so the browser keeps the response from the page.
 */
export class CorsPolicy {
  private readonly allowed: ReadonlySet<string>;
  constructor(origins: readonly string[]) {
    this.allowed = new Set(origins);
  }

  /** The headers for a request from `origin`, or none when it is not allowed. */
  headersFor(origin: string | undefined): Record<string, string> {
    if (!origin || !this.allowed.has(origin)) return {};
    return { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-expose-headers': 'x-request-id' };
  }

  /** Answers an OPTIONS preflight: 204 with the allowed methods and headers, or 403. */
  preflight(req: IncomingMessage, res: ServerResponse): void {
    const headers = this.headersFor(req.headers.origin);
    if (!headers['access-control-allow-origin']) {
      res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', vary: 'Origin' });
      res.end(JSON.stringify({ errors: [{ message: 'Origin not allowed', extensions: { code: 'FORBIDDEN' } }] }));
      return;
    }
    res.writeHead(204, {
      ...headers,
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'authorization, content-type, x-request-id, apollo-require-preflight',
      'access-control-max-age': '600',
    });
    res.end();
  }
}

/** CORS_ORIGINS: comma-separated origins such as https://app.example.gov.cn (scheme, host, port). */
export function parseCorsOrigins(raw: string | undefined): { origins: string[]; problem: string | null } {
  if (!raw) return { origins: [], problem: null };
  const origins = raw.split(',').map((o) => o.trim()).filter(Boolean);
  for (const o of origins) {
    let parsed: URL | null = null;
    try { parsed = new URL(o); } catch { /* reported below */ }
    if (!parsed || parsed.origin !== o) return { origins: [], problem: `CORS_ORIGINS is not valid: ${JSON.stringify(o)} is not an origin like https://app.example.gov.cn` };
  }
  return { origins, problem: null };
}
