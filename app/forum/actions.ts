"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { refreshForumViews } from "@/lib/content-refresh/forum-views";
import { invalid, textFields, type FormState } from "@/lib/forms/form-state";
import { markAnswer, unmarkAnswer } from "@/lib/forum/answer";
import { categoryById } from "@/lib/forum/categories";
import { setLike } from "@/lib/forum/likes";
import { deletePost, editPost, replyToThread } from "@/lib/forum/posts";
import { newThreadSchema, parseId, replySchema } from "@/lib/forum/schema";
import { createThread } from "@/lib/forum/threads";
import type { Result } from "@/lib/mentorships/result";
import { formInput } from "@/lib/forms/form-input";

// The forms of /forum. Hidden fields only say which thread or post a form
// is about; who acts is the session's user, and lib/forum decides whether
// they may (signed in, not suspended, their own post, the thread open, the
// limits). Every write refreshes the forum's pages, the cached ones visitors
// get included (lib/content-refresh/forum-views).

/** FormState plus a success flag, so a form can show its confirmation in the right tone. */
export type ForumFormState = FormState & { done?: boolean };

const threadPath = (id: number, page = 1, postId?: number) => `/forum/t/${id}${page > 1 ? `?page=${page}` : ""}${postId ? `#post-${postId}` : ""}`;

function refused(result: Extract<Result, { ok: false }>, values: Record<string, string> = {}): ForumFormState {
  return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
}

export async function createThreadAction(_: ForumFormState, formData: FormData): Promise<ForumFormState> {
  formData = formInput(formData);
  const categoryId = parseId(formData.get("categoryId"));
  const category = categoryId ? categoryById(getDb(), categoryId) : null;
  const user = await requireUser(category ? `/forum/${category.slug}/new` : "/forum");
  const values = textFields(formData, ["title", "body"] as const);
  if (!category) return { status: "error", message: "This category was not found.", values };
  const parsed = newThreadSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const result = createThread(getDb(), { actor: user, categoryId: category.id, ...parsed.data });
  if (!result.ok) return refused(result, values);
  refreshForumViews();
  redirect(threadPath(result.threadId));
}

export async function replyAction(_: ForumFormState, formData: FormData): Promise<ForumFormState> {
  formData = formInput(formData);
  const threadId = parseId(formData.get("threadId"));
  const user = await requireUser(threadId ? threadPath(threadId) : "/forum");
  const values = textFields(formData, ["body"] as const);
  if (!threadId) return { status: "error", message: "This thread was not found.", values };
  const parsed = replySchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const result = replyToThread(getDb(), { actor: user, threadId, body: parsed.data.body });
  if (!result.ok) return refused(result, values);
  refreshForumViews();
  redirect(threadPath(threadId, result.page, result.postId));
}

export async function editPostAction(_: ForumFormState, formData: FormData): Promise<ForumFormState> {
  formData = formInput(formData);
  const postId = parseId(formData.get("postId"));
  const user = await requireUser("/forum");
  const values = textFields(formData, ["title", "body"] as const);
  if (!postId) return { status: "error", message: "This post was not found.", values };
  // Only the opening post's form has a title field.
  const result = editPost(getDb(), { actor: user, postId, body: values.body, title: formData.has("title") ? values.title : undefined });
  if (!result.ok) return refused(result, values);
  refreshForumViews();
  redirect(threadPath(result.threadId, result.page, result.postId));
}

export async function deletePostAction(_: ForumFormState, formData: FormData): Promise<ForumFormState> {
  formData = formInput(formData);
  const postId = parseId(formData.get("postId"));
  const user = await requireUser("/forum");
  if (!postId) return { status: "error", message: "This post was not found." };
  const result = deletePost(getDb(), { actor: user, postId });
  if (!result.ok) return refused(result);
  refreshForumViews();
  if (result.threadDeleted) {
    const category = categoryById(getDb(), result.categoryId);
    redirect(category ? `/forum/${category.slug}` : "/forum");
  }
  return { status: "idle", done: true, message: "Your post is deleted." };
}

export async function likeAction(_: ForumFormState, formData: FormData): Promise<ForumFormState> {
  formData = formInput(formData);
  const postId = parseId(formData.get("postId"));
  const user = await requireUser("/forum");
  if (!postId) return { status: "error", message: "This post was not found." };
  const result = setLike(getDb(), { actor: user, postId, liked: formData.get("liked") === "true" });
  if (!result.ok) return refused(result);
  refreshForumViews();
  return { status: "idle", done: true };
}

export async function markAnswerAction(_: ForumFormState, formData: FormData): Promise<ForumFormState> {
  formData = formInput(formData);
  const postId = parseId(formData.get("postId"));
  const user = await requireUser("/forum");
  if (!postId) return { status: "error", message: "This post was not found." };
  const result = markAnswer(getDb(), { actor: user, postId });
  if (!result.ok) return refused(result);
  refreshForumViews();
  return { status: "idle", done: true };
}

export async function unmarkAnswerAction(_: ForumFormState, formData: FormData): Promise<ForumFormState> {
  formData = formInput(formData);
  const threadId = parseId(formData.get("threadId"));
  const user = await requireUser("/forum");
  if (!threadId) return { status: "error", message: "This thread was not found." };
  const result = unmarkAnswer(getDb(), { actor: user, threadId });
  if (!result.ok) return refused(result);
  refreshForumViews();
  return { status: "idle", done: true };
}
