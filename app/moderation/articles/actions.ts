"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/accounts/authorization";
import { unpublishGuidance } from "@/lib/articles/guidance";
import { unpublishSchema } from "@/lib/articles/guidance-schema";
import { formInput } from "@/lib/forms/form-input";

export async function unpublishAction(formData: FormData): Promise<void> {
  formData = formInput(formData);
  const actor = await requireRole(["moderator", "admin"], "/moderation/articles");
  const parsed = unpublishSchema.safeParse({ articleId: formData.get("articleId"), reason: formData.get("reason") });
  const back = (params: Record<string, string>) => `/moderation/articles?${new URLSearchParams(params)}`;
  if (!parsed.success) redirect(back({ error: parsed.error.issues[0]?.message ?? "Invalid request." }));
  const result = unpublishGuidance(getDb(), { actor, ...parsed.data });
  if (!result.ok) redirect(back({ error: result.message }));
  revalidatePath("/", "layout");
  redirect(back({ done: "The article is unpublished; its author sees your reason." }));
}
