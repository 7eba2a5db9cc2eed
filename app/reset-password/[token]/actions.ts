"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { passwordSchema } from "@/lib/accounts/password-policy";
import { resetPassword } from "@/lib/accounts/password-reset";
import { invalid, textFields, type FormState } from "@/lib/forms/form-state";
import { formInput } from "@/lib/forms/form-input";

/** FormState plus a flag for a link that stopped working while the form was open: the form then offers a new one. */
export type ResetPasswordState = FormState & { linkInvalid?: boolean };

const schema = z
  .object({ token: z.string(), password: passwordSchema, confirmPassword: z.string() })
  .refine((f) => f.password === f.confirmPassword, { path: ["confirmPassword"], message: "The two passwords do not match." });

// The token is the only proof of who is asking; lib/accounts/password-reset
// checks its form, claims it once and changes the password in one transaction.
export async function resetPasswordAction(_: ResetPasswordState, formData: FormData): Promise<ResetPasswordState> {
  formData = formInput(formData);
  const parsed = schema.safeParse(textFields(formData, ["token", "password", "confirmPassword"] as const));
  if (!parsed.success) return invalid(parsed.error, {});
  const result = await resetPassword(getDb(), { token: parsed.data.token, password: parsed.data.password });
  if (!result.ok) {
    return result.field === "token"
      ? { status: "error", message: result.message, linkInvalid: true }
      : { status: "error", message: "Please correct the fields marked below.", fieldErrors: { password: [result.message] } };
  }
  redirect("/sign-in?passwordReset=1");
}
