import { randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userSessions, users } from "@/db/schema";

export function createSession(db: Db, { userId }: { userId: number }): string {
  const id = randomBytes(24).toString("base64url");
  db.insert(userSessions).values({ id, userId }).run();
  return id;
}

/** A session is live while its row is not revoked and the account's session version has not moved on. */
export function isSessionLive(db: Db, { sessionId, userId, sessionVersion }: { sessionId: string; userId: number; sessionVersion: number }): boolean {
  const row = db
    .select({ version: users.sessionVersion })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .get();
  return row?.version === sessionVersion;
}

export function revokeSession(db: Db, { sessionId }: { sessionId: string }): void {
  db.update(userSessions).set({ revokedAt: new Date() }).where(eq(userSessions.id, sessionId)).run();
}

/** Sign out everywhere (also what a password change does). */
export function revokeAllSessions(db: Db, { userId }: { userId: number }): void {
  db.transaction((tx) => {
    tx.update(userSessions).set({ revokedAt: new Date() }).where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt))).run();
    tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId)).run();
  });
}
