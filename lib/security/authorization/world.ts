import { scryptSync } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notifications, users, type ProfileFields, type Role } from "@/db/schema";
import { addMember, type TestMember } from "@/lib/testing/members";

// The people every cell of the matrix starts with. The five base members sit
// in the template database; the owner and the stranger are made per cell,
// with the role the row's scenario asks for.

export const ROLES = ["anonymous", "learner", "mentor", "moderator", "admin", "suspended", "owner", "stranger"] as const;
export type MatrixRole = (typeof ROLES)[number];

const DAY = 24 * 60 * 60 * 1000;

/** Everyone's password. Stored with scrypt at a test cost (N=2^10): the app verifies any cost it reads, and the real one (0.4 s a check) would dominate the suite. */
export const PASSWORD = "matrix-password-2026";
const SALT = Buffer.from("authorization-matrix");
const PASSWORD_HASH = `scrypt$1024$8$1$${SALT.toString("base64url")}$${scryptSync(PASSWORD.normalize("NFKC"), SALT, 64, { N: 1024, r: 8, p: 1 }).toString("base64url")}`;

/** A member a month old (past the forum's new-account limits) with the shared password, and a profile when given. */
export function member(db: Db, handle: string, role: Role = "learner", profile?: Partial<ProfileFields>): TestMember {
  const m = addMember(db, handle, { role, profile });
  db.update(users)
    .set({ createdAt: new Date(Date.now() - 30 * DAY), passwordHash: PASSWORD_HASH })
    .where(eq(users.id, m.id))
    .run();
  return m;
}

export function suspendUntil(db: Db, userId: number, until: Date): void {
  db.update(users).set({ suspendedUntil: until, suspensionReason: "Repeated spam in the forum" }).where(eq(users.id, userId)).run();
}

/** The template's members, by role. */
export function seedBaseMembers(db: Db): void {
  member(db, "lena");
  member(db, "marco", "mentor");
  member(db, "mona", "moderator");
  member(db, "adam", "admin");
  const sid = member(db, "sid");
  // A week from when the template is made: the suite runs well inside it.
  suspendUntil(db, sid.id, new Date(Date.now() + 7 * DAY));
}

export type World = {
  db: Db;
  now: Date;
  learner: TestMember;
  mentor: TestMember;
  moderator: TestMember;
  admin: TestMember;
  /** A learner suspended until next week. */
  suspended: TestMember;
  /** Whom the action's object belongs to (each scenario says who that is). */
  owner: TestMember;
  /** Same role as the owner, nothing to do with the object. */
  stranger: TestMember;
};

function byHandle(db: Db, handle: string): TestMember {
  const row = db.select({ id: users.id, handle: users.handle, displayName: users.displayName, role: users.role }).from(users).where(eq(users.handle, handle)).get();
  if (!row) throw new Error(`the template has no member @${handle}`);
  return row;
}

export function makeWorld(db: Db, ownerRole: Role, ownerProfile?: Partial<ProfileFields>): World {
  return {
    db,
    now: new Date(),
    learner: byHandle(db, "lena"),
    mentor: byHandle(db, "marco"),
    moderator: byHandle(db, "mona"),
    admin: byHandle(db, "adam"),
    suspended: byHandle(db, "sid"),
    owner: member(db, "owen", ownerRole, ownerProfile),
    stranger: member(db, "stan", ownerRole, ownerProfile),
  };
}

export const actorOf = (w: World, role: MatrixRole): TestMember | null => (role === "anonymous" ? null : w[role]);

/** Everyone a cell may act as. */
export const membersOf = (w: World): TestMember[] => [w.learner, w.mentor, w.moderator, w.admin, w.suspended, w.owner, w.stranger];

export function addNotification(db: Db, userId: number, href = "/forum"): number {
  return db
    .insert(notifications)
    .values({ userId, kind: "forum_reply", text: "Someone replied in your thread.", href, createdAt: new Date(Date.now() - 60_000) })
    .returning({ id: notifications.id })
    .get().id;
}
