"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { invalid, textFields, type FormState } from "@/lib/forms/form-state";
import { NOT_FOUND_MESSAGE, type Result } from "@/lib/mentorships/access";
import { endMentorship } from "@/lib/mentorships/ending";
import { leaveFeedback } from "@/lib/mentorships/feedback";
import { addGoal, setGoalDone } from "@/lib/mentorships/goals";
import { sendMessage } from "@/lib/mentorships/messages";
import { reportProblem } from "@/lib/mentorships/reports";
import { logSession } from "@/lib/mentorships/sessions";
import { addGoalSchema, endSchema, feedbackSchema, messageSchema, parseRowId, reportSchema, sessionSchema, toggleGoalSchema } from "@/lib/mentorships/space-schema";
import { refreshMentorViews } from "@/lib/content-refresh/mentor-views";
import { formInput } from "@/lib/forms/form-input";

// The forms of /mentorships/[id]. The hidden mentorshipId only says which
// space the form belongs to; who acts is the session's user, and lib/
// decides whether they may (a member, not suspended, the right status).

/** FormState plus a success flag, so a form can show its confirmation in the right tone. */
export type SpaceFormState = FormState & { done?: boolean };

type Target = { id: number; path: string } | null;

async function target(formData: FormData): Promise<{ user: { id: number }; target: Target }> {
  const raw = formData.get("mentorshipId");
  const id = parseRowId(typeof raw === "string" ? raw : null);
  const user = await requireUser(id ? `/mentorships/${id}` : "/mentorships");
  return { user, target: id ? { id, path: `/mentorships/${id}` } : null };
}

const notFound: SpaceFormState = { status: "error", message: NOT_FOUND_MESSAGE };

/** A lib result as form state: refusals keep what was typed; success refreshes the space. */
function answer(result: Result, path: string, values: Record<string, string>, success: string, fieldNames: Record<string, string> = {}): SpaceFormState {
  if (!result.ok) {
    const fieldErrors = result.fieldErrors && Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [fieldNames[k] ?? k, v]));
    return { status: "error", message: result.message, fieldErrors, values };
  }
  revalidatePath(path);
  return { status: "idle", done: true, message: success };
}

function renamed(state: FormState, fieldNames: Record<string, string>): SpaceFormState {
  if (!state.fieldErrors) return state;
  return { ...state, fieldErrors: Object.fromEntries(Object.entries(state.fieldErrors).map(([k, v]) => [fieldNames[k] ?? k, v])) };
}

export async function addGoalAction(_: SpaceFormState, formData: FormData): Promise<SpaceFormState> {
  formData = formInput(formData);
  const { user, target: t } = await target(formData);
  const values = textFields(formData, ["goal"] as const);
  if (!t) return notFound;
  const parsed = addGoalSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  return answer(addGoal(getDb(), { mentorshipId: t.id, userId: user.id, goal: parsed.data.goal }), t.path, values, `Goal added: “${parsed.data.goal}”.`);
}

export async function toggleGoalAction(_: SpaceFormState, formData: FormData): Promise<SpaceFormState> {
  formData = formInput(formData);
  const { user, target: t } = await target(formData);
  if (!t) return notFound;
  const parsed = toggleGoalSchema.safeParse(textFields(formData, ["goalId", "done"] as const));
  if (!parsed.success) return { status: "error", message: "This goal was not found." };
  const result = setGoalDone(getDb(), { mentorshipId: t.id, userId: user.id, goalId: parsed.data.goalId, done: parsed.data.done });
  return answer(result, t.path, {}, result.ok ? `“${result.goal}” is marked ${parsed.data.done ? "done" : "not done"}.` : "");
}

/** The query the space is opened with after a message was saved: the form says so. */
const MESSAGE_SENT = "sent=message";

export async function sendMessageAction(_: SpaceFormState, formData: FormData): Promise<SpaceFormState> {
  formData = formInput(formData);
  const { user, target: t } = await target(formData);
  const values = textFields(formData, ["body"] as const);
  if (!t) return { ...notFound, values };
  const parsed = messageSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const result = sendMessage(getDb(), { mentorshipId: t.id, userId: user.id, body: parsed.data.body });
  if (!result.ok) return answer(result, t.path, values, "");
  revalidatePath(t.path);
  // Redirect after saving: reloading the page or pressing Back cannot send the
  // message twice, and a sender without JavaScript lands on the conversation.
  redirect(`${t.path}?${MESSAGE_SENT}#message-${result.messageId}`);
}

export async function logSessionAction(_: SpaceFormState, formData: FormData): Promise<SpaceFormState> {
  formData = formInput(formData);
  const { user, target: t } = await target(formData);
  const values = textFields(formData, ["startsAt", "durationMinutes", "notes", "nextSteps"] as const);
  if (!t) return { ...notFound, values };
  const parsed = sessionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  return answer(logSession(getDb(), { mentorshipId: t.id, userId: user.id, input: parsed.data }), t.path, values, "Session logged.");
}

// The page has two "Reason" fields (ending, reporting): their names differ so their ids do.
const END_FIELDS = { reason: "endReason" };
const REPORT_FIELDS = { reason: "reportReason" };

export async function endMentorshipAction(_: SpaceFormState, formData: FormData): Promise<SpaceFormState> {
  formData = formInput(formData);
  const { user, target: t } = await target(formData);
  const values = textFields(formData, ["endReason"] as const);
  if (!t) return { ...notFound, values };
  const parsed = endSchema.safeParse({ outcome: formData.get("outcome"), reason: values.endReason });
  if (!parsed.success) return renamed(invalid(parsed.error, values), END_FIELDS);
  const result = endMentorship(getDb(), { mentorshipId: t.id, userId: user.id, outcome: parsed.data.outcome, reason: parsed.data.reason });
  if (result.ok) {
    revalidatePath("/mentorships");
    refreshMentorViews(); // a place is free again
  }
  return answer(result, t.path, values, parsed.data.outcome === "completed" ? "The mentorship is completed." : "The mentorship is cancelled.", END_FIELDS);
}

export async function leaveFeedbackAction(_: SpaceFormState, formData: FormData): Promise<SpaceFormState> {
  formData = formInput(formData);
  const { user, target: t } = await target(formData);
  const values = textFields(formData, ["rating", "comment"] as const);
  if (!t) return { ...notFound, values };
  const parsed = feedbackSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  return answer(leaveFeedback(getDb(), { mentorshipId: t.id, userId: user.id, ...parsed.data }), t.path, values, "Thank you: your feedback is saved.");
}

export async function reportProblemAction(_: SpaceFormState, formData: FormData): Promise<SpaceFormState> {
  formData = formInput(formData);
  const { user, target: t } = await target(formData);
  const values = textFields(formData, ["reportReason"] as const);
  if (!t) return { ...notFound, values };
  const parsed = reportSchema.safeParse({ reason: values.reportReason });
  if (!parsed.success) return renamed(invalid(parsed.error, values), REPORT_FIELDS);
  const result = reportProblem(getDb(), { mentorshipId: t.id, userId: user.id, reason: parsed.data.reason });
  return answer(result, t.path, values, result.ok ? result.message : "", REPORT_FIELDS);
}
