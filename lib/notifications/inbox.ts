import "server-only";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notifications } from "@/db/schema";

export const NOTIFICATIONS_PER_PAGE = 20;
type Actor = { id: number };

/** The bell's number: served by a partial index over unread rows only. */
export function unreadCount(db: Db, actor: Actor): number {
  return db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt))).get()?.n ?? 0;
}

export function listNotifications(db: Db, { actor, page = 1 }: { actor: Actor; page?: number }) {
  const total = db.select({ n: count() }).from(notifications).where(eq(notifications.userId, actor.id)).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pageCount);
  const items = db
    .select({ id: notifications.id, kind: notifications.kind, text: notifications.text, href: notifications.href, createdAt: notifications.createdAt, readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.userId, actor.id))
    .orderBy(desc(notifications.id))
    .limit(NOTIFICATIONS_PER_PAGE)
    .offset((current - 1) * NOTIFICATIONS_PER_PAGE)
    .all();
  return { items, total, page: current, pageCount, unread: unreadCount(db, actor) };
}

/**
 * Marks one of the actor's own notifications read and returns where it
 * leads; null for someone else's or an unknown id (the same answer for both).
 */
export function openNotification(db: Db, { actor, id, now = new Date() }: { actor: Actor; id: number; now?: Date }): string | null {
  const row = db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${Math.floor(now.getTime() / 1000)})` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.id)))
    .returning({ href: notifications.href })
    .get();
  return row?.href ?? null;
}

export function markAllRead(db: Db, { actor, now = new Date() }: { actor: Actor; now?: Date }): number {
  return db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
    .run().changes;
}
