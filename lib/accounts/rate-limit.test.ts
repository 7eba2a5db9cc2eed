import { count } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { rateLimitEvents } from "@/db/schema";
import { createTestDatabase } from "@/lib/testing/test-db";
import { checkRateLimit, clearEvents, formatRetryAfter, pruneEvents, recordEvent } from "./rate-limit";

const MINUTE = 60_000;
const limits = { limit: 5, windowMs: 15 * MINUTE };
const T0 = Date.UTC(2030, 0, 1);
const rows = (db: Db) => db.select({ n: count() }).from(rateLimitEvents).get()!.n;

describe("rate limiting", () => {
  let db: Db;
  beforeEach(() => {
    db = createTestDatabase().db;
  });

  /** Records one event per second from `start`, checking before each as a caller would. */
  const attempts = (key: string, times: number, start = T0) => {
    for (let i = 0; i < times; i++) {
      expect(checkRateLimit(db, { key, ...limits, now: start + i * 1000 }).allowed).toBe(true);
      recordEvent(db, { key, now: start + i * 1000 });
    }
  };

  it("allows five events and refuses the sixth until the oldest leaves the window", () => {
    attempts("sign-in:account:a@example.com", 5);
    const now = T0 + 10_000;
    const refused = checkRateLimit(db, { key: "sign-in:account:a@example.com", ...limits, now });
    expect(refused.allowed).toBe(false);
    // The oldest event (at T0) leaves the window 15 minutes after it happened.
    expect(refused.retryAfterMs).toBe(T0 + limits.windowMs - now);
    expect(refused.retryAfterMs).toBeGreaterThan(limits.windowMs - 11_000);

    const justBefore = checkRateLimit(db, { key: "sign-in:account:a@example.com", ...limits, now: now + refused.retryAfterMs - 1 });
    expect(justBefore.allowed).toBe(false);
    const after = checkRateLimit(db, { key: "sign-in:account:a@example.com", ...limits, now: now + refused.retryAfterMs });
    expect(after).toEqual({ allowed: true, retryAfterMs: 0 });
  });

  it("is allowed again once the whole window has passed", () => {
    attempts("k", 5);
    expect(checkRateLimit(db, { key: "k", ...limits, now: T0 + 5000 }).allowed).toBe(false);
    expect(checkRateLimit(db, { key: "k", ...limits, now: T0 + 4000 + limits.windowMs }).allowed).toBe(true);
  });

  it("waits for enough events to leave when there are more than the limit", () => {
    for (let i = 0; i < 7; i++) recordEvent(db, { key: "k", now: T0 + i * MINUTE });
    const now = T0 + 7 * MINUTE;
    // Seven in the window, limit five: the third oldest (at T0 + 2 min) must leave first.
    const refused = checkRateLimit(db, { key: "k", ...limits, now });
    expect(refused).toEqual({ allowed: false, retryAfterMs: 2 * MINUTE + limits.windowMs - 7 * MINUTE });
    expect(checkRateLimit(db, { key: "k", ...limits, now: now + refused.retryAfterMs }).allowed).toBe(true);
  });

  it("keeps keys independent", () => {
    attempts("sign-in:ip:203.0.113.9", 5);
    expect(checkRateLimit(db, { key: "sign-in:ip:203.0.113.9", ...limits, now: T0 + 5000 }).allowed).toBe(false);
    expect(checkRateLimit(db, { key: "sign-in:ip:203.0.113.10", ...limits, now: T0 + 5000 })).toEqual({ allowed: true, retryAfterMs: 0 });
  });

  it("clearEvents resets one key and leaves the others", () => {
    attempts("a", 5);
    attempts("b", 5);
    clearEvents(db, { key: "a" });
    expect(checkRateLimit(db, { key: "a", ...limits, now: T0 + 5000 }).allowed).toBe(true);
    expect(checkRateLimit(db, { key: "b", ...limits, now: T0 + 5000 }).allowed).toBe(false);
    expect(rows(db)).toBe(5);
  });

  it("pruneEvents removes only rows older than the cutoff", () => {
    recordEvent(db, { key: "a", now: T0 });
    recordEvent(db, { key: "b", now: T0 + MINUTE });
    recordEvent(db, { key: "a", now: T0 + 2 * MINUTE });
    recordEvent(db, { key: "c", now: T0 + 3 * MINUTE });

    // Cutoff at T0 + 2 min: the two earlier rows go, the row exactly at the cutoff stays.
    expect(pruneEvents(db, { olderThanMs: 2 * MINUTE, now: T0 + 4 * MINUTE })).toBe(2);
    expect(db.select({ key: rateLimitEvents.key, at: rateLimitEvents.at }).from(rateLimitEvents).orderBy(rateLimitEvents.at).all()).toEqual([
      { key: "a", at: T0 + 2 * MINUTE },
      { key: "c", at: T0 + 3 * MINUTE },
    ]);
    expect(pruneEvents(db, { olderThanMs: 2 * MINUTE, now: T0 + 4 * MINUTE })).toBe(0);
  });

  it("formats the wait in whole minutes, rounded up", () => {
    expect(formatRetryAfter(0)).toBe("try again in 1 minute");
    expect(formatRetryAfter(1)).toBe("try again in 1 minute");
    expect(formatRetryAfter(MINUTE)).toBe("try again in 1 minute");
    expect(formatRetryAfter(MINUTE + 1)).toBe("try again in 2 minutes");
    expect(formatRetryAfter(14 * MINUTE + 59_000)).toBe("try again in 15 minutes");
  });
});
