import "server-only";
import type { Db } from "@/db/client";
import { emails, type EmailKind } from "@/db/schema";

export type NewEmail = {
  userId: number | null;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  kind: EmailKind;
  unsubscribeUrl?: string | null;
};

// The server registers how to start delivery (instrumentation.ts), on
// globalThis because instrumentation and routes are separate bundles. Tests
// and CLI scripts register nothing: their emails wait in the table.
const hooks = globalThis as unknown as { __emailQueued?: () => void };

export function onEmailQueued(start: () => void): void {
  hooks.__emailQueued = start;
}

/**
 * Puts an email in the queue and returns at once: delivery runs beside the
 * request (lib/email/delivery.ts), so a slow or broken mail server never
 * delays or fails what caused the email. Call inside the caller's transaction.
 */
export function enqueueEmail(db: Db, mail: NewEmail, now = new Date()): number {
  const { id } = db
    .insert(emails)
    .values({
      userId: mail.userId,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      kind: mail.kind,
      unsubscribeUrl: mail.unsubscribeUrl ?? null,
      nextAttemptAt: now,
      createdAt: now,
    })
    .returning({ id: emails.id })
    .get();
  // After the current tick: the caller's transaction has committed by then.
  if (hooks.__emailQueued) setTimeout(hooks.__emailQueued, 0).unref?.();
  return id;
}
