import { and, asc, count, eq, gt, lt, min } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimitEvents } from "@/db/schema";

export type RateLimitCheck = { allowed: boolean; retryAfterMs: number };

/**
 * A sliding window over the events recorded under `key`: allowed while fewer
 * than `limit` of them happened in the last `windowMs` (strictly after
 * now - windowMs). When refused, retryAfterMs is how long until enough events
 * leave the window for one more to be allowed.
 */
export function checkRateLimit(db: Db, { key, limit, windowMs, now = Date.now() }: { key: string; limit: number; windowMs: number; now?: number }): RateLimitCheck {
  const inWindow = and(eq(rateLimitEvents.key, key), gt(rateLimitEvents.at, now - windowMs));
  const { n, oldest } = db.select({ n: count(), oldest: min(rateLimitEvents.at) }).from(rateLimitEvents).where(inWindow).get() ?? { n: 0, oldest: null };
  if (n < limit) return { allowed: true, retryAfterMs: 0 };

  // Usually n === limit and the oldest event is the one to wait for. With more
  // (concurrent requests, or a limit lowered since), the count only drops
  // below the limit once the (n - limit + 1)th oldest has left the window.
  const freeingAt =
    n === limit
      ? oldest
      : db.select({ at: rateLimitEvents.at }).from(rateLimitEvents).where(inWindow).orderBy(asc(rateLimitEvents.at)).limit(1).offset(n - limit).get()?.at;
  return { allowed: false, retryAfterMs: freeingAt == null ? windowMs : Math.max(1, freeingAt + windowMs - now) };
}

export function recordEvent(db: Db, { key, now = Date.now() }: { key: string; now?: number }): void {
  db.insert(rateLimitEvents).values({ key, at: now }).run();
}

/** Forgets every event under `key` (after a successful sign-in, the account's failures no longer count). */
export function clearEvents(db: Db, { key }: { key: string }): void {
  db.delete(rateLimitEvents).where(eq(rateLimitEvents.key, key)).run();
}

/** Deletes events older than `olderThanMs`, whatever their key; returns how many went. */
export function pruneEvents(db: Db, { olderThanMs, now = Date.now() }: { olderThanMs: number; now?: number }): number {
  return db.delete(rateLimitEvents).where(lt(rateLimitEvents.at, now - olderThanMs)).run().changes;
}

/** "try again in 1 minute", "try again in 15 minutes": whole minutes, rounded up, at least one. */
export function formatRetryAfter(ms: number): string {
  const minutes = Number.isFinite(ms) ? Math.max(1, Math.ceil(ms / 60_000)) : 1;
  return `try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}
