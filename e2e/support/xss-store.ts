// Stores the corpus values the spec's forms did not send (e2e/support/
// xss-fields.ts: storedValues), through the same lib/ functions and zod
// schemas the server actions use, against the e2e database. Run by
// runXssStore() (xss-store-run.ts) after the spec's form tests; prints one
// line of JSON (XssManifest) for the spec to visit. Nothing here writes SQL:
// a value the app would refuse is refused here too, and the script fails.

import { desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emails, forumCategories, forumPosts, forumThreads, users } from "@/db/schema";
import { displayNameSchema } from "@/lib/accounts/schemas";
import { findOrCreateOAuthUser, findUserById, type PublicUser } from "@/lib/accounts/users";
import { saveGuidance, unpublishGuidance } from "@/lib/articles/guidance";
import { guidanceSchema, unpublishSchema } from "@/lib/articles/guidance-schema";
import { notifyContentChanged } from "@/lib/content-refresh/notify";
import { replyToThread } from "@/lib/forum/posts";
import { newThreadSchema, replySchema } from "@/lib/forum/schema";
import { createThread } from "@/lib/forum/threads";
import { endMentorship } from "@/lib/mentorships/ending";
import { leaveFeedback } from "@/lib/mentorships/feedback";
import { addGoal } from "@/lib/mentorships/goals";
import { sendMessage } from "@/lib/mentorships/messages";
import { reportProblem } from "@/lib/mentorships/reports";
import { acceptRequest, answerQuestion, askQuestion, declineRequest, sendRequest } from "@/lib/mentorships/requests";
import { answerSchema, declineSchema, questionSchema, sendRequestSchema } from "@/lib/mentorships/request-schema";
import { logSession } from "@/lib/mentorships/sessions";
import { addGoalSchema, endSchema, feedbackSchema, messageSchema, reportSchema, sessionSchema } from "@/lib/mentorships/space-schema";
import { sendAppeal } from "@/lib/moderation/appeals";
import { flagPost } from "@/lib/moderation/flags";
import { approvePost, hidePost } from "@/lib/moderation/post-actions";
import { resolveReport } from "@/lib/moderation/queue";
import { pinThread, renameThread, unpinThread } from "@/lib/moderation/thread-actions";
import { addStaffNote, liftSuspension, suspendMember } from "@/lib/moderation/users";
import { fieldsFromProfile } from "@/lib/profiles/form";
import { getOwnProfile, saveOwnProfile } from "@/lib/profiles/queries";
import { E2E_BASE_URL } from "../../playwright.config";
import { storedValues, type XssField } from "./xss-fields";
import { XSS_PAYLOADS } from "./xss-payloads";
import type { XssManifest } from "./xss-store-run";

const db = getDb();
const MINUTE = 60_000;
const stored: Partial<Record<XssField, number>> = {};

/** The stored values of a field, counted for the manifest. */
function values(field: XssField): string[] {
  const list = storedValues(field);
  stored[field] = list.length;
  return list;
}

/** A lib result that must have succeeded: a refusal means the corpus or this script is wrong. */
function ok<T extends { ok: boolean }>(what: string, result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`${what} was refused: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

/** What a server action does first: the same schema's safeParse. */
function parsed<S extends { safeParse: (v: unknown) => { success: boolean; data?: unknown; error?: unknown } }>(what: string, schema: S, input: unknown) {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(`${what} is invalid: ${JSON.stringify(result.error)}`);
  return result.data as NonNullable<ReturnType<S["safeParse"]>["data"]>;
}

function member(email: string): PublicUser & { email: string } {
  const row = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  if (!row) throw new Error(`No account ${email}`);
  return { ...findUserById(db, { id: row.id })!, email };
}

const seeded = (n: number) => member(`member-${n}@example.com`);
const moderator = member("moderator@example.com");
const cycle = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

// ------------------------------------------------------------------ accounts

/**
 * Accounts named from the corpus, made as a GitHub sign-in makes them (a
 * password sign-up would spend a second of scrypt on each): the names the
 * sign-up form takes, checked by its schema, then names no rule checks
 * (findOrCreateOAuthUser keeps any 60 characters), and more of those until
 * every headline has a profile to go on.
 */
function hostileAccounts(headlineProfiles: number) {
  const checked = values("displayName").map((name) => parsed("name", displayNameSchema, name));
  const unchecked = values("oauthName");
  const total = Math.max(checked.length + unchecked.length, headlineProfiles);
  return Array.from({ length: total }, (_, i) => {
    const email = `xss-member-${i + 1}@example.com`;
    const user = findOrCreateOAuthUser(db, { email, displayName: checked[i] ?? cycle(unchecked, i - checked.length) });
    if (!user) throw new Error(`${email} exists with a password`);
    return { ...user, email };
  });
}

function saveProfiles(profiles: { user: PublicUser; mentor: boolean }[]) {
  const [headlines, bios, goals] = [values("headline"), values("bio"), values("profileGoals")];
  profiles.forEach(({ user, mentor }, i) => {
    const current = fieldsFromProfile(getOwnProfile({ user }));
    const input = {
      ...current,
      headline: headlines[i] ?? "",
      bio: cycle(bios, i),
      goals: goals[i] ?? current.goals,
      timezone: current.timezone || "Europe/Berlin",
      ...(mentor ? { offerMentoring: true, expertise: ["mentorship"], formats: ["video"], capacity: "20", hoursPerMonth: "4", yearsExperience: "9", acceptingMentees: true, languages: ["English"] } : {}),
    };
    const result = saveOwnProfile({ user, input });
    if (result.kind !== "saved") throw new Error(`profile of ${user.handle}: ${JSON.stringify(result.error)}`);
  });
}

// --------------------------------------------------- requests and mentorships

/** One learner asks every mentor in turn: each request is closed before the next, so the open-request limit never bites. */
function requestsAndMentorships(learner: PublicUser & { email: string }, mentors: PublicUser[]) {
  const [messages, goals, questions, answers, notes] = [values("requestMessage"), values("requestGoals"), values("requestQuestion"), values("requestAnswer"), values("declineNote")];
  const [ends, comments, spaceGoals] = [values("endReason"), values("feedbackComment"), values("mentorshipGoal")];
  // One mentorship per end reason, one more left active for sessions, messages and reports.
  const declined = Math.max(notes.length, messages.length, goals.length, questions.length, answers.length);
  const total = declined + ends.length + 1;
  const requests: XssManifest["requests"] = [];
  const mentorships: XssManifest["mentorships"] = [];
  const pairs: { id: number; learner: PublicUser; mentor: PublicUser }[] = [];

  for (let r = 0; r < total; r++) {
    const mentor = cycle(mentors, r);
    const input = parsed("request", sendRequestSchema, { message: cycle(messages, r), goals: { chosen: [], other: cycle(goals, r) } });
    const { requestId } = ok("request", sendRequest(db, { actor: learner, mentorHandle: mentor.handle, input }));
    requests.push({ id: requestId, learnerEmail: learner.email });
    if (r < questions.length) {
      ok("question", askQuestion(db, { actor: mentor, requestId, question: parsed("question", questionSchema, { question: questions[r] }).question }));
      ok("answer", answerQuestion(db, { actor: learner, requestId, answer: parsed("answer", answerSchema, { answer: cycle(answers, r) }).answer }));
    }
    if (r < declined) {
      const decline = parsed("decline", declineSchema, { reason: "other", note: cycle(notes, r) });
      ok("decline", declineRequest(db, { actor: mentor, requestId, ...decline }));
    } else {
      const { mentorshipId } = ok("accept", acceptRequest(db, { actor: mentor, requestId }));
      pairs.push({ id: mentorshipId, learner, mentor });
      mentorships.push({ id: mentorshipId, learnerEmail: learner.email, active: true });
    }
  }

  // Ten goals fit beside a request's ten in each mentorship (20 at most); a
  // goal the request already brought goes to the next mentorship.
  let slot = 0;
  for (const text of spaceGoals) {
    const { goal } = parsed("goal", addGoalSchema, { goal: text });
    for (let tries = 0; ; tries++, slot += 10) {
      const pair = cycle(pairs, Math.floor(slot / 10));
      const result = addGoal(db, { mentorshipId: pair.id, userId: pair.mentor.id, goal });
      if (result.ok) break;
      if (tries > pairs.length) ok("goal", result);
    }
    slot++;
  }

  const active = pairs[pairs.length - 1]!;
  fillActiveSpace(active);
  const queueReasons = values("queueReason");
  const reports = values("reportReason");
  // Reports the queue resolves with a reason: five open per member and mentorship at most.
  queueReasons.forEach((reason, i) => {
    const pair = pairs[Math.floor(i / 5) % (pairs.length - 1)]!;
    const { reportId } = ok("report", reportProblem(db, { mentorshipId: pair.id, userId: pair.mentor.id, reason: parsed("report", reportSchema, { reason: cycle(reports, i) }).reason }));
    ok("resolve report", resolveReport(db, { actor: moderator, reportId, reason }));
  });
  // Reports left open, for the queue to show.
  reports.forEach((reason, i) => ok("report", reportProblem(db, { mentorshipId: active.id, userId: i < 5 ? active.learner.id : active.mentor.id, reason: parsed("report", reportSchema, { reason }).reason })));

  pairs.slice(0, -1).forEach((pair, i) => {
    const end = parsed("end", endSchema, { outcome: "completed", reason: ends[i] });
    ok("end", endMentorship(db, { mentorshipId: pair.id, userId: pair.mentor.id, outcome: end.outcome, reason: end.reason }));
    mentorships[i]!.active = false;
    const [forLearner, forMentor] = [comments[2 * i], comments[2 * i + 1]];
    if (forLearner) ok("feedback", leaveFeedback(db, { mentorshipId: pair.id, userId: pair.learner.id, ...parsed("feedback", feedbackSchema, { rating: "5", comment: forLearner }) }));
    if (forMentor) ok("feedback", leaveFeedback(db, { mentorshipId: pair.id, userId: pair.mentor.id, ...parsed("feedback", feedbackSchema, { rating: "4", comment: forMentor }) }));
  });
  if (comments.length > 2 * (pairs.length - 1)) throw new Error("More feedback values than completed mentorships");
  return { requests, mentorships };
}

/** Sessions (planned, so the next one is in the calendar file) and messages, in the mentorship left active. */
function fillActiveSpace(pair: { id: number; learner: PublicUser; mentor: PublicUser }) {
  const [notes, nextSteps] = [values("sessionNotes"), values("sessionNextSteps")];
  for (let i = 0; i < Math.max(notes.length, nextSteps.length); i++) {
    const day = new Date(Date.now() + (i + 2) * 24 * 60 * MINUTE).toISOString().slice(0, 10);
    const input = parsed("session", sessionSchema, { startsAt: `${day}T18:30`, durationMinutes: "60", notes: notes[i] ?? "", nextSteps: nextSteps[i] ?? "" });
    ok("session", logSession(db, { mentorshipId: pair.id, userId: pair.mentor.id, input }));
  }
  values("message").forEach((body, i) => {
    const author = i % 2 ? pair.learner : pair.mentor;
    ok("message", sendMessage(db, { mentorshipId: pair.id, userId: author.id, body: parsed("message", messageSchema, { body }).body }));
  });
}

// --------------------------------------------------------------------- forum

function forum(authors: PublicUser[], repliers: PublicUser[], flaggers: PublicUser[]) {
  const formThread = db
    .select({ id: forumThreads.id, categoryId: forumThreads.categoryId })
    .from(forumThreads)
    .where(eq(forumThreads.authorId, member("member-20@example.com").id))
    .orderBy(desc(forumThreads.id))
    .get();
  if (!formThread) throw new Error("The spec's forum thread is missing");
  const category = db.select({ slug: forumCategories.slug }).from(forumCategories).where(eq(forumCategories.id, formThread.categoryId)).get()!;

  // Backdated and spread over the authors, so the five-posts-a-minute limit lets them through.
  const start = Date.now() - 6 * 60 * MINUTE;
  const threadIds = values("threadTitle").map((title, i) => {
    const input = parsed("thread", newThreadSchema, { title, body: `A thread whose title comes from the corpus.\n\nxsscorpus threadTitle ${i + 1}` });
    return ok("thread", createThread(db, { actor: cycle(authors, i), categoryId: formThread.categoryId, ...input, now: new Date(start + i * 20_000) })).threadId;
  });
  const firstPosts = db.select({ id: forumPosts.id, threadId: forumPosts.threadId }).from(forumPosts).where(inArray(forumPosts.threadId, threadIds)).all();
  const opening = new Map(firstPosts.map((p) => [p.threadId, p.id]));

  // Members with corpus names reply in the form thread: its author is told each name.
  repliers.forEach((actor, i) => {
    const { body } = parsed("reply", replySchema, { body: `A reply from a member whose name comes from the corpus. xsscorpus displayName ${i + 1}` });
    ok("reply", replyToThread(db, { actor, threadId: formThread.id, body }));
  });

  values("flagNote").forEach((note, i) => {
    const postId = opening.get(cycle(threadIds, i))!;
    ok("flag", flagPost(db, { actor: cycle(flaggers, i), postId, reason: "other", note }));
  });

  // Both by the first author, whose notifications then quote every old title and reason.
  const [renamed, reviewed] = [threadIds[0]!, threadIds[authors.length]!];
  values("renameTitle").forEach((title, i) => ok("rename", renameThread(db, { actor: moderator, threadId: renamed, title, reason: `rename ${i + 1}` })));
  values("threadToolReason").forEach((reason, i) => ok("pin", (i % 2 ? unpinThread : pinThread)(db, { actor: moderator, threadId: renamed, reason })));
  values("postToolReason").forEach((reason, i) => ok("post tool", (i % 2 ? approvePost : hidePost)(db, { actor: moderator, postId: opening.get(reviewed)!, reason })));

  return { categorySlug: category.slug, threadIds: [formThread.id, ...threadIds], renamedThreadId: renamed, reviewedThreadId: reviewed };
}

// ---------------------------------------------------------------- moderation

function moderation(target: PublicUser, pool: PublicUser[]) {
  const [reasons, lifts, appeals] = [values("suspensionReason"), values("liftReason"), values("appeal")];
  const rest = Math.max(appeals.length, reasons.length - lifts.length);
  if (pool.length < lifts.length + rest) throw new Error(`${lifts.length + rest} members to suspend, ${pool.length} available`);
  values("staffNote").forEach((body) => ok("staff note", addStaffNote(db, { actor: moderator, userId: target.id, body })));
  const suspended = new Set<number>();
  const suspend = (user: PublicUser, i: number) => {
    ok("suspend", suspendMember(db, { actor: moderator, userId: user.id, hours: "24", reason: cycle(reasons, i) }));
    suspended.add(user.id);
  };
  // Suspended and lifted, one member per lift reason; then suspended for good, each appealing once.
  lifts.forEach((reason, i) => {
    suspend(pool[i]!, i);
    ok("lift", liftSuspension(db, { actor: moderator, userId: pool[i]!.id, reason }));
    suspended.delete(pool[i]!.id);
  });
  for (let j = 0; j < rest; j++) {
    const user = pool[lifts.length + j]!;
    suspend(user, lifts.length + j);
    if (appeals[j]) ok("appeal", sendAppeal(db, { actor: user, body: appeals[j] }));
  }
  return suspended;
}

// ------------------------------------------------------------------ articles

/** Published by members with corpus names; the unpublished ones are the form's author's, whose /write page shows the reasons. */
function articles(writers: PublicUser[], unpublishedAuthor: PublicUser) {
  const [titles, summaries] = [values("articleTitle"), values("articleSummary")];
  const body = (i: number) => `An article whose title and summary come from the corpus, written by a member.\n\nxsscorpus articleTitle ${i + 1}`;
  const publish = (i: number, actor: PublicUser) =>
    ok("article", saveGuidance(db, { actor, input: parsed("article", guidanceSchema, { title: cycle(titles, i), summary: cycle(summaries, i), topic: "", body: body(i) }), publish: true }));
  const slugs = titles.map((_, i) => publish(i, cycle(writers, i)).slug);
  values("unpublishReason").forEach((reason, i) => {
    const { id } = publish(titles.length + i, unpublishedAuthor);
    const input = parsed("unpublish", unpublishSchema, { articleId: String(id), reason });
    ok("unpublish", unpublishGuidance(db, { actor: moderator, ...input }));
  });
  return slugs;
}

/** HTML emails are rendered by mail clients: a payload's markup must arrive escaped (and does arrive). */
function emailsHtml() {
  const markup = XSS_PAYLOADS.filter((p) => /<[a-z!/]/i.test(p.text));
  const all = db.select({ id: emails.id, html: emails.html }).from(emails).all();
  return {
    emailViolations: all.flatMap((e) => markup.filter((p) => e.html?.includes(p.text)).map((p) => `email ${e.id} holds payload ${p.id} (${p.label}) unescaped`)),
    emailsQuotingMarkup: all.filter((e) => markup.some((p) => e.html?.includes(`alert(${p.id})`))).length,
  };
}

async function main() {
  const mentors = [21, 22, 23, 24].map(seeded);
  const learners = [52, 53, 54, 55, 56].map(seeded);
  const [m57, m58] = [seeded(57), seeded(58)];
  const seededProfiles = [...mentors.map((user) => ({ user, mentor: true })), ...[...learners, m57, m58].map((user) => ({ user, mentor: false }))];
  const headlineProfiles = storedValues("headline").length - seededProfiles.length;
  const hostile = hostileAccounts(headlineProfiles);
  // The first ones become published mentors carrying the remaining headlines.
  saveProfiles([...seededProfiles, ...hostile.slice(0, headlineProfiles).map((user) => ({ user, mentor: true }))]);
  const writers = hostile.slice(0, headlineProfiles).map((h) => findUserById(db, { id: h.id })!);

  const forumResult = forum(mentors, hostile, hostile);
  const { requests, mentorships } = requestsAndMentorships(learners[0]!, writers);
  const slugs = articles(writers, member("member-20@example.com"));
  // Last, and from the end of the list (mentoring nobody): suspended members can no longer post, flag or mentor.
  const suspended = moderation(m57, [...hostile].reverse());

  await notifyContentChanged(E2E_BASE_URL);
  const manifest: XssManifest = {
    hostile: hostile.map((h) => ({ email: h.email, handle: h.handle, displayName: h.displayName, suspended: suspended.has(h.id) })),
    profileHandles: [...seededProfiles.map((p) => p.user.handle), ...hostile.map((h) => h.handle)],
    ...forumResult,
    requests,
    mentorships,
    articleSlugs: slugs,
    moderatedHandles: [m57.handle, ...hostile.filter((h) => suspended.has(h.id)).map((h) => h.handle)],
    notifiedEmails: [mentors[0]!.email, learners[0]!.email],
    stored,
    ...emailsHtml(),
  };
  process.stdout.write(`${JSON.stringify(manifest)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
