import { createHash } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { emails, passwordResetTokens, userSessions, users } from "@/db/schema";
import { addMember } from "@/lib/testing/members";
import { createTestDatabase } from "@/lib/testing/test-db";
import { authenticate } from "./authenticate";
import { hashPassword } from "./password";
import { checkResetToken, RESET_ADDRESS_LIMIT, RESET_IP_LIMIT, RESET_LINK_INVALID, RESET_REQUESTED, requestPasswordReset, resetPassword } from "./password-reset";
import { recordEvent } from "./rate-limit";
import { createSession, isSessionLive } from "./sessions";

vi.stubEnv("SITE_URL", "https://tandem.example");
vi.stubEnv("AUTH_SECRET", "a-test-secret-that-is-at-least-32-characters");

const OLD_PASSWORD = "quiet river lantern 42";
const NEW_PASSWORD = "a brand new password";
const MINUTE = 60_000;
// A whole second: stored timestamps are seconds, so boundaries are exact.
const T0 = new Date(Date.UTC(2030, 0, 1, 10, 0, 0));
const at = (ms: number) => new Date(T0.getTime() + ms);
const IP = "198.51.100.7";

let oldHash: string;
beforeAll(async () => {
  oldHash = await hashPassword(OLD_PASSWORD);
});

function setup() {
  const { db } = createTestDatabase();
  const ana = addMember(db, "ana");
  db.update(users).set({ passwordHash: oldHash }).where(eq(users.id, ana.id)).run();
  return { db, ana };
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const allEmails = (db: Db) => db.select().from(emails).orderBy(asc(emails.id)).all();
const hashOf = (db: Db, id: number) => db.select({ h: users.passwordHash }).from(users).where(eq(users.id, id)).get()?.h;

/** Asks for a link for ana and returns the token from the email that was queued. */
function requestToken(db: Db, now = T0): string {
  expect(requestPasswordReset(db, { email: "ana@example.org", ip: IP, now })).toEqual({ ok: true, message: RESET_REQUESTED });
  const text = allEmails(db).at(-1)?.text ?? "";
  const token = /https:\/\/tandem\.example\/reset-password\/([A-Za-z0-9_-]{43})$/m.exec(text)?.[1];
  if (!token) throw new Error(`no link in: ${text}`);
  return token;
}

describe("asking for a reset link", () => {
  it("answers the same for a known and an unknown address, and only the known one gets an email", () => {
    const { db, ana } = setup();
    db.update(users).set({ displayName: `Ana <b>"&'</b>` }).where(eq(users.id, ana.id)).run();
    const unknown = requestPasswordReset(db, { email: "nobody@example.org", ip: IP, now: T0 });
    expect(allEmails(db)).toEqual([]);
    const known = requestPasswordReset(db, { email: "  Ana@Example.ORG ", ip: IP, now: T0 });
    expect(known).toEqual(unknown);
    expect(known).toEqual({ ok: true, message: RESET_REQUESTED });

    const [mail, ...rest] = allEmails(db);
    expect(rest).toEqual([]);
    expect(mail).toMatchObject({ userId: ana.id, to: "ana@example.org", kind: "password_reset", unsubscribeUrl: null, status: "pending" });
    expect(mail?.text).toMatch(/^https:\/\/tandem\.example\/reset-password\/[A-Za-z0-9_-]{43}$/m);
    expect(mail?.text).toContain("30 minutes");
    expect(mail?.html).toContain("Ana &#60;b&#62;&#34;&#38;&#39;&#60;/b&#62;");
    expect(mail?.html).not.toContain("<b>");
  });

  it("stores only a hash of the token", () => {
    const { db, ana } = setup();
    const token = requestToken(db);
    const rows = db.select().from(passwordResetTokens).all();
    expect(rows).toEqual([{ id: expect.any(Number), userId: ana.id, tokenHash: sha256(token), createdAt: T0, expiresAt: at(30 * MINUTE), usedAt: null }]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("keeps only the newest link: asking again invalidates the older one", async () => {
    const { db, ana } = setup();
    const first = requestToken(db);
    const second = requestToken(db, at(MINUTE));
    expect(first).not.toBe(second);
    expect(checkResetToken(db, first, at(2 * MINUTE))).toEqual({ valid: false, message: RESET_LINK_INVALID });
    expect(await resetPassword(db, { token: first, password: NEW_PASSWORD, now: at(2 * MINUTE) })).toEqual({ ok: false, field: "token", message: RESET_LINK_INVALID });
    expect(hashOf(db, ana.id)).toBe(oldHash);
    expect(await resetPassword(db, { token: second, password: NEW_PASSWORD, now: at(2 * MINUTE) })).toEqual({ ok: true });
  });

  it("limits requests per address: over the limit the answer is unchanged but nothing is sent", () => {
    const { db } = setup();
    for (let i = 0; i < RESET_ADDRESS_LIMIT.limit; i++) requestToken(db, at(i * MINUTE));
    const later = at(10 * MINUTE);
    // From another network, so only the address's own limit applies.
    expect(requestPasswordReset(db, { email: "ana@example.org", ip: "203.0.113.50", now: later })).toEqual({ ok: true, message: RESET_REQUESTED });
    expect(allEmails(db)).toHaveLength(RESET_ADDRESS_LIMIT.limit);
    // An unknown address over the limit reads the same.
    for (let i = 0; i <= RESET_ADDRESS_LIMIT.limit; i++) expect(requestPasswordReset(db, { email: "nobody@example.org", ip: "203.0.113.50", now: later })).toEqual({ ok: true, message: RESET_REQUESTED });
    // An hour after the first request, one more is allowed again.
    requestToken(db, at(RESET_ADDRESS_LIMIT.windowMs));
    expect(allEmails(db)).toHaveLength(RESET_ADDRESS_LIMIT.limit + 1);
  });

  it("limits requests per IP, whatever the addresses, and says so", () => {
    const { db } = setup();
    for (let i = 0; i < RESET_IP_LIMIT.limit; i++) recordEvent(db, { key: `password-reset:ip:${IP}`, now: T0.getTime() + i * 1000 });
    const refused = requestPasswordReset(db, { email: "ana@example.org", ip: IP, now: at(MINUTE) });
    expect(refused).toEqual({ ok: false, message: "Too many reset requests from your network. Please try again in 59 minutes." });
    expect(requestPasswordReset(db, { email: "nobody@example.org", ip: IP, now: at(MINUTE) })).toEqual(refused);
    expect(allEmails(db)).toEqual([]);
    expect(requestPasswordReset(db, { email: "ana@example.org", ip: "198.51.100.8", now: at(MINUTE) }).ok).toBe(true);
  });
});

describe("using a reset link", () => {
  it("sets the new password once; the same link does not work twice", async () => {
    const { db, ana } = setup();
    const token = requestToken(db);
    expect(checkResetToken(db, token, at(MINUTE))).toEqual({ valid: true });
    expect(await resetPassword(db, { token, password: NEW_PASSWORD, now: at(MINUTE) })).toEqual({ ok: true });
    expect(checkResetToken(db, token, at(2 * MINUTE))).toEqual({ valid: false, message: RESET_LINK_INVALID });
    const newHash = hashOf(db, ana.id);
    expect(await resetPassword(db, { token, password: "another new password", now: at(2 * MINUTE) })).toEqual({ ok: false, field: "token", message: RESET_LINK_INVALID });
    expect(hashOf(db, ana.id)).toBe(newHash);

    expect((await authenticate(db, { email: "ana@example.org", password: OLD_PASSWORD, ip: IP })).ok).toBe(false);
    expect((await authenticate(db, { email: "ana@example.org", password: NEW_PASSWORD, ip: IP })).ok).toBe(true);
  });

  it("lets only one of two simultaneous submissions through", async () => {
    const { db } = setup();
    const token = requestToken(db);
    const results = await Promise.all([
      resetPassword(db, { token, password: NEW_PASSWORD, now: at(MINUTE) }),
      resetPassword(db, { token, password: "another new password", now: at(MINUTE) }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, field: "token", message: RESET_LINK_INVALID }]);
  });

  it("expires 30 minutes after it was issued: 29:59 works, 30:00 does not", async () => {
    const { db, ana } = setup();
    const token = requestToken(db);
    expect(checkResetToken(db, token, at(30 * MINUTE - 1000))).toEqual({ valid: true });
    expect(checkResetToken(db, token, at(30 * MINUTE))).toEqual({ valid: false, message: RESET_LINK_INVALID });
    expect(await resetPassword(db, { token, password: NEW_PASSWORD, now: at(30 * MINUTE) })).toEqual({ ok: false, field: "token", message: RESET_LINK_INVALID });
    expect(hashOf(db, ana.id)).toBe(oldHash);
    expect(await resetPassword(db, { token, password: NEW_PASSWORD, now: at(30 * MINUTE - 1000) })).toEqual({ ok: true });
  });

  it("refuses a password against the policy and leaves the link usable", async () => {
    const { db, ana } = setup();
    const token = requestToken(db);
    expect(await resetPassword(db, { token, password: "short", now: at(MINUTE) })).toEqual({ ok: false, field: "password", message: "Use at least 12 characters." });
    expect(await resetPassword(db, { token, password: "password1234", now: at(MINUTE) })).toMatchObject({ ok: false, field: "password" });
    expect(hashOf(db, ana.id)).toBe(oldHash);
    expect(db.select({ usedAt: passwordResetTokens.usedAt }).from(passwordResetTokens).get()).toEqual({ usedAt: null });
    expect(checkResetToken(db, token, at(MINUTE))).toEqual({ valid: true });
    expect(await resetPassword(db, { token, password: NEW_PASSWORD, now: at(MINUTE) })).toEqual({ ok: true });
  });

  it("ends every session, bumps the session version and forgets failed sign-ins", async () => {
    const { db, ana } = setup();
    const sessionId = createSession(db, { userId: ana.id });
    const version = db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, ana.id)).get()!.v;
    for (let i = 0; i < 5; i++) recordEvent(db, { key: "sign-in:account:ana@example.org" });
    expect(await authenticate(db, { email: "ana@example.org", password: OLD_PASSWORD, ip: IP })).toMatchObject({ ok: false, reason: "rate-limited" });

    const token = requestToken(db);
    expect(await resetPassword(db, { token, password: NEW_PASSWORD, now: at(MINUTE) })).toEqual({ ok: true });
    expect(db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, ana.id)).get()!.v).toBe(version + 1);
    expect(isSessionLive(db, { sessionId, userId: ana.id, sessionVersion: version })).toBe(false);
    expect(db.select({ revokedAt: userSessions.revokedAt }).from(userSessions).get()?.revokedAt).not.toBeNull();
    expect((await authenticate(db, { email: "ana@example.org", password: NEW_PASSWORD, ip: IP })).ok).toBe(true);
  });

  it("works for a suspended member", async () => {
    const { db, ana } = setup();
    db.update(users).set({ suspendedUntil: at(7 * 24 * 60 * MINUTE), suspensionReason: "Spam" }).where(eq(users.id, ana.id)).run();
    const token = requestToken(db);
    expect(await resetPassword(db, { token, password: NEW_PASSWORD, now: at(MINUTE) })).toEqual({ ok: true });
  });

  it("refuses malformed tokens without a lookup or an exception", async () => {
    const { db, ana } = setup();
    requestToken(db);
    const malformed = ["", "abc", "../../etc/passwd", "%00", "A".repeat(42), "A".repeat(44), `${"A".repeat(42)}=`, `${"A".repeat(42)}+`, "x".repeat(100_000), "' OR 1=1 --"];
    const select = vi.spyOn(db, "select");
    const update = vi.spyOn(db, "update");
    for (const token of malformed) {
      expect(checkResetToken(db, token, at(MINUTE))).toEqual({ valid: false, message: RESET_LINK_INVALID });
      expect(await resetPassword(db, { token, password: NEW_PASSWORD, now: at(MINUTE) })).toEqual({ ok: false, field: "token", message: RESET_LINK_INVALID });
    }
    expect(select).not.toHaveBeenCalled();
    expect(update).not.toHaveBeenCalled();
    select.mockRestore();
    update.mockRestore();
    // Well formed but never issued.
    expect(checkResetToken(db, "A".repeat(43), at(MINUTE))).toEqual({ valid: false, message: RESET_LINK_INVALID });
    expect(hashOf(db, ana.id)).toBe(oldHash);
  });
});
