import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles, profiles, userSessions, users } from "@/db/schema";
import { createTestDatabase } from "@/lib/testing/test-db";
import { mentorshipMessages, mentorshipRequests, mentorships } from "@/db/schema";
import { authenticate } from "./authenticate";
import { changePassword, deleteAccount, exportAccountData } from "./manage-account";
import { isSessionLive } from "./sessions";
import { createUser } from "./users";
import { saveGuidance } from "@/lib/articles/guidance";
import { notify } from "@/lib/notifications/notify";
import { saveSettings } from "@/lib/notifications/settings";

const PASSWORD = "quiet river lantern 42";
const guidance = { title: "Published guidance", summary: "A summary that is long enough to pass.", topic: "", body: "Fifty characters of body text are needed for this article to be valid." };

async function setup() {
  const { db } = createTestDatabase();
  const user = await createUser(db, { email: "ana@example.org", password: PASSWORD, displayName: "Ana", role: "mentor" });
  const other = await createUser(db, { email: "bo@example.org", password: PASSWORD, displayName: "Bo" });
  return { db, user, other };
}

describe("account management", () => {
  it("changes the password only with the current one, and ends every session", async () => {
    const { db, user } = await setup();
    const session = await authenticate(db, { email: "ana@example.org", password: PASSWORD, ip: "198.51.100.1" });
    if (!session.ok) throw new Error("sign-in");
    expect(await changePassword(db, { actor: user, currentPassword: "wrong wrong wrong", newPassword: "a brand new password" })).toMatchObject({ ok: false, field: "currentPassword" });
    expect(await changePassword(db, { actor: user, currentPassword: PASSWORD, newPassword: "a brand new password" })).toEqual({ ok: true });
    expect(isSessionLive(db, { sessionId: session.sessionId, userId: user.id, sessionVersion: session.sessionVersion })).toBe(false);
    expect((await authenticate(db, { email: "ana@example.org", password: PASSWORD, ip: "198.51.100.1" })).ok).toBe(false);
    expect((await authenticate(db, { email: "ana@example.org", password: "a brand new password", ip: "198.51.100.1" })).ok).toBe(true);
  });

  it("exports the actor's own data without the password hash", async () => {
    const { db, user } = await setup();
    const data = exportAccountData(db, { actor: user });
    expect(data.account).toMatchObject({ email: "ana@example.org", handle: "ana" });
    expect(JSON.stringify(data)).not.toContain("scrypt$");
    expect(JSON.stringify(data)).not.toContain("bo@example.org");
  });

  it("includes the member's notifications and settings, not anyone else's", async () => {
    const { db, user, other } = await setup();
    notify(db, { kind: "forum_reply", actorId: other.id, recipients: [user.id], text: "Bo replied to your thread.", href: "/forum/t/1" });
    notify(db, { kind: "forum_reply", actorId: user.id, recipients: [other.id], text: "Ana replied to your thread.", href: "/forum/t/2" });
    saveSettings(db, { actor: user, settings: { request: "off", message: "email", forum_reply: "app", mention: "app", moderation: "email" } });
    const data = exportAccountData(db, { actor: user });
    expect(data.notifications).toMatchObject([{ kind: "forum_reply", text: "Bo replied to your thread.", href: "/forum/t/1", readAt: null }]);
    expect(data.notificationSettings).toMatchObject({ request: "off", message: "email" });
  });

  it("includes requests on both sides and what the member wrote in mentorships, not the other's words", async () => {
    const { db, user, other } = await setup();
    const t = new Date("2026-11-01T10:00:00Z");
    const request = db.insert(mentorshipRequests).values({ learnerId: other.id, mentorId: user.id, message: "Please mentor me on writing.", goals: ["Write weekly"], createdAt: t, expiresAt: t, status: "accepted" }).returning().get();
    const m = db.insert(mentorships).values({ requestId: request.id, learnerId: other.id, mentorId: user.id, createdAt: t }).returning().get();
    db.insert(mentorshipMessages).values([{ mentorshipId: m.id, authorId: user.id, body: "Welcome aboard", createdAt: t }, { mentorshipId: m.id, authorId: other.id, body: "Bo's private words", createdAt: t }]).run();
    const data = exportAccountData(db, { actor: user });
    expect(data.mentorshipRequests).toMatchObject([{ message: "Please mentor me on writing.", status: "accepted" }]);
    expect(data.mentorships).toMatchObject([{ id: m.id, side: "mentor" }]);
    expect(data.messagesWritten.map((x) => x.body)).toEqual(["Welcome aboard"]);
    expect(JSON.stringify(data)).not.toContain("Bo's private words");
  });

  it("deletes everything private, keeps published guidance credited to a former member, and leaves others alone", async () => {
    const { db, user, other } = await setup();
    const published = saveGuidance(db, { actor: user, input: guidance, publish: true });
    const draft = saveGuidance(db, { actor: user, input: { ...guidance, title: "A private draft" }, publish: false });
    if (!published.ok || !draft.ok) throw new Error("guidance");
    db.insert(profiles).values({ userId: user.id, headline: "Mentor" }).run();

    expect(await deleteAccount(db, { actor: user, password: "wrong wrong wrong" })).toMatchObject({ ok: false });
    expect(db.select().from(users).where(eq(users.id, user.id)).get()).toBeDefined();

    expect(await deleteAccount(db, { actor: user, password: PASSWORD })).toEqual({ ok: true });
    expect(db.select().from(users).where(eq(users.id, user.id)).get()).toBeUndefined();
    expect(db.select().from(profiles).where(eq(profiles.userId, user.id)).get()).toBeUndefined();
    expect(db.select().from(userSessions).where(eq(userSessions.userId, user.id)).all()).toEqual([]);
    expect(db.select().from(articles).where(eq(articles.id, draft.id)).get()).toBeUndefined();
    expect(db.select({ author: articles.author, authorId: articles.authorId }).from(articles).where(eq(articles.id, published.id)).get()).toEqual({ author: "A former member", authorId: null });
    expect(db.select().from(users).where(eq(users.id, other.id)).get()).toBeDefined();
  });
});
