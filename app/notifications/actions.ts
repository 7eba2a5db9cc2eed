"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { parseRowId } from "@/lib/ids";
import { markAllRead, openNotification } from "@/lib/notifications/inbox";
import { formInput } from "@/lib/forms/form-input";

const backTo = (formData: FormData) => {
  const page = parseRowId(formData.get("page"));
  return page && page > 1 ? `/notifications?page=${page}` : "/notifications";
};

export async function markAllReadAction(formData: FormData): Promise<void> {
  formData = formInput(formData);
  const user = await requireUser("/notifications");
  markAllRead(getDb(), { actor: user });
  redirect(backTo(formData));
}

/** One notification read without following it. Someone else's id changes nothing. */
export async function markReadAction(formData: FormData): Promise<void> {
  formData = formInput(formData);
  const user = await requireUser("/notifications");
  const id = parseRowId(formData.get("id"));
  if (id !== null) openNotification(getDb(), { actor: user, id });
  redirect(backTo(formData));
}
