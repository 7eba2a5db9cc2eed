"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { refreshForumViews } from "@/lib/content-refresh/forum-views";
import { textFields, type FormState } from "@/lib/forms/form-state";
import type { Result } from "@/lib/mentorships/result";
import { resolveAppeal } from "@/lib/moderation/appeals";
import { flagPost } from "@/lib/moderation/flags";
import { memberHref } from "@/lib/moderation/labels";
import { POST_ACTIONS, type PostActionName } from "@/lib/moderation/post-actions";
import { resolveReport } from "@/lib/moderation/queue";
import { parseRowId } from "@/lib/moderation/schema";
import {
  clearSlowMode,
  hideThread,
  lockThread,
  moveThread,
  pinThread,
  renameThread,
  setSlowMode,
  unhideThread,
  unlockThread,
  unpinThread,
} from "@/lib/moderation/thread-actions";
import { addStaffNote, liftSuspension, suspendMember } from "@/lib/moderation/users";
import { formInput } from "@/lib/forms/form-input";

// The forms of moderation: the flag form and the staff tools on the thread
// page, the review queue, and a member's moderation page. Hidden fields only
// say what a form is about; who acts is the session's user, and
// lib/moderation decides whether they may (and refuses with a message).

/** FormState plus a success flag, so a form can show its confirmation in the right tone. */
export type ModerationFormState = FormState & { done?: boolean };

function answer(result: Result<{ message: string }>, values: Record<string, string> = {}): ModerationFormState {
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
  // Lists, counts, posts (the cached pages visitors get included) and the queue all change.
  refreshForumViews();
  revalidatePath("/moderation", "layout");
  return { status: "idle", done: true, message: result.message };
}

const isPostAction = (op: string): op is PostActionName => Object.hasOwn(POST_ACTIONS, op);

const notFound = (what: string): ModerationFormState => ({ status: "error", message: `This ${what} was not found.` });

/** Any signed-in member: flag someone else's post. */
export async function flagPostAction(_: ModerationFormState, formData: FormData): Promise<ModerationFormState> {
  formData = formInput(formData);
  const user = await requireUser("/forum");
  const postId = parseRowId(formData.get("postId"));
  const values = textFields(formData, ["reason", "note"] as const);
  if (!postId) return { ...notFound("post"), values };
  return answer(flagPost(getDb(), { actor: user, postId, reason: values.reason, note: values.note }), values);
}

/** Staff, on the thread page: approve, hide, remove or restore one post. */
export async function postToolAction(_: ModerationFormState, formData: FormData): Promise<ModerationFormState> {
  formData = formInput(formData);
  const user = await requireUser("/forum");
  const postId = parseRowId(formData.get("postId"));
  const values = textFields(formData, ["op", "reason"] as const);
  if (!postId) return { ...notFound("post"), values };
  if (!isPostAction(values.op)) return { status: "error", message: "Choose what to do with the post.", values };
  return answer(POST_ACTIONS[values.op](getDb(), { actor: user, postId, reason: values.reason }), { reason: values.reason });
}

const THREAD_FIELDS = ["op", "reason", "minutes", "categoryId", "title"] as const;

/** Staff, on the thread page: pin, lock, slow mode, move, rename, hide — one button each. */
export async function threadToolAction(_: ModerationFormState, formData: FormData): Promise<ModerationFormState> {
  formData = formInput(formData);
  const user = await requireUser("/forum");
  const threadId = parseRowId(formData.get("threadId"));
  const values = textFields(formData, THREAD_FIELDS);
  if (!threadId) return { ...notFound("thread"), values };
  const db = getDb();
  const args = { actor: user, threadId, reason: values.reason };
  const ops: Record<string, () => Result<{ message: string }>> = {
    pin: () => pinThread(db, args),
    unpin: () => unpinThread(db, args),
    lock: () => lockThread(db, args),
    unlock: () => unlockThread(db, args),
    "slow-mode": () => setSlowMode(db, { ...args, minutes: values.minutes }),
    "slow-mode-off": () => clearSlowMode(db, args),
    move: () => moveThread(db, { ...args, categoryId: values.categoryId }),
    rename: () => renameThread(db, { ...args, title: values.title }),
    hide: () => hideThread(db, args),
    unhide: () => unhideThread(db, args),
  };
  const run = Object.hasOwn(ops, values.op) ? ops[values.op] : undefined;
  if (!run) return { status: "error", message: "Choose what to do with the thread.", values };
  const result = run();
  // After a change the fields start afresh (a new title shows in the page's heading).
  return answer(result, result.ok ? {} : values);
}

/**
 * The review queue's forms (plain posts, no client script): a post's review,
 * a report resolved, an appeal answered. The outcome comes back in the URL.
 */
export async function queueAction(formData: FormData): Promise<void> {
  formData = formInput(formData);
  const user = await requireUser("/moderation");
  const { kind, op, reason, page } = textFields(formData, ["kind", "op", "reason", "page"] as const);
  const id = parseRowId(formData.get("id"));
  const back = (params: Record<string, string>) => `/moderation?${new URLSearchParams(/^[1-9]\d{0,3}$/.test(page) && page !== "1" ? { page, ...params } : params)}`;
  const db = getDb();
  let result: Result<{ message: string }> = { ok: false, status: 400, message: "Choose what to do." };
  if (id && kind === "post" && isPostAction(op)) result = POST_ACTIONS[op](db, { actor: user, postId: id, reason });
  else if (id && kind === "report" && op === "resolve") result = resolveReport(db, { actor: user, reportId: id, reason });
  else if (id && kind === "appeal" && (op === "uphold" || op === "lift")) result = resolveAppeal(db, { actor: user, appealId: id, decision: op, reason });
  if (!result.ok) redirect(back({ error: result.message }));
  refreshForumViews();
  revalidatePath("/moderation", "layout");
  redirect(back({ done: result.message }));
}

/** A member's moderation page: which member the form is about. */
async function memberTarget(formData: FormData) {
  const handle = textFields(formData, ["handle"] as const).handle;
  const user = await requireUser(/^[a-z0-9-]{1,64}$/.test(handle) ? memberHref(handle) : "/moderation");
  return { user, userId: parseRowId(formData.get("userId")) };
}

export async function suspendAction(_: ModerationFormState, formData: FormData): Promise<ModerationFormState> {
  formData = formInput(formData);
  const { user, userId } = await memberTarget(formData);
  const values = textFields(formData, ["hours", "reason"] as const);
  if (!userId) return { ...notFound("member"), values };
  return answer(suspendMember(getDb(), { actor: user, userId, hours: values.hours, reason: values.reason }), values);
}

export async function liftSuspensionAction(_: ModerationFormState, formData: FormData): Promise<ModerationFormState> {
  formData = formInput(formData);
  const { user, userId } = await memberTarget(formData);
  // "liftReason": the suspend form on the same page has its own "reason".
  const values = textFields(formData, ["liftReason"] as const);
  if (!userId) return { ...notFound("member"), values };
  const state = answer(liftSuspension(getDb(), { actor: user, userId, reason: values.liftReason }), values);
  return state.fieldErrors?.reason ? { ...state, fieldErrors: { liftReason: state.fieldErrors.reason } } : state;
}

export async function addStaffNoteAction(_: ModerationFormState, formData: FormData): Promise<ModerationFormState> {
  formData = formInput(formData);
  const { user, userId } = await memberTarget(formData);
  const values = textFields(formData, ["body"] as const);
  if (!userId) return { ...notFound("member"), values };
  return answer(addStaffNote(getDb(), { actor: user, userId, body: values.body }), values);
}
