import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, notificationSettings, users, type NotificationChannel, type NotificationKind } from "@/db/schema";
import { KIND_INFO } from "./kinds";

export type Settings = Record<NotificationKind, NotificationChannel>;

export const settingsSchema = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.enum(NOTIFICATION_CHANNELS, { error: `Choose how to hear about ${KIND_INFO[k].label.toLowerCase()}.` })])) as Record<
    NotificationKind,
    z.ZodEnum<{ [C in NotificationChannel]: C }>
  >,
);

export function settingsOf(db: Db, userId: number): Settings {
  const rows = db.select().from(notificationSettings).where(eq(notificationSettings.userId, userId)).all();
  const settings = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, KIND_INFO[k].default])) as Settings;
  for (const r of rows) settings[r.kind] = r.channel;
  return settings;
}

/** The channel of one kind for many members at once (one query). */
export function channelsFor(db: Db, userIds: number[], kind: NotificationKind): Map<number, NotificationChannel> {
  const channels = new Map(userIds.map((id) => [id, KIND_INFO[kind].default]));
  if (userIds.length === 0) return channels;
  const rows = db
    .select({ userId: notificationSettings.userId, channel: notificationSettings.channel })
    .from(notificationSettings)
    .where(and(eq(notificationSettings.kind, kind), inArray(notificationSettings.userId, userIds)))
    .all();
  for (const r of rows) channels.set(r.userId, r.channel);
  return channels;
}

/** A member changes their own settings (the actor is the only member whose settings change). */
export function saveSettings(db: Db, { actor, settings }: { actor: { id: number }; settings: Settings }): void {
  db.transaction((tx) => {
    for (const kind of NOTIFICATION_KINDS)
      tx.insert(notificationSettings)
        .values({ userId: actor.id, kind, channel: settings[kind] })
        .onConflictDoUpdate({ target: [notificationSettings.userId, notificationSettings.kind], set: { channel: settings[kind] } })
        .run();
  });
}

/** The unsubscribe link: that kind's emails stop, its notifications in the app stay. */
export function stopEmails(db: Db, { userId, kind }: { userId: number; kind: NotificationKind }): { changed: boolean } {
  if (!db.select({ id: users.id }).from(users).where(eq(users.id, userId)).get()) return { changed: false };
  const current = channelsFor(db, [userId], kind).get(userId);
  if (current !== "email") return { changed: false };
  db.insert(notificationSettings)
    .values({ userId, kind, channel: "app" })
    .onConflictDoUpdate({ target: [notificationSettings.userId, notificationSettings.kind], set: { channel: "app" } })
    .run();
  return { changed: true };
}
