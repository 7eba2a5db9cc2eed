import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/db/schema";
import { getEnv } from "@/lib/env";

// An unsubscribe link must work without signing in, so it carries who and
// what, signed with the app's secret: it cannot be forged for someone else
// or another kind. It does not expire (old emails keep working).

function mac(payload: string): Buffer {
  return createHmac("sha256", `unsubscribe:${getEnv().AUTH_SECRET}`).update(payload).digest().subarray(0, 16);
}

export function unsubscribeToken(userId: number, kind: NotificationKind): string {
  const payload = `${userId}.${kind}`;
  return `${payload}.${mac(payload).toString("base64url")}`;
}

export function readUnsubscribeToken(token: string): { userId: number; kind: NotificationKind } | null {
  const m = /^([1-9][0-9]{0,15})\.([a-z_]{1,20})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!m) return null;
  const [, id, kind, sig] = m as unknown as [string, string, string, string];
  if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind)) return null;
  // Compared as text: decoding would accept several spellings of one signature
  // (the last character's spare bits are ignored).
  const expected = Buffer.from(mac(`${id}.${kind}`).toString("base64url"));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const userId = Number(id);
  return Number.isSafeInteger(userId) ? { userId, kind: kind as NotificationKind } : null;
}
