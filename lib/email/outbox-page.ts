import "server-only";
import { desc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emails } from "@/db/schema";
import { getEnv } from "@/lib/env";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * /dev/outbox shows every email, password-reset links included: whoever
 * reads it can take over any account. So it exists only for a site served
 * on this machine (SITE_URL on a loopback address), in development, or in
 * production when DEV_OUTBOX=on (`npm run up`, the e2e server).
 */
export function outboxPageEnabled(): boolean {
  const env = getEnv();
  if (!LOOPBACK.has(new URL(env.SITE_URL).hostname)) return false;
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
