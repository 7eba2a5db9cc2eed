"use server";

import { getDb } from "@/db/client";
import { NOTIFICATION_KINDS } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { invalid, textFields, type FormState } from "@/lib/forms/form-state";
import { saveSettings, settingsSchema } from "@/lib/notifications/settings";
import { formInput } from "@/lib/forms/form-input";

/** FormState plus a success flag, so the confirmation reads as information. */
export type NotificationSettingsState = FormState & { done?: boolean };

// Whose settings change comes from the session only; the form names no account.
export async function saveNotificationSettingsAction(_: NotificationSettingsState, formData: FormData): Promise<NotificationSettingsState> {
  formData = formInput(formData);
  const actor = await requireUser("/account/notifications");
  const values = textFields(formData, NOTIFICATION_KINDS);
  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  saveSettings(getDb(), { actor, settings: parsed.data });
  // The saved values come back so the form, which React resets after the action, shows them.
  return { status: "idle", done: true, message: "Your notification settings are saved.", values: parsed.data };
}
