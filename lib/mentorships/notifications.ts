import "server-only";
import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { notify } from "@/lib/notifications/notify";

// What the two people of a request or a mentorship are told, and by whom.
// Each function runs inside the transaction of the change it reports, after
// the change succeeded. Requests and mentorships are private to their pair,
// so the other person is the only one who ever hears of them.

export type RequestEvent = "sent" | "asked" | "answered" | "accepted" | "declined" | "withdrawn";
type Pair = { id: number; learnerId: number; mentorId: number };

const TO_MENTOR: ReadonlySet<RequestEvent> = new Set(["sent", "answered", "withdrawn"]);

const REQUEST_TEXT: Record<RequestEvent, (actor: string) => string> = {
  sent: (learner) => `${learner} sent you a mentorship request.`,
  asked: (mentor) => `${mentor} asked you a question about your mentorship request.`,
  answered: (learner) => `${learner} answered your question about their mentorship request.`,
  accepted: (mentor) => `${mentor} accepted your mentorship request.`,
  declined: (mentor) => `${mentor} declined your mentorship request.`,
  withdrawn: (learner) => `${learner} withdrew their mentorship request.`,
};

function namesOf(db: Db, ids: number[]): Map<number, string> {
  return new Map(db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids)).all().map((u) => [u.id, u.name]));
}

/** One side acted on a request: the other side is told. An accepted request leads to the new mentorship. */
export function notifyRequestChange(db: Db, { request, event, mentorshipId, now }: { request: Pair; event: RequestEvent; mentorshipId?: number; now: Date }): void {
  const byLearner = TO_MENTOR.has(event);
  const actorId = byLearner ? request.learnerId : request.mentorId;
  const recipient = byLearner ? request.mentorId : request.learnerId;
  const actor = namesOf(db, [actorId]).get(actorId) ?? "A former member";
  const href = event === "accepted" && mentorshipId ? `/mentorships/${mentorshipId}` : `/requests/${request.id}`;
  notify(db, { kind: "request", actorId, recipients: [recipient], text: REQUEST_TEXT[event](actor), href, now });
}

/** The clock closed a request: the learner is told (nobody acted, so there is no actor). */
export function notifyRequestExpired(db: Db, { request, waitingFor, now }: { request: Pair; waitingFor: "mentor" | "learner"; now: Date }): void {
  const mentor = namesOf(db, [request.mentorId]).get(request.mentorId) ?? "a former member";
  const text =
    waitingFor === "mentor"
      ? `Your request to ${mentor} expired without an answer.`
      : `Your request to ${mentor} expired while it waited for your answer to their question.`;
  notify(db, { kind: "request", actorId: null, recipients: [request.learnerId], text, href: `/requests/${request.id}`, now });
}

/** A mentor let too many requests expire in a row and new requests to them stopped. */
export function notifyMentorPaused(db: Db, { mentorId, expiries, now }: { mentorId: number; expiries: number; now: Date }): void {
  notify(db, {
    kind: "request",
    actorId: null,
    recipients: [mentorId],
    text: `${expiries} requests in a row expired without an answer, so new requests to you are paused until you tick “Accepting new mentees” again.`,
    subject: "New mentorship requests to you are paused",
    href: "/account/profile",
    now,
  });
}

/** A new message in a mentorship: the other member is told. */
export function notifyNewMessage(db: Db, { mentorshipId, sender, recipientId, now }: { mentorshipId: number; sender: { id: number; displayName: string }; recipientId: number; now: Date }): void {
  notify(db, {
    kind: "message",
    actorId: sender.id,
    recipients: [recipientId],
    text: `${sender.displayName} sent you a message in your mentorship.`,
    // The conversation's section: the newest message is at its bottom.
    href: `/mentorships/${mentorshipId}#messages`,
    now,
  });
}
