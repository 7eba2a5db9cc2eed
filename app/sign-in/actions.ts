"use server";

import { AuthError } from "next-auth";
import { signInSchema } from "@/lib/accounts/schemas";
import { signIn } from "@/lib/auth/auth";
import { safeReturnPath } from "@/lib/auth/current-user";
import { invalid, textFields, type FormState } from "@/lib/forms/form-state";
import { formInput } from "@/lib/forms/form-input";

const INVALID = "Invalid email or password.";

export async function signInAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formInput(formData);
  const fields = textFields(formData, ["email", "password", "callbackUrl"] as const);
  const values = { email: fields.email };
  const parsed = signInSchema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    // On success this throws Next's redirect, which must escape the catch.
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(fields.callbackUrl) });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = "code" in error && typeof error.code === "string" ? error.code : "";
    const minutes = /^rate-limited:(\d+)$/.exec(code)?.[1];
    const message = minutes
      ? `Too many failed sign-ins. Try again in ${minutes} ${minutes === "1" ? "minute" : "minutes"}.`
      : INVALID;
    return { status: "error", message, values };
  }
  return { status: "error", message: INVALID, values };
}

export async function signInWithGitHubAction(formData: FormData): Promise<void> {
  formData = formInput(formData);
  const callbackUrl = formData.get("callbackUrl");
  await signIn("github", { redirectTo: safeReturnPath(typeof callbackUrl === "string" ? callbackUrl : "/account") });
}
