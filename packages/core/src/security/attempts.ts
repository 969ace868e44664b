import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible";

/** How many failures a key may have in a window before it waits for the window's end. */
export type AttemptRule = { failures: number; windowSeconds: number };

/** Where counts live: this process's memory, or Redis (shared by every instance) when `redisUrl` is set. */
export type AttemptStore = { redisUrl?: string | undefined };

/** The default for logins, registrations, resets and invitations: 10 failures per 15 minutes. */
export const SIGN_IN_RULE: AttemptRule = { failures: 10, windowSeconds: 15 * 60 };

/**
 * Failed attempts counted per key (an account's e-mail, a client's address):
 * once a key has had `failures` of them, it is refused until the window that
 * began with its first failure ends. Only failures count, so people who log
 * in many times from one address (an office, a test run) are never slowed.
 * On rate-limiter-flexible: fixed windows in memory or in Redis with the same
 * semantics, and an in-memory fallback while Redis cannot be reached.
 */
export class AttemptLimiter {
  readonly #limiter: Promise<RateLimiterAbstract>;
  readonly #rule: AttemptRule;

  constructor(name: string, rule: AttemptRule, store: AttemptStore = {}) {
    this.#rule = rule;
    this.#limiter = limiterFor(`ocop:${name}`, { points: rule.failures, duration: rule.windowSeconds }, store);
  }

  /** Seconds until every key may try again: 0 when none of them has used its failures up. */
  async waitSeconds(keys: string[]): Promise<number> {
    const limiter = await this.#limiter;
    let wait = 0;
    for (const key of keys) {
      const state = await limiter.get(key);
      if (state && state.consumedPoints >= this.#rule.failures) wait = Math.max(wait, Math.ceil(state.msBeforeNext / 1000));
    }
    return wait;
  }

  /** Counts one failure against each key. */
  async fail(keys: string[]): Promise<void> {
    const limiter = await this.#limiter;
    await Promise.all(keys.map((key) => limiter.penalty(key, 1)));
  }
}

/**
 * Requests counted per key: `take` answers 0 while a key is within `requests`
 * per window, else the seconds until it may ask again. For routes where every
 * request costs (a counted click), not just the failed ones.
 */
export class RequestLimiter {
  readonly #limiter: Promise<RateLimiterAbstract>;

  constructor(name: string, rule: { requests: number; windowSeconds: number }, store: AttemptStore = {}) {
    this.#limiter = limiterFor(`ocop:${name}`, { points: rule.requests, duration: rule.windowSeconds }, store);
  }

  async take(key: string): Promise<number> {
    const limiter = await this.#limiter;
    try {
      await limiter.consume(key, 1);
      return 0;
    } catch (refusal) {
      if (refusal instanceof Error) throw refusal;
      return Math.ceil((refusal as { msBeforeNext: number }).msBeforeNext / 1000);
    }
  }
}

/** A wait in whole minutes, at least one, for messages. */
export function waitMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

type Points = { points: number; duration: number };

const redisClients = new Map<string, Promise<unknown>>();

async function limiterFor(keyPrefix: string, points: Points, store: AttemptStore): Promise<RateLimiterAbstract> {
  const memory = new RateLimiterMemory({ keyPrefix, ...points });
  if (!store.redisUrl) return memory;
  return new RateLimiterRedis({ storeClient: await redisClient(store.redisUrl), useRedisPackage: true, keyPrefix, ...points, insuranceLimiter: memory });
}

/**
 * One connection per Redis URL, on the official client, loaded only when Redis
 * is configured. Connection errors are logged, not thrown: meanwhile the
 * limiters count in memory (their insurance) and the client reconnects.
 */
function redisClient(url: string): Promise<unknown> {
  let client = redisClients.get(url);
  if (!client) {
    client = import("redis").then(({ createClient }) => {
      const redis = createClient({ url });
      redis.on("error", (error: unknown) => console.error("Rate limits: Redis is unavailable, counting in memory meanwhile:", error));
      redis.connect().catch(() => undefined);
      return redis;
    });
    redisClients.set(url, client);
  }
  return client;
}
