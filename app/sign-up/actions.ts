"use server";

import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { signUp } from "@/lib/accounts/sign-up";
import { signIn } from "@/lib/auth/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { invalid, textFields, type FormState } from "@/lib/forms/form-state";
import { formInput } from "@/lib/forms/form-input";

export async function signUpAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formInput(formData);
  const fields = textFields(formData, ["displayName", "email", "password"] as const);
  const values = { displayName: fields.displayName, email: fields.email };
  const result = await signUp(getDb(), { input: fields, ip: clientIp(await headers()) });
  if (result.kind === "invalid") return invalid(result.error, values);
  if (result.kind === "refused") return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
  await signIn("credentials", { email: result.email, password: fields.password, redirectTo: "/account?welcome=1" });
  return { status: "idle" };
}
