import { asc, count, eq, or, sql, type AnyColumn } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { ROLES, users, type Role } from "@/db/schema";
import type { PublicUser } from "./users";

export const changeRoleSchema = z.object({
  userId: z.coerce.number().int().positive(),
  role: z.enum(ROLES, { error: "Choose one of the roles." }),
});

export type ChangeRoleResult = { ok: true; user: PublicUser } | { ok: false; status: 403 | 404 | 409; message: string };

/** Only an admin changes roles, and never their own (so the last admin cannot lock everyone out by mistake). */
export function changeRole(db: Db, { actor, userId, role }: { actor: PublicUser; userId: number; role: Role }): ChangeRoleResult {
  if (actor.role !== "admin") return { ok: false, status: 403, message: "Only admins can change roles." };
  if (actor.id === userId) return { ok: false, status: 409, message: "You cannot change your own role; ask another admin." };
  const user = db
    .update(users)
    .set({ role, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id, handle: users.handle, displayName: users.displayName, role: users.role })
    .get();
  return user ? { ok: true, user } : { ok: false, status: 404, message: "That account does not exist." };
}

export const USERS_PER_PAGE = 25;

/** The admin's list of accounts, searchable by name, handle or email. */
export function listUsersForAdmin(db: Db, { actor, q = "", page = 1 }: { actor: PublicUser; q?: string; page?: number }) {
  if (actor.role !== "admin") return null;
  const pattern = `%${q.trim().toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const contains = (column: AnyColumn) => sql`lower(${column}) LIKE ${pattern} ESCAPE '\\'`;
  const where = q.trim() ? or(contains(users.email), contains(users.handle), contains(users.displayName)) : undefined;
  const total = db.select({ n: count() }).from(users).where(where).get()?.n ?? 0;
  const items = db
    .select({ id: users.id, email: users.email, handle: users.handle, displayName: users.displayName, role: users.role })
    .from(users)
    .where(where)
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(USERS_PER_PAGE)
    .offset((Math.max(1, page) - 1) * USERS_PER_PAGE)
    .all();
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / USERS_PER_PAGE)) };
}
