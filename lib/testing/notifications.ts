import type { Db } from "@/db/client";
import { emails, notifications, type NotificationChannel, type NotificationKind } from "@/db/schema";
import { saveSettings, settingsOf } from "@/lib/notifications/settings";

/** Every notification written, in order, as who / what / by whom / where. */
export const told = (db: Db) =>
  db
    .select({ userId: notifications.userId, kind: notifications.kind, actorId: notifications.actorId, text: notifications.text, href: notifications.href })
    .from(notifications)
    .orderBy(notifications.id)
    .all();

/** All notification and email rows: a refusal must leave both unchanged. */
export const everything = (db: Db) => ({ notifications: db.select().from(notifications).all(), emails: db.select().from(emails).all() });

/** One member's channel for one kind, the others as they were. */
export function setChannel(db: Db, userId: number, kind: NotificationKind, channel: NotificationChannel) {
  saveSettings(db, { actor: { id: userId }, settings: { ...settingsOf(db, userId), [kind]: channel } });
}
