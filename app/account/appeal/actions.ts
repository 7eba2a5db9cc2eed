"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { textFields } from "@/lib/forms/form-state";
import type { ModerationFormState } from "@/app/moderation/actions";
import { sendAppeal } from "@/lib/moderation/appeals";
import { formInput } from "@/lib/forms/form-input";

// A suspended member's one appeal; lib/moderation/appeals checks that they are
// suspended and have not appealed this suspension yet.
export async function sendAppealAction(_: ModerationFormState, formData: FormData): Promise<ModerationFormState> {
  formData = formInput(formData);
  const user = await requireUser("/account/appeal");
  const values = textFields(formData, ["body"] as const);
  const result = sendAppeal(getDb(), { actor: user, body: values.body });
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
  revalidatePath("/account/appeal");
  revalidatePath("/moderation");
  return { status: "idle", done: true, message: result.message };
}
