import "server-only";
import { and, asc, count, desc, eq, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emails, type Email } from "@/db/schema";
import { defaultTransport, type Transport } from "./transport";

export const MAX_ATTEMPTS = 5;
// Wait after the 1st, 2nd, 3rd and 4th failed attempt; the 5th gives up.
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000] as const;
// A claimed email is not picked again for this long, should the process die mid-send.
const CLAIM_MS = 5 * 60_000;
const REDACTED = "(This email held a one-time link and was cleared once it was sent.)";

export type DeliveryReport = { sent: number; retrying: number; failed: number };

function claim(db: Db, now: Date, limit: number): Email[] {
  return db.transaction(
    (tx) => {
      const due = tx
        .select()
        .from(emails)
        .where(and(eq(emails.status, "pending"), lte(emails.nextAttemptAt, now)))
        .orderBy(asc(emails.nextAttemptAt), asc(emails.id))
        .limit(limit)
        .all();
      for (const e of due)
        tx.update(emails)
          .set({ attempts: sql`${emails.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + CLAIM_MS) })
          .where(eq(emails.id, e.id))
          .run();
      return due.map((e) => ({ ...e, attempts: e.attempts + 1 }));
    },
    { behavior: "immediate" },
  );
}

/**
 * Sends what is due, one attempt each. A failure is recorded with its error
 * and retried later (RETRY_DELAYS_MS); after MAX_ATTEMPTS the email is
 * marked failed and shows on the admin dashboard.
 */
export async function deliverDueEmails(db: Db, { transport = defaultTransport(), now = new Date(), limit = 20 }: { transport?: Transport; now?: Date; limit?: number } = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  for (const email of claim(db, now, limit)) {
    try {
      await transport.send(email);
      // Over SMTP the reset link has left; the copy here would only be a key lying around.
      const redact = transport.name === "smtp" && email.kind === "password_reset";
      db.update(emails)
        .set({ status: "sent", transport: transport.name, sentAt: new Date(), lastError: null, ...(redact ? { text: REDACTED, html: null } : {}) })
        .where(eq(emails.id, email.id))
        .run();
      report.sent++;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const delay = RETRY_DELAYS_MS[email.attempts - 1];
      const giveUp = email.attempts >= MAX_ATTEMPTS || delay === undefined;
      db.update(emails)
        .set({ status: giveUp ? "failed" : "pending", lastError: message, nextAttemptAt: new Date(now.getTime() + (delay ?? 0)) })
        .where(eq(emails.id, email.id))
        .run();
      if (giveUp) report.failed++;
      else report.retrying++;
    }
  }
  return report;
}

/**
 * Starts one delivery run unless one is running; a run started while another
 * runs is folded into it (it sends everything due when it starts its next
 * batch). Errors never escape: the timer retries.
 */
export function startDelivery(db: Db, transport?: Transport): Promise<void> {
  const state = globalThis as unknown as { __emailRun?: Promise<void>; __emailAgain?: boolean };
  if (state.__emailRun) {
    state.__emailAgain = true;
    return state.__emailRun;
  }
  state.__emailRun = (async () => {
    do {
      state.__emailAgain = false;
      try {
        while ((await deliverDueEmails(db, { transport })).sent === 20);
      } catch (error) {
        console.error("email delivery", error);
      }
    } while (state.__emailAgain);
  })().finally(() => {
    state.__emailRun = undefined;
  });
  return state.__emailRun;
}

/** Puts a failed (or waiting) email back in the queue now: the admin dashboard's retry. */
export function retryEmail(db: Db, { actor, emailId, now = new Date() }: { actor: { role: string }; emailId: number; now?: Date }): { ok: true } | { ok: false; status: 403 | 404 | 409; message: string } {
  if (actor.role !== "admin") return { ok: false, status: 403, message: "Only admins can retry emails." };
  const row = db.select({ status: emails.status }).from(emails).where(eq(emails.id, emailId)).get();
  if (!row) return { ok: false, status: 404, message: "That email does not exist." };
  if (row.status === "sent") return { ok: false, status: 409, message: "That email was already sent." };
  db.update(emails).set({ status: "pending", attempts: 0, nextAttemptAt: now }).where(eq(emails.id, emailId)).run();
  return { ok: true };
}

export type DeliveryHealth = {
  pending: number;
  retrying: number;
  failed: number;
  recentProblems: { id: number; to: string; subject: string; kind: string; status: string; attempts: number; lastError: string | null; createdAt: Date; nextAttemptAt: Date }[];
};

/** For the admin dashboard: what waits, what is being retried, what gave up. */
export function deliveryHealth(db: Db, { actor }: { actor: { role: string } }): DeliveryHealth | null {
  if (actor.role !== "admin") return null;
  const counts = db
    .select({ status: emails.status, retrying: sql<number>`${emails.attempts} > 0`, n: count() })
    .from(emails)
    .where(sql`${emails.status} <> 'sent'`)
    .groupBy(emails.status, sql`${emails.attempts} > 0`)
    .all();
  const sum = (pred: (r: (typeof counts)[number]) => boolean) => counts.filter(pred).reduce((a, r) => a + r.n, 0);
  const recentProblems = db
    .select({ id: emails.id, to: emails.to, subject: emails.subject, kind: emails.kind, status: emails.status, attempts: emails.attempts, lastError: emails.lastError, createdAt: emails.createdAt, nextAttemptAt: emails.nextAttemptAt })
    .from(emails)
    .where(sql`${emails.status} <> 'sent' AND ${emails.lastError} IS NOT NULL`)
    .orderBy(desc(emails.id))
    .limit(10)
    .all();
  return {
    pending: sum((r) => r.status === "pending" && !r.retrying),
    retrying: sum((r) => r.status === "pending" && !!r.retrying),
    failed: sum((r) => r.status === "failed"),
    recentProblems,
  };
}
