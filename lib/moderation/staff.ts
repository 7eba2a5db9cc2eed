import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, type Role } from "@/db/schema";
import { isStaff } from "@/lib/accounts/role-checks";
import { refuse, type Refusal, type Result } from "@/lib/mentorships/result";
import { formatMoment } from "./labels";

// Who is acting, read from the database on every call: a role changed or a
// suspension set a second ago counts now, whatever the caller's session says.

export type Actor = { id: number };
export type Member = { id: number; handle: string; displayName: string; role: Role; suspendedUntil: Date | null; suspensionReason: string | null };

export const SIGN_IN_FIRST = refuse("Sign in first.", 403);
export const STAFF_ONLY = refuse("Only moderators and admins can do this.", 403);

export function loadMember(db: Db, id: unknown): Member | null {
  if (typeof id !== "number" || !Number.isSafeInteger(id) || id <= 0) return null;
  return (
    db
      .select({ id: users.id, handle: users.handle, displayName: users.displayName, role: users.role, suspendedUntil: users.suspendedUntil, suspensionReason: users.suspensionReason })
      .from(users)
      .where(eq(users.id, id))
      .get() ?? null
  );
}

export const isSuspended = (m: Pick<Member, "suspendedUntil">, now: Date) => !!m.suspendedUntil && m.suspendedUntil.getTime() > now.getTime();

/** "Your account is suspended until 14 Dec 2026, 18:00 UTC: <reason>. You can read but not post." */
export function suspendedMessage(m: Pick<Member, "suspendedUntil" | "suspensionReason">): string {
  const reason = m.suspensionReason?.replace(/[.\s]+$/, "");
  return `Your account is suspended until ${formatMoment(m.suspendedUntil!)}${reason ? `: ${reason}` : ""}. You can read but not post.`;
}

/** A signed-in member who may act now (exists, not suspended). */
export function activeMember(db: Db, actor: Actor | null | undefined, now: Date): Result<{ member: Member }> {
  const member = loadMember(db, actor?.id);
  if (!member) return SIGN_IN_FIRST;
  if (isSuspended(member, now)) return refuse(suspendedMessage(member), 403);
  return { ok: true, member };
}

/** A moderator or admin who may act now; a suspended one may not moderate either. */
export function activeStaff(db: Db, actor: Actor | null | undefined, now: Date): Result<{ member: Member }> {
  const member = loadMember(db, actor?.id);
  if (!member) return SIGN_IN_FIRST;
  if (!isStaff(member)) return STAFF_ONLY;
  if (isSuspended(member, now)) return refuse(suspendedMessage(member), 403);
  return { ok: true, member };
}

/** For reads: staff (suspended or not may read, as every member). */
export function staffReader(db: Db, actor: Actor | null | undefined): Result<{ member: Member }> {
  const member = loadMember(db, actor?.id);
  if (!member) return SIGN_IN_FIRST;
  return isStaff(member) ? { ok: true, member } : STAFF_ONLY;
}

class Rollback {
  constructor(readonly refusal: Refusal) {}
}

/**
 * One write transaction, taken at once (BEGIN IMMEDIATE) so that what it
 * checks cannot change before it writes. A refusal returned from `fn` rolls
 * back whatever it wrote: a refusal changes nothing.
 */
export function writeTransaction<T extends { ok: boolean }>(db: Db, fn: (t: Db) => T | Refusal): T | Refusal {
  try {
    return db.transaction(
      (tx) => {
        const result = fn(tx as unknown as Db);
        if (!result.ok) throw new Rollback(result as Refusal);
        return result;
      },
      { behavior: "immediate" },
    );
  } catch (e) {
    if (e instanceof Rollback) return e.refusal;
    throw e;
  }
}

export { refuse, type Refusal, type Result };
