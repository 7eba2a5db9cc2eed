import "server-only";
import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notifications, users, type NotificationKind } from "@/db/schema";
import { escapeHtml } from "@/lib/email/html";
import { enqueueEmail } from "@/lib/email/outbox";
import { siteUrl, SITE_NAME } from "@/lib/site";
import { KIND_INFO } from "./kinds";
import { channelsFor } from "./settings";
import { unsubscribeToken } from "./unsubscribe-token";

export type NotificationEvent = {
  kind: NotificationKind;
  /** Who did it: never told of their own action. Null for the system (an expiry). */
  actorId: number | null;
  /**
   * Who should hear of it. The caller passes only members allowed to see
   * what `href` leads to (lib/forum knows who can see a hidden post; this
   * module does not).
   */
  recipients: readonly number[];
  /** One plain sentence, e.g. "Lena Ortiz sent you a mentorship request." */
  text: string;
  /** A path inside the app. */
  href: string;
  /** The email's subject; defaults to the text. */
  subject?: string;
  now?: Date;
};

/**
 * Records the notification for each recipient who wants this kind, and
 * queues an email for those who chose email too. Call it inside the
 * transaction of the change it reports, so both happen or neither.
 * Returns the ids of the members notified.
 */
export function notify(db: Db, event: NotificationEvent): number[] {
  const now = event.now ?? new Date();
  const wanted = [...new Set(event.recipients)].filter((id) => id !== event.actorId);
  if (wanted.length === 0) return [];
  const channels = channelsFor(db, wanted, event.kind);
  const targets = wanted.filter((id) => channels.get(id) !== "off");
  if (targets.length === 0) return [];
  // Members that exist (an account deleted a moment ago is skipped, not an error).
  const people = db.select({ id: users.id, email: users.email, displayName: users.displayName }).from(users).where(inArray(users.id, targets)).all();
  if (people.length === 0) return [];

  db.insert(notifications)
    .values(people.map((p) => ({ userId: p.id, kind: event.kind, actorId: event.actorId, text: event.text, href: event.href, createdAt: now })))
    .run();
  for (const p of people) {
    if (channels.get(p.id) !== "email") continue;
    const mail = notificationEmail({ displayName: p.displayName, userId: p.id, kind: event.kind, text: event.text, href: event.href });
    enqueueEmail(db, { userId: p.id, to: p.email, subject: event.subject ?? event.text, kind: event.kind, ...mail }, now);
  }
  return people.map((p) => p.id);
}

/** The plain-text part (and a small HTML twin) of a notification email. */
export function notificationEmail({ displayName, userId, kind, text, href }: { displayName: string; userId: number; kind: NotificationKind; text: string; href: string }) {
  const link = siteUrl(href);
  const settings = siteUrl("/account/notifications");
  const token = unsubscribeToken(userId, kind);
  // The page asks for a click (link scanners open links); mail clients'
  // one-click unsubscribe (RFC 8058) POSTs to the route instead.
  const unsubscribePage = siteUrl(`/unsubscribe/${token}`);
  const unsubscribeUrl = siteUrl(`/api/unsubscribe/${token}`);
  const label = KIND_INFO[kind].label;
  const plain = [
    `Hello ${displayName},`,
    "",
    text,
    "",
    `Open it: ${link}`,
    "",
    "--",
    `You get this email from ${SITE_NAME} because “${label}” is set to email in your settings: ${settings}`,
    `Stop these emails (no sign-in needed): ${unsubscribePage}`,
  ].join("\n");
  const html = [
    `<p>Hello ${escapeHtml(displayName)},</p>`,
    `<p>${escapeHtml(text)}</p>`,
    `<p><a href="${escapeHtml(link)}">Open it on ${SITE_NAME}</a></p>`,
    `<hr><p style="font-size:12px;color:#555">You get this email because “${escapeHtml(label)}” is set to email in <a href="${escapeHtml(settings)}">your settings</a>. <a href="${escapeHtml(unsubscribePage)}">Stop these emails</a>.</p>`,
  ].join("\n");
  return { text: plain, html, unsubscribeUrl };
}
