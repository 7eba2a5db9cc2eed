"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/accounts/authorization";
import { retryEmail, startDelivery } from "@/lib/email/delivery";
import { rowIdSchema } from "@/lib/ids";
import { formInput } from "@/lib/forms/form-input";

const retrySchema = z.object({ emailId: rowIdSchema });

// Back to the delivery panel with the outcome in the URL: a plain form post,
// no client JavaScript.
const back = (params: Record<string, string>) => `/admin?${new URLSearchParams(params)}#email-delivery`;

/** The dashboard's "Retry now": the email goes back in the queue and a delivery run starts. */
export async function retryEmailAction(formData: FormData): Promise<void> {
  formData = formInput(formData);
  const actor = await requireRole(["admin"], "/admin");
  const parsed = retrySchema.safeParse({ emailId: formData.get("emailId") });
  if (!parsed.success) redirect(back({ emailError: "Choose an email to retry." }));
  const db = getDb();
  const result = retryEmail(db, { actor, emailId: parsed.data.emailId });
  if (!result.ok) redirect(back({ emailError: result.message }));
  // Not awaited: sending may wait on SMTP, and the panel shows where the email stands.
  void startDelivery(db);
  revalidatePath("/admin");
  redirect(back({ emailDone: "The email is back in the queue; sending it now." }));
}
