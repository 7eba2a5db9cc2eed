import { describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-db";
import { authenticate, SIGN_IN_IP_LIMIT, SIGN_IN_LIMIT } from "./authenticate";
import { recordEvent } from "./rate-limit";
import { isSessionLive, revokeAllSessions, revokeSession } from "./sessions";
import { createUser } from "./users";

const PASSWORD = "quiet river lantern 42";

async function setup() {
  const { db } = createTestDatabase();
  const user = await createUser(db, { email: "ana@example.org", password: PASSWORD, displayName: "Ana" });
  return { db, user };
}

describe("authenticate", () => {
  it("signs in with the right password and opens a live session", async () => {
    const { db, user } = await setup();
    const result = await authenticate(db, { email: "ana@example.org", password: PASSWORD, ip: "198.51.100.1" });
    expect(result).toMatchObject({ ok: true, userId: user.id, sessionVersion: 0 });
    if (!result.ok) return;
    expect(isSessionLive(db, { sessionId: result.sessionId, userId: user.id, sessionVersion: 0 })).toBe(true);
  });

  it("answers a wrong password and an unknown email alike", async () => {
    const { db } = await setup();
    expect(await authenticate(db, { email: "ana@example.org", password: "wrong wrong wrong", ip: "198.51.100.1" })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(db, { email: "nobody@example.org", password: PASSWORD, ip: "198.51.100.1" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses the 6th attempt after 5 failures, even with the right password, until the window passes", async () => {
    const { db } = await setup();
    const now = Date.parse("2026-11-23T10:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMIT.limit; i++) {
      expect((await authenticate(db, { email: "ana@example.org", password: "wrong wrong wrong", ip: `198.51.100.${i}`, now })).ok).toBe(false);
    }
    const sixth = await authenticate(db, { email: "ana@example.org", password: PASSWORD, ip: "203.0.113.7", now: now + 1000 });
    expect(sixth).toMatchObject({ ok: false, reason: "rate-limited" });
    if (sixth.ok || sixth.reason !== "rate-limited") return;
    expect(sixth.retryAfterMs).toBe(SIGN_IN_LIMIT.windowMs - 1000);

    const later = await authenticate(db, { email: "ana@example.org", password: PASSWORD, ip: "203.0.113.7", now: now + SIGN_IN_LIMIT.windowMs + 1 });
    expect(later.ok).toBe(true);
    // Seven real scrypt hashes: give it room when the whole suite shares two cores.
  }, 30_000);

  it("limits one IP across many accounts", async () => {
    const { db } = await setup();
    const now = Date.now();
    // 20 failures from one address (recorded directly: 20 real hashes would take 8 s).
    for (let i = 0; i < SIGN_IN_IP_LIMIT.limit; i++) recordEvent(db, { key: "sign-in:ip:192.0.2.9", now });
    expect(await authenticate(db, { email: "ana@example.org", password: PASSWORD, ip: "192.0.2.9", now })).toMatchObject({ reason: "rate-limited" });
    expect((await authenticate(db, { email: "ana@example.org", password: PASSWORD, ip: "192.0.2.10", now })).ok).toBe(true);
  });
});

describe("sessions", () => {
  it("ends one session on sign-out and every session on sign-out-everywhere", async () => {
    const { db, user } = await setup();
    const a = await authenticate(db, { email: "ana@example.org", password: PASSWORD, ip: "198.51.100.1" });
    const b = await authenticate(db, { email: "ana@example.org", password: PASSWORD, ip: "198.51.100.1" });
    if (!a.ok || !b.ok) throw new Error("sign-in failed");
    revokeSession(db, { sessionId: a.sessionId });
    expect(isSessionLive(db, { sessionId: a.sessionId, userId: user.id, sessionVersion: 0 })).toBe(false);
    expect(isSessionLive(db, { sessionId: b.sessionId, userId: user.id, sessionVersion: 0 })).toBe(true);
    // A session id presented for another account is not live.
    expect(isSessionLive(db, { sessionId: b.sessionId, userId: user.id + 1, sessionVersion: 0 })).toBe(false);

    revokeAllSessions(db, { userId: user.id });
    expect(isSessionLive(db, { sessionId: b.sessionId, userId: user.id, sessionVersion: 0 })).toBe(false);
    const c = await authenticate(db, { email: "ana@example.org", password: PASSWORD, ip: "198.51.100.1" });
    expect(c).toMatchObject({ ok: true, sessionVersion: 1 });
  });
});
