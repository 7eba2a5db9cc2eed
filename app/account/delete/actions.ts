"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { deleteAccount } from "@/lib/accounts/manage-account";
import { signOut } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/current-user";
import { invalid, textFields, type FormState } from "@/lib/forms/form-state";
import { formInput } from "@/lib/forms/form-input";

const schema = z.object({ currentPassword: z.string().min(1, "Enter your password to confirm.").max(1024) });

export async function deleteAccountAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formInput(formData);
  const actor = await requireUser("/account/delete");
  const parsed = schema.safeParse(textFields(formData, ["currentPassword"] as const));
  if (!parsed.success) return invalid(parsed.error, {});
  const result = await deleteAccount(getDb(), { actor, password: parsed.data.currentPassword });
  if (!result.ok) {
    return result.field === "form"
      ? { status: "error", message: result.message }
      : { status: "error", message: "Please correct the fields marked below.", fieldErrors: { currentPassword: [result.message] } };
  }
  // Their published articles now credit a former member.
  revalidatePath("/", "layout");
  await signOut({ redirect: false });
  redirect("/account-deleted");
}
