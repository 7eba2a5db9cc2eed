import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { staffNotes, suspensionAppeals, users, type Role } from "@/db/schema";
import { writeLog } from "./audit";
import { formatMoment, SUSPENSION_DURATIONS } from "./labels";
import { notifySuspended, notifySuspensionLifted } from "./notifications";
import { fieldErrorsOf, reasonSchema, staffNoteSchema, suspensionSchema } from "./schema";
import { activeStaff, isSuspended, loadMember, refuse, staffReader, writeTransaction, type Actor, type Result } from "./staff";

// Staff's tools on a member: private notes (read by staff only, never shown
// to the member), suspensions for a time with a reason the member is told,
// and lifting them. Nobody suspends themselves or an admin, and only an
// admin suspends a moderator.

export const MEMBER_NOT_FOUND = "This member was not found.";
const HOUR = 60 * 60 * 1000;

export type MemberForStaff = {
  id: number;
  handle: string;
  displayName: string;
  role: Role;
  createdAt: Date;
  suspension: { until: Date; reason: string } | null;
};

/** A member's moderation page: who they are and whether they are suspended now. */
export function getMemberForStaff(db: Db, { actor, handle, now = new Date() }: { actor: Actor | null; handle: string; now?: Date }): Result<{ member: MemberForStaff }> {
  const reader = staffReader(db, actor);
  if (!reader.ok) return reader;
  const row = db
    .select({ id: users.id, handle: users.handle, displayName: users.displayName, role: users.role, createdAt: users.createdAt, suspendedUntil: users.suspendedUntil, suspensionReason: users.suspensionReason })
    .from(users)
    .where(eq(users.handle, handle))
    .get();
  if (!row) return refuse(MEMBER_NOT_FOUND, 404);
  const { suspendedUntil, suspensionReason, ...member } = row;
  return { ok: true, member: { ...member, suspension: isSuspended(row, now) ? { until: suspendedUntil!, reason: suspensionReason ?? "" } : null } };
}

export type StaffNote = { id: number; body: string; createdAt: Date; author: { handle: string; displayName: string } | null };

/** Notes on a member, newest first; staff only. */
export function listStaffNotes(db: Db, { actor, userId }: { actor: Actor | null; userId: number }): Result<{ notes: StaffNote[] }> {
  const reader = staffReader(db, actor);
  if (!reader.ok) return reader;
  const notes = db
    .select({ id: staffNotes.id, body: staffNotes.body, createdAt: staffNotes.createdAt, handle: users.handle, displayName: users.displayName })
    .from(staffNotes)
    .leftJoin(users, eq(users.id, staffNotes.authorId))
    .where(eq(staffNotes.userId, userId))
    .orderBy(desc(staffNotes.createdAt), desc(staffNotes.id))
    .all()
    .map(({ handle, displayName, ...n }) => ({ ...n, author: handle && displayName ? { handle, displayName } : null }));
  return { ok: true, notes };
}

export function addStaffNote(db: Db, { actor, userId, body, now = new Date() }: { actor: Actor | null; userId: number; body: unknown; now?: Date }): Result<{ noteId: number; message: string }> {
  const staff = activeStaff(db, actor, now);
  if (!staff.ok) return staff;
  const parsed = staffNoteSchema.safeParse(body);
  if (!parsed.success) return refuse("Please correct the fields marked below.", 400, fieldErrorsOf(parsed.error, "body"));
  return writeTransaction(db, (t) => {
    if (!loadMember(t, userId)) return refuse(MEMBER_NOT_FOUND, 404);
    const note = t.insert(staffNotes).values({ userId, authorId: staff.member.id, body: parsed.data, createdAt: now }).returning({ id: staffNotes.id }).get();
    // The log says a note was added, not what it says: notes stay on the member's page.
    writeLog(t, { actor: staff.member, action: "user.note", targetType: "user", targetId: userId, now });
    return { ok: true as const, noteId: note.id, message: "Note added." };
  });
}

type Who = { id: number; role: Role };

/** Why `actor` (staff) may not suspend `target`, or null when they may. The member page uses it to offer the form. */
export function suspensionRule(actor: Who, target: Who): string | null {
  if (target.id === actor.id) return "You cannot suspend yourself.";
  if (target.role === "admin") return "Admins cannot be suspended.";
  if (target.role === "moderator" && actor.role !== "admin") return "Only an admin can suspend a moderator.";
  return null;
}

const durationLabel = (hours: number) => SUSPENSION_DURATIONS.find((d) => d.hours === hours)?.label ?? (hours % 24 === 0 ? `${hours / 24} days` : `${hours} hours`);

/**
 * Suspends a member from now for `hours` (1 hour to 365 days), with the reason
 * they are told. A suspension already running is replaced (extended or shortened).
 */
export function suspendMember(
  db: Db,
  { actor, userId, hours, reason, now = new Date() }: { actor: Actor | null; userId: number; hours: unknown; reason: unknown; now?: Date },
): Result<{ until: Date; message: string }> {
  const staff = activeStaff(db, actor, now);
  if (!staff.ok) return staff;
  const parsed = suspensionSchema.safeParse({ hours, reason });
  if (!parsed.success) return refuse("Please correct the fields marked below.", 400, fieldErrorsOf(parsed.error));
  return writeTransaction(db, (t) => {
    const target = loadMember(t, userId);
    if (!target) return refuse(MEMBER_NOT_FOUND, 404);
    const rule = suspensionRule(staff.member, target);
    if (rule) return refuse(rule, 403);
    // Whole seconds, as stored: the appeal for this suspension is keyed on it.
    const until = new Date(Math.floor((now.getTime() + parsed.data.hours * HOUR) / 1000) * 1000);
    t.update(users).set({ suspendedUntil: until, suspensionReason: parsed.data.reason, updatedAt: now }).where(eq(users.id, userId)).run();
    writeLog(t, { actor: staff.member, action: "user.suspend", targetType: "user", targetId: userId, reason: `For ${durationLabel(parsed.data.hours)}, until ${formatMoment(until)}: ${parsed.data.reason}`, now });
    notifySuspended(t, { moderatorId: staff.member.id, userId, until, reason: parsed.data.reason, now });
    return { ok: true as const, until, message: `${target.displayName} is suspended until ${formatMoment(until)}.` };
  });
}

/** Ends a running suspension now; open appeals against it are resolved with it. */
export function liftSuspension(db: Db, { actor, userId, reason, now = new Date() }: { actor: Actor | null; userId: number; reason?: unknown; now?: Date }): Result<{ message: string }> {
  const staff = activeStaff(db, actor, now);
  if (!staff.ok) return staff;
  const parsed = reasonSchema.safeParse(reason);
  if (!parsed.success) return refuse("Please correct the fields marked below.", 400, fieldErrorsOf(parsed.error, "reason"));
  return writeTransaction(db, (t) => {
    const target = loadMember(t, userId);
    if (!target) return refuse(MEMBER_NOT_FOUND, 404);
    if (!isSuspended(target, now)) return refuse(`${target.displayName} is not suspended.`, 409);
    liftNow(t, userId, now);
    writeLog(t, { actor: staff.member, action: "user.lift", targetType: "user", targetId: userId, reason: parsed.data, now });
    notifySuspensionLifted(t, { moderatorId: staff.member.id, userId, reason: parsed.data, now });
    return { ok: true as const, message: `${target.displayName}'s suspension is lifted.` };
  });
}

/** Inside a transaction: clears the suspension and resolves the appeals still open. */
export function liftNow(t: Db, userId: number, now: Date): void {
  t.update(users).set({ suspendedUntil: null, suspensionReason: null, updatedAt: now }).where(eq(users.id, userId)).run();
  t.update(suspensionAppeals)
    .set({ resolvedAt: now })
    .where(and(eq(suspensionAppeals.userId, userId), isNull(suspensionAppeals.resolvedAt)))
    .run();
}
