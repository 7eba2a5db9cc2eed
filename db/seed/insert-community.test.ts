import { asc, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { profiles, users } from "@/db/schema";
import { freeHandle } from "@/lib/accounts/handles";
import { isNewAccount } from "@/lib/forum/limits";
import { createTestDatabase } from "@/lib/testing/test-db";
import { generateCommunity, type CommunityMember } from "./community";
import { insertCommunity, missingMembers } from "./insert-community";

const HASH = "scrypt$test-hash";

function members(db: ReturnType<typeof createTestDatabase>["db"]) {
  return db.select().from(users).innerJoin(profiles, eq(profiles.userId, users.id)).orderBy(asc(users.id)).all();
}

describe("insertCommunity", () => {
  it("creates each member once, with its profile, role, the given hash and a free handle", () => {
    const { db } = createTestDatabase();
    const community = generateCommunity({ mentors: 4, learners: 6 });
    expect(insertCommunity(db, community, HASH)).toBe(10);
    const rows = members(db);
    expect(rows).toHaveLength(10);
    for (const [i, { users: user, profiles: profile }] of rows.entries()) {
      const member = community[i]!;
      expect(user).toMatchObject({ email: member.email, displayName: member.displayName, role: member.role, passwordHash: HASH });
      // Every field the generator fills in is stored as it is; the rest keep their defaults.
      expect(profile).toMatchObject(member.profile);
      expect(profile.pausedReason).toBeNull();
    }
  });

  it("is idempotent, and a larger second run adds only the difference", () => {
    const { db } = createTestDatabase();
    const small = generateCommunity({ mentors: 3, learners: 5, seed: 7 });
    expect(insertCommunity(db, small, HASH)).toBe(8);
    const before = members(db);
    expect(missingMembers(db, small)).toEqual([]);
    expect(insertCommunity(db, small, HASH)).toBe(0);
    expect(members(db)).toEqual(before);

    const larger = generateCommunity({ mentors: 3, learners: 9, seed: 7 });
    expect(missingMembers(db, larger).map((m) => m.email)).toEqual(larger.slice(8).map((m) => m.email));
    expect(insertCommunity(db, larger, HASH)).toBe(4);
    const after = members(db);
    expect(after.slice(0, 8)).toEqual(before);
    expect(after.map((r) => r.users.email)).toEqual(larger.map((m) => m.email));
  });

  it("gives the handles member-by-member freeHandle would, around existing ones", () => {
    const twins: CommunityMember[] = generateCommunity({ mentors: 2, learners: 2 }).map((m) => ({ ...m, displayName: "Ana María" }));
    const { db: bulk } = createTestDatabase();
    const { db: one } = createTestDatabase();
    for (const db of [bulk, one]) db.insert(users).values({ email: "ana@example.org", handle: "ana-maria-2", displayName: "Ana" }).run();

    insertCommunity(bulk, twins, HASH);
    const expected = twins.map((m) => {
      const handle = freeHandle(one, m.displayName);
      one.insert(users).values({ email: m.email, handle, displayName: m.displayName }).run();
      return handle;
    });
    expect(expected).toEqual(["ana-maria", "ana-maria-3", "ana-maria-4", "ana-maria-5"]);
    expect(members(bulk).map((r) => r.users.handle)).toEqual(expected);
  });

  it("skips members whose email exists, and writes more rows than one INSERT may bind", () => {
    const { db } = createTestDatabase();
    db.insert(users).values({ email: "member-2@example.com", handle: "someone", displayName: "Someone" }).run();
    // 4,000 profiles need several INSERTs (about 1,600 rows each, 20 columns a row).
    const community = generateCommunity({ mentors: 1000, learners: 3000 });
    expect(insertCommunity(db, community, HASH)).toBe(3999);
    expect(db.select().from(users).where(eq(users.email, "member-2@example.com")).get()).toMatchObject({ handle: "someone", passwordHash: null });
    expect(db.select({ n: count() }).from(users).get()?.n).toBe(4000);
    expect(db.select({ n: count() }).from(profiles).get()?.n).toBe(3999);
    expect(new Set(db.select({ handle: users.handle }).from(users).all().map((u) => u.handle)).size).toBe(4000);
  });

  it("dates each account and profile when the member joined, never in the last 48 hours, and leaves other accounts' dates alone", () => {
    const { db } = createTestDatabase();
    const now = new Date("2026-03-01T12:00:00Z");
    db.insert(users).values({ email: "learner@example.com", handle: "lena", displayName: "Lena Learner" }).run();
    const demo = db.select().from(users).get()!;
    const community = generateCommunity({ mentors: 10, learners: 30 });
    insertCommunity(db, community, HASH, { now });

    const rows = members(db);
    for (const [i, { users: user, profiles: profile }] of rows.entries()) {
      const joined = new Date(now.getTime() - community[i]!.joinedAgo * 1000);
      expect(user.createdAt).toEqual(joined);
      expect(user.updatedAt).toEqual(joined);
      expect(profile.updatedAt).toEqual(joined);
      expect(now.getTime() - user.createdAt.getTime()).toBeGreaterThan(48 * 3600 * 1000);
      // Free of the forum's new-account limits, which the end-to-end tests rely on.
      expect(isNewAccount(user, now)).toBe(false);
    }
    expect(new Set(rows.map((r) => r.users.createdAt.getTime())).size).toBe(40);
    expect(db.select().from(users).where(eq(users.email, "learner@example.com")).get()).toEqual(demo);
  });
});
