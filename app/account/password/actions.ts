"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { changePassword } from "@/lib/accounts/manage-account";
import { passwordSchema } from "@/lib/accounts/password-policy";
import { signOut } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/current-user";
import { invalid, textFields, type FormState } from "@/lib/forms/form-state";
import { formInput } from "@/lib/forms/form-input";

const schema = z.object({ currentPassword: z.string().min(1, "Enter your current password.").max(1024), newPassword: passwordSchema });

export async function changePasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formInput(formData);
  const actor = await requireUser("/account/password");
  const parsed = schema.safeParse(textFields(formData, ["currentPassword", "newPassword"] as const));
  if (!parsed.success) return invalid(parsed.error, {});
  const result = await changePassword(getDb(), { actor, ...parsed.data });
  if (!result.ok) {
    return result.field === "form"
      ? { status: "error", message: result.message }
      : { status: "error", message: "Please correct the fields marked below.", fieldErrors: { currentPassword: [result.message] } };
  }
  // Every session ended with the change; this browser signs in again.
  await signOut({ redirect: false });
  redirect("/sign-in?passwordChanged=1");
}
