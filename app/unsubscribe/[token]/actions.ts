"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { textFields, type FormState } from "@/lib/forms/form-state";
import { stopEmails } from "@/lib/notifications/settings";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { emailsStopped, INVALID_LINK } from "./messages";
import { formInput } from "@/lib/forms/form-input";

/** FormState plus a success flag: once done, the button gives way to the confirmation. */
export type UnsubscribeState = FormState & { done?: boolean };

const schema = z.object({ token: z.string().max(200) });

// No session: whose emails stop, and which kind, come from the signed token
// alone, checked again here (the page's check proves nothing to this request).
export async function stopEmailsAction(_: UnsubscribeState, formData: FormData): Promise<UnsubscribeState> {
  formData = formInput(formData);
  const parsed = schema.safeParse(textFields(formData, ["token"] as const));
  const target = parsed.success ? readUnsubscribeToken(parsed.data.token) : null;
  if (!target) return { status: "error", message: INVALID_LINK };
  // Already stopped (or switched off) reads the same: either way no more emails come.
  stopEmails(getDb(), target);
  return {
    status: "idle",
    done: true,
    message: `${emailsStopped(target.kind)} You can change this any time in your notification settings.`,
  };
}
