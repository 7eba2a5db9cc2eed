import { makeMentorship } from "@/lib/mentorships/space-test-fixtures";
import type { MentorshipStatus } from "@/db/schema";
import { action, type ActionScenario, type Cell } from "../scenario";
import { addRequest, exists, MENTOR_PROFILE, nextWeekLocal, value } from "../objects";
import { member, type World } from "../world";

// Mentorship requests and the mentorship space. "cara" (a learner) and
// "carl" (a published mentor) are the owner's counterparts: the other person
// of the request or the mentorship, never one of the matrix's roles.

const DAY = 24 * 60 * 60 * 1000;

const requestTo = (w: World) => addRequest(w.db, { learnerId: member(w.db, "cara").id, mentorId: w.owner.id });
const requestFrom = (w: World, status: "pending" | "needs_info" = "pending") =>
  addRequest(w.db, { learnerId: w.owner.id, mentorId: member(w.db, "carl", "mentor", MENTOR_PROFILE).id, status, question: status === "needs_info" ? "Which conference are you aiming for?" : null });
const status = (w: World, requestId: unknown) => value(w.db, "SELECT status FROM mentorship_requests WHERE id = ?", requestId);

/** The owner's mentorship with carl (active unless said), with one goal. */
const mentorshipOf = (w: World, ended: { status: MentorshipStatus; endedAt: Date } | Record<string, never> = {}) =>
  makeMentorship(w.db, { learnerId: w.owner.id, mentorId: member(w.db, "carl", "mentor", MENTOR_PROFILE).id, goals: ["Give a first talk"], ...ended });
const space =
  (fields: Record<string, string>) =>
  ({ data }: Cell<unknown>) => ({ mentorshipId: String(data), ...fields });
/** The actor wrote a row of `table` (by `column`) in the mentorship. */
const wroteIn =
  (table: string, column: string) =>
  ({ w, actor, data }: Cell<unknown>) =>
    actor !== null && exists(w.db, `SELECT 1 FROM ${table} WHERE mentorship_id = ? AND ${column} = ?`, data, actor.id);

export const mentorshipScenarios: Record<string, ActionScenario> = {
  "app/requests/actions.ts#sendRequestAction": action({
    owner: "the published mentor asked (by handle)",
    ownerRole: "mentor",
    ownerProfile: MENTOR_PROFILE,
    form: ({ w }) => ({ mentor: w.owner.handle, message: "I would like to learn to give talks at conferences.", goals: ["Give a first talk"], otherGoals: "" }),
    done: ({ w, actor }) => actor !== null && exists(w.db, "SELECT 1 FROM mentorship_requests WHERE learner_id = ? AND mentor_id = ?", actor.id, w.owner.id),
  }),
  "app/requests/actions.ts#askQuestionAction": action({
    owner: "the request's mentor",
    ownerRole: "mentor",
    ownerProfile: MENTOR_PROFILE,
    prepare: requestTo,
    form: ({ data }) => ({ requestId: String(data), question: "Which conference are you aiming for?" }),
    done: ({ w, data }) => status(w, data) === "needs_info",
  }),
  "app/requests/actions.ts#answerQuestionAction": action({
    owner: "the request's learner",
    prepare: (w) => requestFrom(w, "needs_info"),
    form: ({ data }) => ({ requestId: String(data), answer: "A regional developer conference in spring." }),
    done: ({ w, data }) => status(w, data) === "pending",
  }),
  "app/requests/actions.ts#declineRequestAction": action({
    owner: "the request's mentor",
    ownerRole: "mentor",
    ownerProfile: MENTOR_PROFILE,
    prepare: requestTo,
    form: ({ data }) => ({ requestId: String(data), reason: "schedule", note: "" }),
    done: ({ w, data }) => status(w, data) === "declined",
  }),
  "app/requests/actions.ts#withdrawRequestAction": action({
    owner: "the request's learner",
    prepare: (w) => requestFrom(w),
    form: ({ data }) => ({ requestId: String(data) }),
    done: ({ w, data }) => status(w, data) === "withdrawn",
  }),
  "app/requests/actions.ts#acceptRequestAction": action({
    owner: "the request's mentor",
    ownerRole: "mentor",
    ownerProfile: MENTOR_PROFILE,
    prepare: requestTo,
    form: ({ data }) => ({ requestId: String(data) }),
    done: ({ w, data }) => exists(w.db, "SELECT 1 FROM mentorships WHERE request_id = ?", data),
  }),
  "app/mentorships/[id]/actions.ts#addGoalAction": action({
    owner: "the mentorship's learner",
    prepare: (w) => mentorshipOf(w),
    form: space({ goal: "Write an outline" }),
    done: ({ w, data }) => exists(w.db, "SELECT 1 FROM mentorship_goals WHERE mentorship_id = ? AND text = 'Write an outline'", data),
  }),
  "app/mentorships/[id]/actions.ts#toggleGoalAction": action({
    owner: "the mentorship's learner",
    prepare: (w) => {
      const mentorshipId = mentorshipOf(w);
      return { mentorshipId, goalId: Number(value(w.db, "SELECT id FROM mentorship_goals WHERE mentorship_id = ?", mentorshipId)) };
    },
    form: ({ data }) => ({ mentorshipId: String(data.mentorshipId), goalId: String(data.goalId), done: "true" }),
    done: ({ w, data }) => value(w.db, "SELECT done_at FROM mentorship_goals WHERE id = ?", data.goalId) !== null,
  }),
  "app/mentorships/[id]/actions.ts#sendMessageAction": action({
    owner: "the mentorship's learner",
    prepare: (w) => mentorshipOf(w),
    form: space({ body: "Shall we meet on Thursday?" }),
    done: wroteIn("mentorship_messages", "author_id"),
  }),
  "app/mentorships/[id]/actions.ts#logSessionAction": action({
    owner: "the mentorship's learner",
    prepare: (w) => mentorshipOf(w),
    form: ({ data }) => ({ mentorshipId: String(data), startsAt: nextWeekLocal(), durationMinutes: "60", notes: "", nextSteps: "" }),
    done: wroteIn("mentorship_sessions", "created_by"),
  }),
  "app/mentorships/[id]/actions.ts#endMentorshipAction": action({
    owner: "the mentorship's learner",
    prepare: (w) => mentorshipOf(w),
    form: space({ outcome: "completed", endReason: "" }),
    done: ({ w, data }) => value(w.db, "SELECT status FROM mentorships WHERE id = ?", data) === "completed",
  }),
  "app/mentorships/[id]/actions.ts#leaveFeedbackAction": action({
    owner: "the learner of a mentorship completed yesterday",
    prepare: (w) => mentorshipOf(w, { status: "completed", endedAt: new Date(Date.now() - DAY) }),
    form: space({ rating: "5", comment: "Patient and practical." }),
    done: wroteIn("mentorship_feedback", "author_id"),
  }),
  "app/mentorships/[id]/actions.ts#reportProblemAction": action({
    owner: "the mentorship's learner",
    prepare: (w) => mentorshipOf(w),
    form: space({ reportReason: "My mentor keeps missing our sessions." }),
    done: wroteIn("mentorship_reports", "reporter_id"),
  }),
};
