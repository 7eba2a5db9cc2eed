import "server-only";
import { aliasedTable, and, desc, eq, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorshipRequests, mentorships, profiles, users, type MentorshipStatus, type RequestStatus } from "@/db/schema";
import { expireStaleRequests } from "./expiry";

export type RequestSummary = { id: number; status: RequestStatus; createdAt: Date; expiresAt: Date; other: { handle: string; displayName: string }; goals: string[] };
export type MentorshipSummary = { id: number; status: MentorshipStatus; createdAt: Date; endedAt: Date | null; side: "learner" | "mentor"; other: { handle: string; displayName: string } };

const LIST_LIMIT = 100;

/** Everything on "My mentorships" for one member: requests both ways, and mentorships, newest first. */
export function mentorshipOverview(db: Db, { userId, now = new Date() }: { userId: number; now?: Date }) {
  expireStaleRequests(db, { now });
  const other = aliasedTable(users, "other");

  const requests = (side: "learner" | "mentor"): RequestSummary[] => {
    const mine = side === "learner" ? mentorshipRequests.learnerId : mentorshipRequests.mentorId;
    const theirs = side === "learner" ? mentorshipRequests.mentorId : mentorshipRequests.learnerId;
    return db
      .select({
        id: mentorshipRequests.id,
        status: mentorshipRequests.status,
        createdAt: mentorshipRequests.createdAt,
        expiresAt: mentorshipRequests.expiresAt,
        goals: mentorshipRequests.goals,
        other: { handle: other.handle, displayName: other.displayName },
      })
      .from(mentorshipRequests)
      .innerJoin(other, eq(other.id, theirs))
      .where(eq(mine, userId))
      .orderBy(desc(mentorshipRequests.createdAt), desc(mentorshipRequests.id))
      .limit(LIST_LIMIT)
      .all();
  };

  const rows = db
    .select({
      id: mentorships.id,
      status: mentorships.status,
      createdAt: mentorships.createdAt,
      endedAt: mentorships.endedAt,
      learnerId: mentorships.learnerId,
      other: { handle: other.handle, displayName: other.displayName },
    })
    .from(mentorships)
    .innerJoin(other, or(and(eq(mentorships.learnerId, userId), eq(other.id, mentorships.mentorId)), and(eq(mentorships.mentorId, userId), eq(other.id, mentorships.learnerId))))
    .where(or(eq(mentorships.learnerId, userId), eq(mentorships.mentorId, userId)))
    .orderBy(desc(mentorships.createdAt), desc(mentorships.id))
    .limit(LIST_LIMIT)
    .all();
  const all: MentorshipSummary[] = rows.map(({ learnerId, ...m }) => ({ ...m, side: learnerId === userId ? "learner" : "mentor" }));

  const sent = requests("learner");
  const received = requests("mentor");
  const pausedReason = db.select({ reason: profiles.pausedReason }).from(profiles).where(eq(profiles.userId, userId)).get()?.reason ?? null;
  return {
    sent,
    received,
    awaitingYou: received.filter((r) => r.status === "pending").length + sent.filter((r) => r.status === "needs_info").length,
    active: all.filter((m) => m.status === "active"),
    past: all.filter((m) => m.status !== "active"),
    pausedReason,
  };
}

