import { scryptSync } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, emails, mentorshipRequests, notifications, users } from "@/db/schema";
import { addAppeal, addFlag, addPost, addReport, addThread, suspend } from "@/lib/moderation/test-fixtures";
import { makeMentorship } from "@/lib/mentorships/space-test-fixtures";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { addMember, addMentor, type TestMember } from "@/lib/testing/members";
import type { WorldRefs } from "./arbitraries";
import { formVocabulary } from "./field-names";

// A small community for the fuzz to aim at: a member of each role, a
// suspended one and a stranger, a thread with a reply and a flag, an active
// mentorship, a pending request, a notification, a failed email, a published
// guidance article, an appeal and a report. Ids in the fuzzed forms then
// sometimes name real rows, some the actor's own and some someone else's.

export const WORLD_PASSWORD = "fuzz-world-password-7";
const NEW_PASSWORD = "a-long-enough-new-password-42";
const TEXT = "Here is what worked for our study group: meet weekly and write it down.";

// Every member shares one hash made at scrypt's lowest cost: checking it is
// instant, so a fuzzed "current password" costs nothing, yet it is a real
// hash in the app's format and the right password is accepted.
const salt = Buffer.from("fuzz-world-salt!");
const CHEAP_HASH = `scrypt$2$1$1$${salt.toString("base64url")}$${scryptSync(WORLD_PASSWORD.normalize("NFKC"), salt, 64, { N: 2, r: 1, p: 1 }).toString("base64url")}`;

export const ACTORS = ["nobody", "learner", "mentor", "moderator", "admin", "suspended"] as const;
export type Actor = (typeof ACTORS)[number];

export type World = {
  members: Record<Exclude<Actor, "nobody">, TestMember> & { stranger: TestMember; otherMentor: TestMember };
  refs: WorldRefs;
  /** The rows by name, for examples that must hit them (fuzzed inputs hit them only by chance). */
  rows: { threadId: number; replyId: number; mentorshipId: number; requestId: number; notificationId: number; emailId: number; articleId: number; appealId: number; reportId: number };
  userIdOf: (actor: Actor) => number | null;
};

const DAY = 24 * 60 * 60 * 1000;

/** Writes the world into `db` (a template the fuzz copies per action) and says what it holds. */
export function buildWorld(db: Db): World {
  const now = new Date();
  const learner = addMember(db, "lena");
  const mentor = addMentor(db, "marco", { capacity: 5 });
  const otherMentor = addMentor(db, "omar");
  const moderator = addMember(db, "mona", { role: "moderator" });
  const admin = addMember(db, "adam", { role: "admin" });
  const suspended = addMember(db, "sid");
  const stranger = addMember(db, "sam");
  db.update(users).set({ passwordHash: CHEAP_HASH }).run();
  suspend(db, suspended.id, new Date(now.getTime() + 7 * DAY));

  const { threadId, openingPostId } = addThread(db, { authorId: learner.id, createdAt: now });
  const replyId = addPost(db, { threadId, authorId: mentor.id, createdAt: now });
  const flagId = addFlag(db, { postId: replyId, flaggerId: stranger.id, createdAt: now });
  const mentorshipId = makeMentorship(db, { learnerId: learner.id, mentorId: mentor.id, goals: ["Give a first talk"] });
  const requestId = db
    .insert(mentorshipRequests)
    .values({ learnerId: stranger.id, mentorId: mentor.id, message: "Could you help me prepare interviews?", createdAt: now, expiresAt: new Date(now.getTime() + 14 * DAY) })
    .returning({ id: mentorshipRequests.id })
    .get().id;
  const notificationId = db
    .insert(notifications)
    .values({ userId: learner.id, kind: "forum_reply", actorId: mentor.id, text: "Marco replied", href: `/forum/t/${threadId}`, createdAt: now })
    .returning({ id: notifications.id })
    .get().id;
  const emailId = db
    .insert(emails)
    .values({ userId: learner.id, to: "lena@example.org", subject: "Marco replied", text: "…", kind: "forum_reply", status: "failed", attempts: 5, nextAttemptAt: now, createdAt: now })
    .returning({ id: emails.id })
    .get().id;
  const articleId = db
    .insert(articles)
    .values({ sourceKey: "written:fuzz", slug: "finding-a-mentor", title: "Finding a mentor", summary: "How to start.", bodyMarkdown: "Start small.", bodyText: "Start small.", readingMinutes: 1, sourceFormat: "written", authorId: mentor.id, status: "published", contentHash: "fuzz" })
    .returning({ id: articles.id })
    .get().id;
  const appealId = addAppeal(db, { userId: suspended.id, suspendedUntil: db.select().from(users).where(eq(users.id, suspended.id)).get()!.suspendedUntil!, createdAt: now });
  const { reportId } = addReport(db, { learnerId: stranger.id, mentorId: otherMentor.id, reporterId: stranger.id, createdAt: now });

  const members = { learner, mentor, moderator, admin, suspended, stranger, otherMentor };
  const soon = new Date(now.getTime() + 3 * DAY).toISOString().slice(0, 16);
  const everyone = Object.values(members);
  const refs: WorldRefs = {
    ids: [...new Set([...everyone.map((m) => m.id), threadId, openingPostId, replyId, flagId, mentorshipId, requestId, notificationId, emailId, articleId, appealId, reportId])],
    handles: everyone.map((m) => m.handle),
    emails: everyone.map((m) => `${m.handle}@example.org`),
    tokens: [unsubscribeToken(learner.id, "forum_reply"), unsubscribeToken(stranger.id, "message")],
    vocabulary: [
      ...formVocabulary(),
      WORLD_PASSWORD,
      NEW_PASSWORD,
      TEXT,
      "How do you stay motivated?",
      soon,
      "30",
      "60",
      "24",
      "5",
    ],
  };
  const byField: Array<[RegExp, readonly string[]]> = [
    // Each id field names the row of its kind (and, as another row's id, a wrong one).
    [/^threadId$/, [threadId, openingPostId].map(String)],
    [/^postId$/, [openingPostId, replyId, threadId].map(String)],
    [/^mentorshipId$/, [mentorshipId, requestId].map(String)],
    [/^requestId$/, [requestId, mentorshipId].map(String)],
    // The mentorship's one goal is the first goal row.
    [/^goalId$/, ["1", "2"]],
    [/^emailId$/, [emailId, notificationId].map(String)],
    [/^articleId$/, [articleId, 1].map(String)],
    [/^userId$/, everyone.map((m) => String(m.id))],
    [/^categoryId$/, ["1", "2"]],
    [/^id$/, [notificationId, appealId, reportId, flagId, replyId].map(String)],
    [/^email$/, [...refs.emails, "new-member@example.org"]],
    [/password/i, [WORLD_PASSWORD, NEW_PASSWORD]],
    [/^(mentor|handle)$/, refs.handles],
    [/^token$/, refs.tokens],
    [/^(rating|hours|minutes|durationMinutes|capacity|hoursPerMonth|yearsExperience|page)$/, ["1", "5", "24", "30", "60"]],
    [/^startsAt$/, [soon]],
    [/timezone$/i, ["Europe/Paris", "UTC"]],
    [/^(title|displayName|headline|q)$/, ["How do you stay motivated?", "Lena Learner"]],
    [/^(body|message|note|notes|nextSteps|comment|question|answer|bio|summary|otherGoals|goal|reportReason|endReason|liftReason)$/, [TEXT]],
    // A request's goals are chosen from the mentor's topics; a profile's are free text.
    [/^goals$/, [TEXT, "Leadership"]],
    // Free text in some forms, a choice from a list in others.
    [/^reason$/, [TEXT, ...refs.vocabulary]],
  ];
  refs.plausible = (field) => byField.find(([pattern]) => pattern.test(field))?.[1] ?? refs.vocabulary;
  const rows = { threadId, replyId, mentorshipId, requestId, notificationId, emailId, articleId, appealId, reportId };
  return { members, refs, rows, userIdOf: (actor) => (actor === "nobody" ? null : members[actor].id) };
}
