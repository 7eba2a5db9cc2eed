import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emails, notifications, passwordResetTokens } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/outbox";
import { addMember } from "@/lib/testing/members";
import { createTestDatabase } from "@/lib/testing/test-db";
import { KEEP_READ_NOTIFICATIONS_DAYS, KEEP_SENT_EMAILS_DAYS, pruneNotificationData } from "./retention";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-20T10:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY);

describe("pruning", () => {
  it("drops old read notifications, old sent emails and spent reset tokens, and keeps the rest", () => {
    const { db } = createTestDatabase();
    const ana = addMember(db, "ana");
    const row = (text: string, createdAt: Date, readAt: Date | null) => ({ userId: ana.id, kind: "message" as const, text, href: "/", createdAt, readAt });
    db.insert(notifications)
      .values([row("old read", ago(KEEP_READ_NOTIFICATIONS_DAYS + 1), ago(KEEP_READ_NOTIFICATIONS_DAYS)), row("old unread", ago(KEEP_READ_NOTIFICATIONS_DAYS + 1), null), row("recent read", ago(1), ago(1))])
      .run();
    const mail = { userId: ana.id, to: "ana@example.org", subject: "s", text: "t", kind: "message" as const };
    const oldSent = enqueueEmail(db, mail, ago(KEEP_SENT_EMAILS_DAYS + 1));
    enqueueEmail(db, mail, ago(KEEP_SENT_EMAILS_DAYS + 1)); // old but never sent: kept
    const recentSent = enqueueEmail(db, mail, ago(1));
    db.update(emails).set({ status: "sent" }).run();
    db.update(emails).set({ status: "failed" }).where(sql`id = 2`).run();
    db.insert(passwordResetTokens)
      .values([
        { userId: ana.id, tokenHash: "a", createdAt: ago(3), expiresAt: ago(2) },
        { userId: ana.id, tokenHash: "b", createdAt: now, expiresAt: new Date(now.getTime() + 30 * 60_000) },
      ])
      .run();

    expect(pruneNotificationData(db, now)).toEqual({ notifications: 1, emails: 1, resetTokens: 1 });
    expect(db.select().from(notifications).all().map((n) => n.text)).toEqual(["old unread", "recent read"]);
    expect(db.select().from(emails).all().map((e) => e.id)).toEqual([2, recentSent]);
    expect(db.select().from(emails).all().map((e) => e.id)).not.toContain(oldSent);
    expect(db.select().from(passwordResetTokens).all().map((t) => t.tokenHash)).toEqual(["b"]);
  });
});
