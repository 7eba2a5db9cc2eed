import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { moderationLog, suspensionAppeals, users } from "@/db/schema";
import { writeLog } from "./audit";
import { notifyAppealAnswered } from "./notifications";
import { fieldErrorsOf, appealSchema, reasonSchema, type AppealDecision } from "./schema";
import { activeStaff, isSuspended, loadMember, refuse, SIGN_IN_FIRST, writeTransaction, type Actor, type Result } from "./staff";
import { liftNow } from "./users";

// A suspended member may send one appeal per suspension (a unique index on
// the member and the suspension's end, so a new suspension allows a new
// appeal); it lands in the review queue, where staff keep the suspension or
// lift it, with a reason the member reads on their appeal page.

export const APPEAL_CONFIRMATION = "Your appeal was sent. A moderator will review it; you will see the answer on this page.";
export const APPEAL_NOT_FOUND = "This appeal was not found.";

export type AppealView = {
  /** The suspension running now, or null. */
  suspension: { until: Date; reason: string } | null;
  /** The appeal against the running suspension, else the member's latest one. */
  appeal: {
    body: string;
    createdAt: Date;
    resolvedAt: Date | null;
    /** For the running suspension: false means this member may still send one. */
    forCurrentSuspension: boolean;
    decision: { outcome: "upheld" | "lifted"; reason: string | null } | null;
  } | null;
};

/** What the member's appeal page shows. */
export function getAppealView(db: Db, { actor, now = new Date() }: { actor: Actor | null; now?: Date }): Result<AppealView> {
  const member = loadMember(db, actor?.id);
  if (!member) return SIGN_IN_FIRST;
  const suspension = isSuspended(member, now) ? { until: member.suspendedUntil!, reason: member.suspensionReason ?? "" } : null;
  const row = db.select().from(suspensionAppeals).where(eq(suspensionAppeals.userId, member.id)).orderBy(desc(suspensionAppeals.createdAt), desc(suspensionAppeals.id)).limit(1).get();
  if (!row) return { ok: true, suspension, appeal: null };
  const decided = row.resolvedAt
    ? db
        .select({ action: moderationLog.action, reason: moderationLog.reason })
        .from(moderationLog)
        .where(and(eq(moderationLog.targetType, "appeal"), eq(moderationLog.targetId, row.id)))
        .orderBy(desc(moderationLog.id))
        .limit(1)
        .get()
    : undefined;
  return {
    ok: true,
    suspension,
    appeal: {
      body: row.body,
      createdAt: row.createdAt,
      resolvedAt: row.resolvedAt,
      forCurrentSuspension: !!suspension && row.suspendedUntil.getTime() === suspension.until.getTime(),
      // Resolved without a decision of its own: the suspension was lifted from the member's page.
      decision: row.resolvedAt ? { outcome: decided?.action === "appeal.uphold" ? "upheld" : "lifted", reason: decided?.reason ?? null } : null,
    },
  };
}

export function sendAppeal(db: Db, { actor, body, now = new Date() }: { actor: Actor | null; body: unknown; now?: Date }): Result<{ appealId: number; message: string }> {
  const member = loadMember(db, actor?.id);
  if (!member) return SIGN_IN_FIRST;
  if (!isSuspended(member, now)) return refuse("Your account is not suspended: there is nothing to appeal.", 409);
  const parsed = appealSchema.safeParse(body);
  if (!parsed.success) return refuse("Please correct the fields marked below.", 400, fieldErrorsOf(parsed.error, "body"));
  return writeTransaction(db, (t) => {
    const until = member.suspendedUntil!;
    const sent = t
      .select({ id: suspensionAppeals.id })
      .from(suspensionAppeals)
      .where(and(eq(suspensionAppeals.userId, member.id), eq(suspensionAppeals.suspendedUntil, until)))
      .get();
    if (sent) return refuse("You have already appealed this suspension: a moderator will review it.", 409);
    const row = t.insert(suspensionAppeals).values({ userId: member.id, suspendedUntil: until, body: parsed.data, createdAt: now }).returning({ id: suspensionAppeals.id }).get();
    return { ok: true as const, appealId: row.id, message: APPEAL_CONFIRMATION };
  });
}

/** Staff answer an appeal: keep the suspension ("uphold") or lift it now. */
export function resolveAppeal(
  db: Db,
  { actor, appealId, decision, reason, now = new Date() }: { actor: Actor | null; appealId: number; decision: AppealDecision; reason?: unknown; now?: Date },
): Result<{ message: string }> {
  const staff = activeStaff(db, actor, now);
  if (!staff.ok) return staff;
  const parsed = reasonSchema.safeParse(reason);
  if (!parsed.success) return refuse("Please correct the fields marked below.", 400, fieldErrorsOf(parsed.error, "reason"));
  if (decision !== "uphold" && decision !== "lift") return refuse("Choose whether to keep or lift the suspension.", 400);
  return writeTransaction(db, (t) => {
    const appeal = t
      .select({ id: suspensionAppeals.id, userId: suspensionAppeals.userId, suspendedUntil: suspensionAppeals.suspendedUntil, resolvedAt: suspensionAppeals.resolvedAt, name: users.displayName, currentUntil: users.suspendedUntil })
      .from(suspensionAppeals)
      .innerJoin(users, eq(users.id, suspensionAppeals.userId))
      .where(eq(suspensionAppeals.id, appealId))
      .get();
    if (!appeal) return refuse(APPEAL_NOT_FOUND, 404);
    if (appeal.resolvedAt) return refuse("This appeal was already answered.", 409);
    if (appeal.userId === staff.member.id) return refuse("You cannot answer your own appeal.", 403);
    t.update(suspensionAppeals).set({ resolvedAt: now }).where(eq(suspensionAppeals.id, appealId)).run();
    // Lifting ends the suspension the appeal answers, if it is still the one running.
    const running = appeal.currentUntil && appeal.currentUntil.getTime() === appeal.suspendedUntil.getTime() && appeal.currentUntil > now;
    if (decision === "lift" && running) liftNow(t, appeal.userId, now);
    writeLog(t, { actor: staff.member, action: decision === "lift" ? "appeal.lift" : "appeal.uphold", targetType: "appeal", targetId: appealId, reason: parsed.data, now });
    notifyAppealAnswered(t, { moderatorId: staff.member.id, userId: appeal.userId, outcome: decision === "uphold" ? "upheld" : running ? "lifted" : "granted", reason: parsed.data, now });
    return { ok: true as const, message: decision === "lift" ? `Appeal granted: ${appeal.name}'s suspension is lifted.` : `Appeal refused: ${appeal.name} stays suspended.` };
  });
}
