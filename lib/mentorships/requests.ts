import "server-only";
import { and, count, eq, inArray, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorshipGoals, mentorshipRequests, mentorships, OPEN_REQUEST_STATUSES, profiles, users, type MentorshipRequest } from "@/db/schema";
import { activeSuspension } from "@/lib/accounts/suspension";
import { formatDate } from "@/lib/format";
import { freePlaces } from "./capacity";
import { expireStaleRequests } from "./expiry";
import { notifyRequestChange } from "./notifications";
import { REQUEST_LIFETIME_MS, transition, type RequestAction } from "./request-machine";
import { REQUEST_LIMITS, type SendRequestInput } from "./request-schema";
import { refuse, type Refusal, type Result as Done } from "./result";

// Every change to a request: who may, from which state, within which limits.
// Each function returns a result rather than throwing, so an action can show
// the refusal next to the form; a refusal writes nothing.

export type Actor = { id: number };
const NOT_FOUND = refuse("This request was not found.", 404);

function suspendedRefusal(db: Db, userId: number, now: Date): Refusal | null {
  const s = activeSuspension(db, { userId, now });
  return s ? refuse(`Your account is suspended until ${formatDate(s.until)}${s.reason ? `: ${s.reason}` : ""}. You can read, but not send or answer requests.`, 403) : null;
}

/** A learner asks a mentor (by handle). */
export function sendRequest(db: Db, { actor, mentorHandle, input, now = new Date() }: { actor: Actor; mentorHandle: string; input: SendRequestInput; now?: Date }): Done<{ requestId: number }> {
  const suspended = suspendedRefusal(db, actor.id, now);
  if (suspended) return suspended;
  expireStaleRequests(db, { now });

  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const mentor = t
        .select({ id: users.id, displayName: users.displayName, published: profiles.mentorPublished, accepting: profiles.acceptingMentees, suspendedUntil: users.suspendedUntil })
        .from(users)
        .leftJoin(profiles, eq(profiles.userId, users.id))
        .where(eq(users.handle, mentorHandle))
        .get();
      if (!mentor || !mentor.published) return refuse("There is no mentor with that name.", 404);
      if (mentor.id === actor.id) return refuse("You cannot send a mentorship request to yourself.", 400);
      if (!mentor.accepting || (mentor.suspendedUntil && mentor.suspendedUntil > now)) return refuse(`${mentor.displayName} is not taking new mentees right now.`);
      if (freePlaces(t, { mentorId: mentor.id }) === 0) return refuse(`${mentor.displayName} has no free places right now.`);

      const open = t
        .select({ mentorId: mentorshipRequests.mentorId })
        .from(mentorshipRequests)
        .where(and(eq(mentorshipRequests.learnerId, actor.id), inArray(mentorshipRequests.status, OPEN_REQUEST_STATUSES)))
        .all();
      if (open.some((r) => r.mentorId === mentor.id)) return refuse(`You already have an open request with ${mentor.displayName}.`);
      if (open.length >= REQUEST_LIMITS.openPerLearner)
        return refuse(`You already have ${REQUEST_LIMITS.openPerLearner} open requests. Withdraw one or wait for an answer before sending another.`);
      const together = t
        .select({ id: mentorships.id })
        .from(mentorships)
        .where(and(eq(mentorships.learnerId, actor.id), eq(mentorships.mentorId, mentor.id), eq(mentorships.status, "active")))
        .get();
      if (together) return refuse(`You already have an active mentorship with ${mentor.displayName}.`);

      const { id } = t
        .insert(mentorshipRequests)
        .values({ learnerId: actor.id, mentorId: mentor.id, message: input.message, goals: input.goals, createdAt: now, expiresAt: new Date(now.getTime() + REQUEST_LIFETIME_MS) })
        .returning({ id: mentorshipRequests.id })
        .get();
      notifyRequestChange(t, { request: { id, learnerId: actor.id, mentorId: mentor.id }, event: "sent", now });
      return { ok: true as const, requestId: id };
    },
    { behavior: "immediate" },
  );
}

type Loaded = { request: MentorshipRequest; side: "learner" | "mentor" };

/** The request if the actor is one of its two people; strangers (staff included) learn nothing, not even that it exists. */
function loadForActor(db: Db, requestId: number, actor: Actor): Loaded | null {
  const request = db.select().from(mentorshipRequests).where(eq(mentorshipRequests.id, requestId)).get();
  if (!request) return null;
  if (request.learnerId === actor.id) return { request, side: "learner" };
  if (request.mentorId === actor.id) return { request, side: "mentor" };
  return null;
}

/** Checks the state machine and suspension for one action; the loaded request when allowed. */
function begin(db: Db, { requestId, actor, action, now }: { requestId: number; actor: Actor; action: RequestAction; now: Date }): Refusal | (Loaded & { to: MentorshipRequest["status"] }) {
  const loaded = loadForActor(db, requestId, actor);
  if (!loaded) return NOT_FOUND;
  const suspended = suspendedRefusal(db, actor.id, now);
  if (suspended) return suspended;
  const step = transition({ status: loaded.request.status, action, side: loaded.side, questionAsked: loaded.request.question !== null });
  if (!step.ok) return refuse(step.message, loaded.side === "learner" && (action === "accept" || action === "decline" || action === "ask") ? 403 : 409);
  return { ...loaded, to: step.to };
}

/** Writes a transition only if the row is still in the status it was read in: two tabs cannot both win. */
function update(db: Db, request: MentorshipRequest, values: Partial<MentorshipRequest>): boolean {
  const res = db
    .update(mentorshipRequests)
    .set(values)
    .where(and(eq(mentorshipRequests.id, request.id), eq(mentorshipRequests.status, request.status)))
    .run();
  return res.changes === 1;
}

const CHANGED = refuse("This request changed in the meantime. Reload the page to see it.");

export function askQuestion(db: Db, { actor, requestId, question, now = new Date() }: { actor: Actor; requestId: number; question: string; now?: Date }): Done {
  expireStaleRequests(db, { now });
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const step = begin(t, { requestId, actor, action: "ask", now });
    if ("ok" in step) return step;
    const ok = update(t, step.request, { status: step.to, question, firstResponseAt: step.request.firstResponseAt ?? now });
    if (!ok) return CHANGED;
    resetStreak(t, step.request.mentorId);
    notifyRequestChange(t, { request: step.request, event: "asked", now });
    return { ok: true as const };
  });
}

/** The learner answers the mentor's question; the mentor gets a fresh 14 days to decide. */
export function answerQuestion(db: Db, { actor, requestId, answer, now = new Date() }: { actor: Actor; requestId: number; answer: string; now?: Date }): Done {
  expireStaleRequests(db, { now });
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const step = begin(t, { requestId, actor, action: "answer", now });
    if ("ok" in step) return step;
    if (!update(t, step.request, { status: step.to, answer, expiresAt: new Date(now.getTime() + REQUEST_LIFETIME_MS) })) return CHANGED;
    notifyRequestChange(t, { request: step.request, event: "answered", now });
    return { ok: true as const };
  });
}

export function withdrawRequest(db: Db, { actor, requestId, now = new Date() }: { actor: Actor; requestId: number; now?: Date }): Done {
  expireStaleRequests(db, { now });
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const step = begin(t, { requestId, actor, action: "withdraw", now });
    if ("ok" in step) return step;
    if (!update(t, step.request, { status: step.to, closedAt: now })) return CHANGED;
    notifyRequestChange(t, { request: step.request, event: "withdrawn", now });
    return { ok: true as const };
  });
}

export function declineRequest(
  db: Db,
  { actor, requestId, reason, note, now = new Date() }: { actor: Actor; requestId: number; reason: NonNullable<MentorshipRequest["declineReason"]>; note: string; now?: Date },
): Done {
  expireStaleRequests(db, { now });
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const step = begin(t, { requestId, actor, action: "decline", now });
    if ("ok" in step) return step;
    const ok = update(t, step.request, { status: step.to, declineReason: reason, declineNote: note || null, closedAt: now, firstResponseAt: step.request.firstResponseAt ?? now });
    if (!ok) return CHANGED;
    resetStreak(t, step.request.mentorId);
    notifyRequestChange(t, { request: step.request, event: "declined", now });
    return { ok: true as const };
  });
}

/**
 * The mentor accepts: the mentorship and its goals are created, in ONE
 * immediate transaction that also counts the mentor's free places. SQLite
 * lets one writer in at a time, so of two accepts racing for the last place
 * (two tabs, two server processes), the second reads the count after the
 * first committed and is refused.
 */
export function acceptRequest(db: Db, { actor, requestId, now = new Date() }: { actor: Actor; requestId: number; now?: Date }): Done<{ mentorshipId: number }> {
  expireStaleRequests(db, { now });
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const step = begin(t, { requestId, actor, action: "accept", now });
      if ("ok" in step) return step;
      const { request } = step;
      const places = freePlaces(t, { mentorId: request.mentorId });
      if (places === 0) return refuse("You have no free places left: every place in your capacity is taken. Raise your capacity in your profile or end a mentorship first.");
      const together = t
        .select({ id: mentorships.id })
        .from(mentorships)
        .where(and(eq(mentorships.learnerId, request.learnerId), eq(mentorships.mentorId, request.mentorId), eq(mentorships.status, "active")))
        .get();
      if (together) return refuse("You already have an active mentorship with this learner.");
      if (!update(t, request, { status: step.to, closedAt: now, firstResponseAt: request.firstResponseAt ?? now })) return CHANGED;
      const { id } = t
        .insert(mentorships)
        .values({ requestId: request.id, learnerId: request.learnerId, mentorId: request.mentorId, createdAt: now })
        .returning({ id: mentorships.id })
        .get();
      if (request.goals.length) t.insert(mentorshipGoals).values(request.goals.map((text, position) => ({ mentorshipId: id, text, position }))).run();
      resetStreak(t, request.mentorId);
      notifyRequestChange(t, { request, event: "accepted", mentorshipId: id, now });
      return { ok: true as const, mentorshipId: id };
    },
    { behavior: "immediate" },
  );
}

/** Any answer from the mentor ends a run of expiries. */
function resetStreak(db: Db, mentorId: number) {
  db.update(profiles).set({ expiryStreak: 0 }).where(eq(profiles.userId, mentorId)).run();
}

/** How many requests the learner has open now (for the form's "3 of 5" hint). */
export function openRequestCount(db: Db, { learnerId }: { learnerId: number }): number {
  return (
    db
      .select({ n: count() })
      .from(mentorshipRequests)
      .where(and(eq(mentorshipRequests.learnerId, learnerId), inArray(mentorshipRequests.status, OPEN_REQUEST_STATUSES)))
      .get()?.n ?? 0
  );
}

/** The open request between a learner and a mentor, if any. */
export function openRequestBetween(db: Db, { learnerId, mentorId }: { learnerId: number; mentorId: number }): { id: number } | null {
  return (
    db
      .select({ id: mentorshipRequests.id })
      .from(mentorshipRequests)
      .where(and(eq(mentorshipRequests.learnerId, learnerId), eq(mentorshipRequests.mentorId, mentorId), inArray(mentorshipRequests.status, OPEN_REQUEST_STATUSES)))
      .get() ?? null
  );
}

/** One request as one of its two people sees it; null for anyone else. */
export function getRequestFor(db: Db, { actor, requestId, now = new Date() }: { actor: Actor; requestId: number; now?: Date }) {
  expireStaleRequests(db, { now });
  const loaded = loadForActor(db, requestId, actor);
  if (!loaded) return null;
  const { request, side } = loaded;
  const people = db
    .select({ id: users.id, handle: users.handle, displayName: users.displayName })
    .from(users)
    .where(or(eq(users.id, request.learnerId), eq(users.id, request.mentorId)))
    .all();
  const learner = people.find((p) => p.id === request.learnerId)!;
  const mentor = people.find((p) => p.id === request.mentorId)!;
  const mentorship = request.status === "accepted" ? (db.select({ id: mentorships.id }).from(mentorships).where(eq(mentorships.requestId, request.id)).get() ?? null) : null;
  return { request, side, learner, mentor, mentorshipId: mentorship?.id ?? null };
}
