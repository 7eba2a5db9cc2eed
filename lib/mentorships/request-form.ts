import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorships, profiles, users } from "@/db/schema";
import { freePlaces } from "./capacity";
import { expireStaleRequests } from "./expiry";
import { REQUEST_LIMITS } from "./request-schema";
import { openRequestBetween, openRequestCount, type Actor } from "./requests";

export type RequestFormContext = {
  mentor: { handle: string; displayName: string };
  profileGoals: string[];
  openCount: number;
  /** Why a request cannot be sent now (the action refuses the same cases), or null. */
  blocked: { message: string; requestId?: number; mentorshipId?: number } | null;
};

/** What the "request mentorship" page needs; null when the handle is not a published mentor. */
export function requestFormContext(db: Db, { actor, mentorHandle, now = new Date() }: { actor: Actor; mentorHandle: string; now?: Date }): RequestFormContext | null {
  expireStaleRequests(db, { now });
  const mentor = db
    .select({ id: users.id, handle: users.handle, displayName: users.displayName, published: profiles.mentorPublished, accepting: profiles.acceptingMentees, suspendedUntil: users.suspendedUntil })
    .from(users)
    .innerJoin(profiles, eq(profiles.userId, users.id))
    .where(eq(users.handle, mentorHandle))
    .get();
  if (!mentor?.published) return null;
  const profileGoals = db.select({ goals: profiles.goals }).from(profiles).where(eq(profiles.userId, actor.id)).get()?.goals ?? [];
  const openCount = openRequestCount(db, { learnerId: actor.id });
  const name = mentor.displayName;

  let blocked: RequestFormContext["blocked"] = null;
  const open = openRequestBetween(db, { learnerId: actor.id, mentorId: mentor.id });
  const together = db
    .select({ id: mentorships.id })
    .from(mentorships)
    .where(and(eq(mentorships.learnerId, actor.id), eq(mentorships.mentorId, mentor.id), eq(mentorships.status, "active")))
    .get();
  if (mentor.id === actor.id) blocked = { message: "This is your own mentor profile: you cannot send yourself a request." };
  else if (together) blocked = { message: `You already have an active mentorship with ${name}.`, mentorshipId: together.id };
  else if (open) blocked = { message: `You already have an open request with ${name}.`, requestId: open.id };
  else if (!mentor.accepting || (mentor.suspendedUntil && mentor.suspendedUntil > now)) blocked = { message: `${name} is not taking new mentees right now.` };
  else if (freePlaces(db, { mentorId: mentor.id }) === 0) blocked = { message: `${name} has no free places right now.` };
  else if (openCount >= REQUEST_LIMITS.openPerLearner)
    blocked = { message: `You already have ${REQUEST_LIMITS.openPerLearner} open requests. Withdraw one or wait for an answer before sending another.` };

  return { mentor: { handle: mentor.handle, displayName: name }, profileGoals, openCount, blocked };
}
