import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { passwordResetTokens, users } from "@/db/schema";
import { escapeHtml } from "@/lib/email/html";
import { enqueueEmail } from "@/lib/email/outbox";
import { siteUrl, SITE_NAME } from "@/lib/site";
import { hashPassword } from "./password";
import { passwordSchema } from "./password-policy";
import { checkRateLimit, clearEvents, formatRetryAfter, recordEvent } from "./rate-limit";
import { revokeAllSessions } from "./sessions";

// Forgotten passwords: a one-time link by email, valid for 30 minutes.

const HOUR = 60 * 60 * 1000;
export const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;
// Per address: each request sends an email, so this bounds what a stranger
// can make land in someone's inbox. Per IP: more room, as an IP may be
// shared; it bounds how many inboxes one source can reach.
export const RESET_ADDRESS_LIMIT = { limit: 5, windowMs: HOUR };
export const RESET_IP_LIMIT = { limit: 20, windowMs: HOUR };

export const RESET_REQUESTED =
  "If an account uses this address, we have sent it a link to choose a new password. The link works for 30 minutes. Nothing arrived after a few minutes? Check your spam folder, or ask again.";
export const RESET_LINK_INVALID = "This reset link has expired or was already used.";

export type ResetRequestResult = { ok: true; message: string } | { ok: false; message: string };
export type ResetTokenCheck = { valid: true } | { valid: false; message: string };
export type ResetResult = { ok: true } | { ok: false; field: "token" | "password"; message: string };

// 32 random bytes in base64url, unpadded: anything else cannot be one of ours
// and is refused before it reaches a query.
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const ipKey = (ip: string) => `password-reset:ip:${ip}`;
const addressKey = (email: string) => `password-reset:address:${email}`;

/**
 * Sends a reset link to the address if it has an account. The answer is the
 * same whether or not it has one, and both paths do the same kind of cheap
 * work (no hashing on either), so neither the text nor the timing tells.
 *
 * Over the per-IP limit the answer says so: it depends on the IP's own
 * requests only. Over the per-address limit the answer stays the neutral one
 * and nothing is sent; saying "too many" there would tell that someone asked
 * for this address before.
 */
export function requestPasswordReset(db: Db, { email, ip, now = new Date() }: { email: string; ip: string; now?: Date }): ResetRequestResult {
  const address = email.trim().toLowerCase();
  const at = now.getTime();
  const byIp = checkRateLimit(db, { key: ipKey(ip), ...RESET_IP_LIMIT, now: at });
  if (!byIp.allowed) return { ok: false, message: `Too many reset requests from your network. Please ${formatRetryAfter(byIp.retryAfterMs)}.` };
  const byAddress = checkRateLimit(db, { key: addressKey(address), ...RESET_ADDRESS_LIMIT, now: at });

  // Made whether or not it will be used, so an unknown address skips nothing measurable.
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashToken(token);
  db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    recordEvent(txDb, { key: ipKey(ip), now: at });
    if (!byAddress.allowed) return;
    recordEvent(txDb, { key: addressKey(address), now: at });
    const account = tx.select({ id: users.id, email: users.email, displayName: users.displayName }).from(users).where(eq(users.email, address)).get();
    if (!account) return;
    // Only the newest link works: older ones (used or not) go.
    tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, account.id)).run();
    tx.insert(passwordResetTokens)
      .values({ userId: account.id, tokenHash, createdAt: now, expiresAt: new Date(at + RESET_TOKEN_TTL_MS) })
      .run();
    enqueueEmail(txDb, { userId: account.id, to: account.email, kind: "password_reset", ...resetEmail(account.displayName, siteUrl(`/reset-password/${token}`)) }, now);
  });
  return { ok: true, message: RESET_REQUESTED };
}

/**
 * Whether a link can still be used: known, unused and before its expiry.
 * Timestamps are whole seconds; a token is valid while now < expires_at, so
 * one issued at 10:00:00 works at 10:29:59 and not at 10:30:00.
 * Unknown, used and expired read the same.
 */
export function checkResetToken(db: Db, token: string, now = new Date()): ResetTokenCheck {
  if (!TOKEN_FORMAT.test(token)) return { valid: false, message: RESET_LINK_INVALID };
  const row = db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)))
    .get();
  return row ? { valid: true } : { valid: false, message: RESET_LINK_INVALID };
}

/**
 * Sets a new password through a reset link. A refusal (bad link, password
 * against the policy, link used meanwhile) changes nothing; success ends every
 * session of the account. Suspension does not matter here: a suspended member
 * keeps their account and may sign in to read.
 */
export async function resetPassword(db: Db, { token, password, now = new Date() }: { token: string; password: string; now?: Date }): Promise<ResetResult> {
  // Checked before hashing, so posting made-up tokens costs us no scrypt.
  const check = checkResetToken(db, token, now);
  if (!check.valid) return { ok: false, field: "token", message: check.message };
  const policy = passwordSchema.safeParse(password);
  if (!policy.success) return { ok: false, field: "password", message: policy.error.issues[0]?.message ?? "Choose another password." };

  const passwordHash = await hashPassword(password);
  // The check above was only a read, and hashing takes a while: the token is
  // claimed here, in one UPDATE that only one of two simultaneous submissions
  // can win. Everything else happens in the same transaction or not at all.
  const changed = db.transaction(
    (tx) => {
      const txDb = tx as unknown as Db;
      const claimed = tx
        .update(passwordResetTokens)
        .set({ usedAt: now })
        .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)))
        .returning({ userId: passwordResetTokens.userId })
        .get();
      if (!claimed) return false;
      const account = tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, claimed.userId)).returning({ email: users.email }).get();
      tx.update(passwordResetTokens)
        .set({ usedAt: now })
        .where(and(eq(passwordResetTokens.userId, claimed.userId), isNull(passwordResetTokens.usedAt)))
        .run();
      revokeAllSessions(txDb, { userId: claimed.userId });
      // Failed sign-ins guessed at the old password; left in place they would
      // lock the owner out of the new one (same key as lib/accounts/authenticate.ts).
      if (account) clearEvents(txDb, { key: `sign-in:account:${account.email}` });
      return true;
    },
    { behavior: "immediate" },
  );
  return changed ? { ok: true } : { ok: false, field: "token", message: RESET_LINK_INVALID };
}

function resetEmail(displayName: string, link: string) {
  const subject = `Reset your ${SITE_NAME} password`;
  const text = [
    `Hello ${displayName},`,
    "",
    `Someone, hopefully you, asked to reset the password of your ${SITE_NAME} account. To choose a new password, open this link:`,
    "",
    link,
    "",
    "The link works once, for 30 minutes. If you did not ask for it, ignore this email: your password stays as it is.",
  ].join("\n");
  const html = [
    `<p>Hello ${escapeHtml(displayName)},</p>`,
    `<p>Someone, hopefully you, asked to reset the password of your ${escapeHtml(SITE_NAME)} account.</p>`,
    `<p><a href="${escapeHtml(link)}">Choose a new password</a></p>`,
    `<p>Or copy this address into your browser: ${escapeHtml(link)}</p>`,
    "<p>The link works once, for 30 minutes. If you did not ask for it, ignore this email: your password stays as it is.</p>",
  ].join("\n");
  return { subject, text, html };
}
