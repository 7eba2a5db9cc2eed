import "server-only";
import { desc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emails } from "@/db/schema";
import { getEnv } from "@/lib/env";

/** /dev/outbox exists in development, and in production only when DEV_OUTBOX=on (local runs, e2e). */
export function outboxPageEnabled(): boolean {
  const env = getEnv();
  return env.DEV_OUTBOX ? env.DEV_OUTBOX === "on" : env.NODE_ENV !== "production";
}

export function latestEmails(db: Db, limit = 50) {
  if (!outboxPageEnabled()) return null;
  return db
    .select({ id: emails.id, to: emails.to, subject: emails.subject, text: emails.text, kind: emails.kind, status: emails.status, transport: emails.transport, createdAt: emails.createdAt })
    .from(emails)
    .orderBy(desc(emails.id))
    .limit(limit)
    .all();
}
