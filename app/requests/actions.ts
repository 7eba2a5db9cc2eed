"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { invalid, textFields, type FormState } from "@/lib/forms/form-state";
import { parseHandle } from "@/lib/profiles/handle";
import { answerSchema, declineSchema, questionSchema, sendRequestSchema } from "@/lib/mentorships/request-schema";
import { parseRowId as parseId } from "@/lib/mentorships/space-schema";
import { acceptRequest, answerQuestion, askQuestion, declineRequest, sendRequest, withdrawRequest } from "@/lib/mentorships/requests";
import type { Result as Done } from "@/lib/mentorships/result";
import { refreshMentorViews } from "@/lib/content-refresh/mentor-views";
import { formInput } from "@/lib/forms/form-input";

// Who acts always comes from the session; the request id in the form is only
// a pointer, and lib/mentorships refuses it unless the actor is one of the
// request's two people.

const NOT_FOUND: FormState = { status: "error", message: "This request was not found." };

function after(result: Done, requestId: number, values?: Record<string, string>): FormState {
  if (!result.ok) return { status: "error", message: result.message, values };
  revalidatePath("/mentorships");
  revalidatePath(`/requests/${requestId}`);
  redirect(`/requests/${requestId}`);
}

export async function sendRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formInput(formData);
  const { mentor: rawHandle, message, otherGoals } = textFields(formData, ["mentor", "message", "otherGoals"] as const);
  const handle = parseHandle(rawHandle);
  const actor = await requireUser(handle ? `/u/${handle}/request` : "/mentors");
  const chosen = formData.getAll("goals").filter((g): g is string => typeof g === "string");
  const values = { message, otherGoals, goals: chosen.join("\n") };
  if (!handle) return { status: "error", message: "There is no mentor with that name.", values };
  const parsed = sendRequestSchema.safeParse({ message, goals: { chosen, other: otherGoals } });
  if (!parsed.success) return invalid(parsed.error, values);
  const result = sendRequest(getDb(), { actor, mentorHandle: handle, input: parsed.data });
  if (!result.ok) return { status: "error", message: result.message, values };
  revalidatePath("/mentorships");
  redirect(`/requests/${result.requestId}?sent=1`);
}

export async function askQuestionAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formInput(formData);
  const { requestId: raw, question } = textFields(formData, ["requestId", "question"] as const);
  const id = parseId(raw);
  const actor = await requireUser(id ? `/requests/${id}` : "/mentorships");
  if (!id) return NOT_FOUND;
  const parsed = questionSchema.safeParse({ question });
  if (!parsed.success) return invalid(parsed.error, { question });
  return after(askQuestion(getDb(), { actor, requestId: id, question: parsed.data.question }), id, { question });
}

export async function answerQuestionAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formInput(formData);
  const { requestId: raw, answer } = textFields(formData, ["requestId", "answer"] as const);
  const id = parseId(raw);
  const actor = await requireUser(id ? `/requests/${id}` : "/mentorships");
  if (!id) return NOT_FOUND;
  const parsed = answerSchema.safeParse({ answer });
  if (!parsed.success) return invalid(parsed.error, { answer });
  return after(answerQuestion(getDb(), { actor, requestId: id, answer: parsed.data.answer }), id, { answer });
}

export async function declineRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formInput(formData);
  const { requestId: raw, reason, note } = textFields(formData, ["requestId", "reason", "note"] as const);
  const id = parseId(raw);
  const actor = await requireUser(id ? `/requests/${id}` : "/mentorships");
  if (!id) return NOT_FOUND;
  const parsed = declineSchema.safeParse({ reason, note });
  if (!parsed.success) return invalid(parsed.error, { reason, note });
  return after(declineRequest(getDb(), { actor, requestId: id, ...parsed.data }), id, { reason, note });
}

export async function withdrawRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formInput(formData);
  const id = parseId(textFields(formData, ["requestId"] as const).requestId);
  const actor = await requireUser(id ? `/requests/${id}` : "/mentorships");
  if (!id) return NOT_FOUND;
  return after(withdrawRequest(getDb(), { actor, requestId: id }), id);
}

export async function acceptRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formInput(formData);
  const id = parseId(textFields(formData, ["requestId"] as const).requestId);
  const actor = await requireUser(id ? `/requests/${id}` : "/mentorships");
  if (!id) return NOT_FOUND;
  const result = acceptRequest(getDb(), { actor, requestId: id });
  if (!result.ok) return { status: "error", message: result.message };
  // One place fewer: the directory and everyone's matches change.
  revalidatePath("/mentorships");
  refreshMentorViews();
  redirect(`/mentorships/${result.mentorshipId}?started=1`);
}
