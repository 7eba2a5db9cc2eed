import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorships, profiles, users, type Mentorship } from "@/db/schema";
import { activeSuspension, type Suspension } from "@/lib/accounts/suspension";
import { isTimeZone } from "@/lib/profiles/time-zones";

// Who may see and change a mentorship space: its two members, and no one
// else, moderators included (what two people say to each other is private;
// moderators see what a member chooses to report). Every function of the
// space goes through here, so no page or action can forget it.

export type Side = "learner" | "mentor";
export type Person = { id: number; displayName: string; handle: string };

export type Membership = {
  mentorship: Mentorship;
  side: Side;
  /** The member asking, with the time zone of their profile (UTC without one). */
  me: Person & { timeZone: string };
  /** The other member of the pair. */
  other: Person;
};

import { refuse, type Refusal, type Result } from "./result";
export { refuse, type Refusal, type Result };

export const NOT_FOUND_MESSAGE = "This mentorship was not found.";
const NOT_FOUND = refuse(NOT_FOUND_MESSAGE, 404);

import { isRowId } from "@/lib/ids";
export { isRowId };

/**
 * The mentorship with the member's side and the other member, or null when
 * `userId` is not one of its two members (or the id is not an id at all).
 */
export function memberOf(db: Db, { mentorshipId, userId }: { mentorshipId: number; userId: number }): Membership | null {
  if (!isRowId(mentorshipId) || !isRowId(userId)) return null;
  const mentorship = db.select().from(mentorships).where(eq(mentorships.id, mentorshipId)).get();
  if (!mentorship) return null;
  const side: Side | null = mentorship.learnerId === userId ? "learner" : mentorship.mentorId === userId ? "mentor" : null;
  if (!side) return null;
  const otherId = side === "learner" ? mentorship.mentorId : mentorship.learnerId;
  const person = (id: number) =>
    db
      .select({ id: users.id, displayName: users.displayName, handle: users.handle, timeZone: profiles.timezone })
      .from(users)
      .leftJoin(profiles, eq(profiles.userId, users.id))
      .where(eq(users.id, id))
      .get();
  const me = person(userId);
  const other = person(otherId);
  if (!me || !other) return null;
  return {
    mentorship,
    side,
    me: { id: me.id, displayName: me.displayName, handle: me.handle, timeZone: isTimeZone(me.timeZone) ? me.timeZone : "UTC" },
    other: { id: other.id, displayName: other.displayName, handle: other.handle },
  };
}

const suspensionDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

/** "Your account is suspended until 14 Dec 2026, 18:00 UTC: <reason>. …" */
export function suspensionMessage(s: Suspension): string {
  return `Your account is suspended until ${suspensionDate.format(s.until)}${s.reason ? `: ${s.reason.replace(/[.\s]+$/, "")}` : ""}. You can read this mentorship but not write in it.`;
}

export const ENDED_MESSAGE = "This mentorship has ended: it can no longer be changed.";

/**
 * The membership, when the member may write now: a member, not suspended,
 * and (unless `whileEnded` allows it) the mentorship still active.
 * The order matters: a stranger learns nothing, not even that it ended.
 */
export function writableMembership(
  db: Db,
  { mentorshipId, userId, now, whileEnded = false }: { mentorshipId: number; userId: number; now: Date; whileEnded?: boolean },
): Result<{ membership: Membership }> {
  const membership = memberOf(db, { mentorshipId, userId });
  if (!membership) return NOT_FOUND;
  const suspension = activeSuspension(db, { userId, now });
  if (suspension) return refuse(suspensionMessage(suspension), 403);
  if (!whileEnded && membership.mentorship.status !== "active") return refuse(ENDED_MESSAGE, 409);
  return { ok: true, membership };
}

/** Inside a transaction: true when the mentorship is still active (an end may have landed since the first read). */
export function stillActive(db: Db, mentorshipId: number): boolean {
  return db.select({ status: mentorships.status }).from(mentorships).where(eq(mentorships.id, mentorshipId)).get()?.status === "active";
}

/** A zod error's messages by field, as forms show them. */
export function fieldErrorsOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const i of error.issues) (out[String(i.path[0] ?? "form")] ??= []).push(i.message);
  return out;
}
