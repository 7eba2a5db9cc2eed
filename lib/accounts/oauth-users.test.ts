import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { createTestDatabase } from "@/lib/testing/test-db";
import { findOrCreateOAuthUser } from "./users";

describe("findOrCreateOAuthUser", () => {
  it("creates an account without a password once, then finds the same one", () => {
    const { db } = createTestDatabase();
    const first = findOrCreateOAuthUser(db, { email: "gh@example.org", displayName: "Git Hubber" });
    expect(first).toMatchObject({ handle: "git-hubber", role: "learner" });
    expect(findOrCreateOAuthUser(db, { email: "gh@example.org", displayName: "Other Name" })?.id).toBe(first?.id);
    expect(db.select().from(users).all()).toHaveLength(1);
  });

  it("never takes over an account that has a password", () => {
    const { db } = createTestDatabase();
    db.insert(users).values({ email: "pw@example.org", passwordHash: "scrypt$x", handle: "pw", displayName: "Pw" }).run();
    expect(findOrCreateOAuthUser(db, { email: "pw@example.org", displayName: "Attacker" })).toBeNull();
  });
});
