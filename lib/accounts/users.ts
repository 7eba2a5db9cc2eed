import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, type Role } from "@/db/schema";
import { freeHandle } from "./handles";
import { hashPassword } from "./password";

export type PublicUser = { id: number; handle: string; displayName: string; role: Role };

const publicColumns = { id: users.id, handle: users.handle, displayName: users.displayName, role: users.role };

export function findUserById(db: Db, { id }: { id: number }): PublicUser | null {
  return db.select(publicColumns).from(users).where(eq(users.id, id)).get() ?? null;
}

/** For sign-in only: the one place a password hash leaves the database. */
export function findCredentials(db: Db, { email }: { email: string }) {
  return db
    .select({ id: users.id, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, email))
    .get();
}

export function emailTaken(db: Db, { email }: { email: string }): boolean {
  return !!db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
}

/** Creates an account; the caller has validated the input (signUpSchema). */
export async function createUser(
  db: Db,
  { email, password, displayName, role = "learner" }: { email: string; password: string; displayName: string; role?: Role },
): Promise<PublicUser> {
  const passwordHash = await hashPassword(password);
  // Hashing is async; the handle is picked and the row written in one
  // synchronous step so two sign-ups cannot take the same handle.
  return db.transaction((tx) => {
    const handle = freeHandle(tx as unknown as Db, displayName);
    return tx.insert(users).values({ email, passwordHash, displayName, handle, role }).returning(publicColumns).get();
  });
}

export function setRole(db: Db, { email, role }: { email: string; role: Role }): PublicUser | null {
  return db.update(users).set({ role, updatedAt: new Date() }).where(eq(users.email, email)).returning(publicColumns).get() ?? null;
}

/**
 * The local account for someone signing in with an OAuth provider: theirs if
 * they signed up that way before, a new one otherwise. An address that already
 * has a password account is not taken over: its owner signs in with the password.
 */
export function findOrCreateOAuthUser(db: Db, { email, displayName }: { email: string; displayName: string }): (PublicUser & { sessionVersion: number }) | null {
  return db.transaction((tx) => {
    const existing = tx
      .select({ ...publicColumns, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
      .from(users)
      .where(eq(users.email, email))
      .get();
    if (existing) {
      const { passwordHash, ...user } = existing;
      return passwordHash ? null : user;
    }
    const name = displayName.trim().slice(0, 60) || email.split("@")[0]!;
    const handle = freeHandle(tx as unknown as Db, name);
    return tx
      .insert(users)
      .values({ email, passwordHash: null, displayName: name, handle })
      .returning({ ...publicColumns, sessionVersion: users.sessionVersion })
      .get();
  });
}
