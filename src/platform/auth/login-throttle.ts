import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError, ErrorCode } from '../errors/domain-error.js';

export interface LoginThrottleOptions {
  /** Failed attempts allowed per login in the window before it is locked for the window. */
  failuresPerLogin: number;
  /** Failed attempts allowed per client address in the window (spraying many logins). */
  failuresPerClient: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = { failuresPerLogin: 10, failuresPerClient: 100, windowSeconds: 15 * 60 };

/**
 * Brute-force protection for `login`: failures count per login and per client address; past the
 * limit, attempts are refused (even with the right password) until the window passes. In memory,
 * per process: behind several replicas each counts alone (a shared store is a later step).
 */
export class LoginThrottle {
  private readonly byLogin: RateLimiterMemory;
  private readonly byClient: RateLimiterMemory;

  constructor(readonly options: LoginThrottleOptions = DEFAULT_LOGIN_THROTTLE) {
    this.byLogin = new RateLimiterMemory({ keyPrefix: 'login', points: options.failuresPerLogin, duration: options.windowSeconds, blockDuration: options.windowSeconds });
    this.byClient = new RateLimiterMemory({ keyPrefix: 'client', points: options.failuresPerClient, duration: options.windowSeconds, blockDuration: options.windowSeconds });
  }

  /** Refuses with TOO_MANY_ATTEMPTS while either counter is exhausted. */
  async check(login: string, client: string): Promise<void> {
    const [l, c] = await Promise.all([this.byLogin.get(login), this.byClient.get(client)]);
    const blocked = [[l, this.options.failuresPerLogin], [c, this.options.failuresPerClient]] as const;
    for (const [res, limit] of blocked) {
      if (res && res.consumedPoints >= limit) {
        throw new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, 'Too many failed sign-in attempts; try again later', { retryAfterSeconds: Math.ceil(res.msBeforeNext / 1000) });
      }
    }
  }

  async recordFailure(login: string, client: string): Promise<void> {
    await Promise.all([this.byLogin.penalty(login, 1), this.byClient.penalty(client, 1)]).catch((e: unknown) => {
      if (!(e instanceof RateLimiterRes)) throw e;
    });
  }

  async recordSuccess(login: string): Promise<void> {
    await this.byLogin.delete(login);
  }
}
