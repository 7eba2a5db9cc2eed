"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { emailSchema } from "@/lib/accounts/schemas";
import { clientIp } from "@/lib/auth/client-ip";
import { invalid, textFields, type FormState } from "@/lib/forms/form-state";
import { formInput } from "@/lib/forms/form-input";

/** FormState plus a success flag: once sent, the form gives way to the confirmation. */
export type ForgotPasswordState = FormState & { done?: boolean };

const schema = z.object({ email: emailSchema });

// Whether the address has an account never shows here: lib/accounts/password-reset
// answers the same for both, and only the IP's own limit reads differently.
export async function requestPasswordResetAction(_: ForgotPasswordState, formData: FormData): Promise<ForgotPasswordState> {
  formData = formInput(formData);
  const fields = textFields(formData, ["email"] as const);
  const values = { email: fields.email };
  const parsed = schema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, values);
  const result = requestPasswordReset(getDb(), { email: parsed.data.email, ip: clientIp(await headers()) });
  if (!result.ok) return { status: "error", message: result.message, values };
  return { status: "idle", done: true, message: result.message };
}
