import { describe, expect, it } from "vitest";
import type { Role } from "@/db/schema";
import { createTestDatabase } from "@/lib/testing/test-db";
import { changeRole, listUsersForAdmin } from "./roles";
import { findUserById, type PublicUser } from "./users";
import { users } from "@/db/schema";

function setup() {
  const { db } = createTestDatabase();
  // Rows written directly: hashing is not what these tests are about.
  const make = (handle: string, role: Role): PublicUser =>
    db.insert(users).values({ email: `${handle}@example.org`, passwordHash: null, handle, displayName: handle, role }).returning({ id: users.id, handle: users.handle, displayName: users.displayName, role: users.role }).get();
  return { db, admin: make("ada", "admin"), other: make("bo", "learner"), make };
}

describe("changeRole", () => {
  it.each(["learner", "mentor", "moderator"] as const)("refuses a %s, and changes nothing", (role) => {
    const { db, other, make } = setup();
    const actor = make(`actor-${role}`, role);
    expect(changeRole(db, { actor, userId: other.id, role: "admin" })).toMatchObject({ ok: false, status: 403 });
    expect(findUserById(db, { id: other.id })?.role).toBe("learner");
  });

  it("lets an admin change another account's role", () => {
    const { db, admin, other } = setup();
    expect(changeRole(db, { actor: admin, userId: other.id, role: "moderator" })).toMatchObject({ ok: true, user: { role: "moderator" } });
    expect(findUserById(db, { id: other.id })?.role).toBe("moderator");
  });

  it("refuses an admin's own role and unknown accounts", () => {
    const { db, admin } = setup();
    expect(changeRole(db, { actor: admin, userId: admin.id, role: "learner" })).toMatchObject({ ok: false, status: 409 });
    expect(changeRole(db, { actor: admin, userId: 9999, role: "learner" })).toMatchObject({ ok: false, status: 404 });
    expect(findUserById(db, { id: admin.id })?.role).toBe("admin");
  });
});

describe("listUsersForAdmin", () => {
  it("is for admins only", () => {
    const { db, other } = setup();
    expect(listUsersForAdmin(db, { actor: other })).toBeNull();
  });

  it("searches names, handles and emails, treating % and _ literally", () => {
    const { db, admin, make } = setup();
    make("percent_sign", "learner");
    expect(listUsersForAdmin(db, { actor: admin, q: "BO" })?.items.map((u) => u.handle)).toEqual(["bo"]);
    expect(listUsersForAdmin(db, { actor: admin, q: "%" })?.total).toBe(0);
    expect(listUsersForAdmin(db, { actor: admin, q: "b_" })?.total).toBe(0);
    expect(listUsersForAdmin(db, { actor: admin, q: "_sign" })?.items.map((u) => u.handle)).toEqual(["percent_sign"]);
  });
});
