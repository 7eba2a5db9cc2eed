"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/accounts/authorization";
import { changeRole, changeRoleSchema } from "@/lib/accounts/roles";
import { formInput } from "@/lib/forms/form-input";

// Plain form posts (no client JavaScript): the outcome comes back in the URL.
export async function changeRoleAction(formData: FormData): Promise<void> {
  formData = formInput(formData);
  const actor = await requireRole(["admin"], "/admin/users");
  const parsed = changeRoleSchema.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  // Back to the same search, so the changed row is in view.
  const q = typeof formData.get("q") === "string" ? (formData.get("q") as string).slice(0, 100) : "";
  const back = (params: Record<string, string>) => `/admin/users?${new URLSearchParams(q ? { q, ...params } : params)}`;
  if (!parsed.success) redirect(back({ error: "Choose a valid account and role." }));
  const result = changeRole(getDb(), { actor, ...parsed.data });
  if (!result.ok) redirect(back({ error: result.message }));
  revalidatePath("/admin/users");
  redirect(back({ updated: `${result.user.displayName} is now ${result.user.role}.` }));
}
