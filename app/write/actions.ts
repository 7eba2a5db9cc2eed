"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { saveGuidance } from "@/lib/articles/guidance";
import { guidanceSchema } from "@/lib/articles/guidance-schema";
import { requireUser } from "@/lib/auth/current-user";
import { invalid, textFields, type FormState } from "@/lib/forms/form-state";
import { renderMarkdown } from "@/lib/markdown/render";
import { formInput } from "@/lib/forms/form-input";

export type EditorState = FormState & { previewHtml?: string };

const idSchema = z.union([z.literal(""), z.coerce.number().int().positive()]);

export async function saveGuidanceAction(_: EditorState, formData: FormData): Promise<EditorState> {
  formData = formInput(formData);
  const actor = await requireUser("/write");
  const fields = textFields(formData, ["id", "title", "summary", "topic", "body", "intent"] as const);
  const values = { title: fields.title, summary: fields.summary, topic: fields.topic, body: fields.body };
  const id = idSchema.safeParse(fields.id);
  if (!id.success) return { status: "error", message: "That article does not exist.", values };
  const parsed = guidanceSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);

  if (fields.intent === "preview") return { status: "idle", values, previewHtml: renderMarkdown(parsed.data.body) };

  const result = saveGuidance(getDb(), { actor, id: id.data === "" ? undefined : id.data, input: parsed.data, publish: fields.intent === "publish" });
  if (!result.ok) return { status: "error", message: result.message, values };
  // Lists, search, the feed and the article's own page may all change.
  revalidatePath("/", "layout");
  redirect(`/write?${new URLSearchParams({ saved: result.status, slug: result.slug })}`);
}
