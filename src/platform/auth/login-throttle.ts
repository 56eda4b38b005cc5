import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DomainError, ErrorCode } from '../errors/domain-error.js';

export interface LoginThrottleOptions {
  /** Consecutive failures allowed for one login from one client address in the window. */
  failuresPerLoginAndClient: number;
  /** Failures allowed per client address in the window (spraying many logins). */
  failuresPerClient: number;
  windowSeconds: number;
  /** Failures allowed per login in a day, from all addresses together (a slow, distributed guess). */
  failuresPerLoginPerDay: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = { failuresPerLoginAndClient: 10, failuresPerClient: 100, windowSeconds: 15 * 60, failuresPerLoginPerDay: 100 };

/** What an attempt holds until its outcome is known. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
}

/**
 * Brute-force protection for `login` (after rate-limiter-flexible's login-protection example).
 * An attempt CONSUMES its points before the password is verified, so however many requests arrive
 * at once, at most the limit is ever verified (and pays for scrypt); past it, attempts are refused
 * without touching the password. The consecutive-failure limit is keyed by login and client address,
 * so an attacker elsewhere cannot lock the owner out of their own address; a per-address and a daily
 * per-login limit stand beside it. In memory, per process (a shared store is the hardening issue's).
 */
export class LoginThrottle {
  private readonly byLoginAndClient: RateLimiterAbstract;
  private readonly byClient: RateLimiterAbstract;
  private readonly byLoginPerDay: RateLimiterAbstract;

  constructor(readonly options: LoginThrottleOptions = DEFAULT_LOGIN_THROTTLE) {
    const limiter = (keyPrefix: string, points: number, duration: number) => new RateLimiterMemory({ keyPrefix, points, duration, blockDuration: duration });
    this.byLoginAndClient = limiter('login-client', options.failuresPerLoginAndClient, options.windowSeconds);
    this.byClient = limiter('client', options.failuresPerClient, options.windowSeconds);
    this.byLoginPerDay = limiter('login-day', options.failuresPerLoginPerDay, 24 * 3600);
  }

  /** Takes one point from every counter, or refuses with TOO_MANY_ATTEMPTS (and takes nothing more). */
  async attempt(login: string, client: string): Promise<LoginAttempt> {
    const pair = `${login}\u0000${client}`;
    const consumed = await Promise.allSettled([this.byLoginAndClient.consume(pair), this.byClient.consume(client), this.byLoginPerDay.consume(login)]);
    const refused = consumed.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (refused) {
      if (!(refused.reason instanceof RateLimiterRes)) throw refused.reason;
      throw new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, 'Too many failed sign-in attempts; try again later', { retryAfterSeconds: Math.ceil(refused.reason.msBeforeNext / 1000) });
    }
    return {
      // A success gives back what it took: only failures count.
      succeeded: async () => {
        await Promise.all([this.byLoginAndClient.delete(pair), this.byClient.reward(client, 1), this.byLoginPerDay.reward(login, 1)]);
      },
    };
  }
}
