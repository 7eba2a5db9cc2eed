import { NOTIFICATION_KINDS } from "@/db/schema";
import { authCalls } from "@/lib/testing/action-harness";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { action, onOwnAccount, type ActionScenario } from "../scenario";
import { addFailedEmail, addResetToken, exists, inAWeek, value } from "../objects";
import { addNotification, membersOf, PASSWORD, suspendUntil } from "../world";

// Signing in and out, one's own account, notifications, and the admin's tools.

const signedOut = () => authCalls().some((c) => c.fn === "signOut");
const NEW_PASSWORD = "a-brand-new-passphrase-2026";

export const accountScenarios: Record<string, ActionScenario> = {
  "app/account/actions.ts#signOutAction": action({
    owner: "no object: a learner",
    form: () => ({}),
    done: signedOut,
  }),
  "app/account/actions.ts#signOutEverywhereAction": action({
    owner: "the account itself",
    form: ({ w }) => ({ userId: String(w.owner.id) }),
    done: (c) => signedOut() && onOwnAccount((w, id) => value(w.db, "SELECT session_version FROM users WHERE id = ?", id) === 1)(c),
  }),
  "app/account/appeal/actions.ts#sendAppealAction": action({
    owner: "the account itself, suspended until next week",
    prepare: (w) => suspendUntil(w.db, w.owner.id, inAWeek()),
    form: ({ w }) => ({ body: "I was quoting the spam to warn others, please look again.", userId: String(w.owner.id) }),
    done: onOwnAccount((w, id) => exists(w.db, "SELECT 1 FROM suspension_appeals WHERE user_id = ?", id)),
  }),
  "app/account/profile/actions.ts#saveProfileAction": action({
    owner: "the account itself",
    form: ({ w }) => ({ headline: "Learning to lead a team", bio: "", timezone: "UTC", userId: String(w.owner.id) }),
    done: onOwnAccount((w, id) => value(w.db, "SELECT headline FROM profiles WHERE user_id = ?", id) === "Learning to lead a team"),
  }),
  "app/account/notifications/actions.ts#saveNotificationSettingsAction": action({
    owner: "the account itself",
    form: ({ w }) => ({ ...Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, "off"])), userId: String(w.owner.id) }),
    done: onOwnAccount((w, id) => exists(w.db, "SELECT 1 FROM notification_settings WHERE user_id = ? AND channel = 'off'", id)),
  }),
  "app/account/delete/actions.ts#deleteAccountAction": action({
    owner: "the account itself",
    form: ({ w }) => ({ currentPassword: PASSWORD, userId: String(w.owner.id) }),
    done: (c) => signedOut() && onOwnAccount((w, id) => !exists(w.db, "SELECT 1 FROM users WHERE id = ?", id))(c),
  }),
  "app/account/password/actions.ts#changePasswordAction": action({
    owner: "the account itself",
    form: ({ w }) => ({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, userId: String(w.owner.id) }),
    done: onOwnAccount((w, id) => value(w.db, "SELECT session_version FROM users WHERE id = ?", id) === 1 && !String(value(w.db, "SELECT password_hash FROM users WHERE id = ?", id)).startsWith("scrypt$1024$")),
  }),
  "app/notifications/actions.ts#markAllReadAction": action({
    owner: "a member with unread notifications (everyone here has one)",
    prepare: (w) => membersOf(w).forEach((m) => addNotification(w.db, m.id)),
    form: ({ w }) => ({ page: "1", userId: String(w.owner.id) }),
    done: onOwnAccount((w, id) => !exists(w.db, "SELECT 1 FROM notifications WHERE user_id = ? AND read_at IS NULL", id)),
  }),
  "app/notifications/actions.ts#markReadAction": action({
    owner: "the member the notification is for",
    prepare: (w) => addNotification(w.db, w.owner.id),
    form: ({ data }) => ({ id: String(data), page: "1" }),
    done: ({ w, data }) => value(w.db, "SELECT read_at FROM notifications WHERE id = ?", data) !== null,
  }),
  "app/sign-in/actions.ts#signInAction": action({
    owner: "the account signing in (its email and password are posted)",
    form: ({ w }) => ({ email: `${w.owner.handle}@example.org`, password: PASSWORD, callbackUrl: "/account" }),
    done: ({ w }) => exists(w.db, "SELECT 1 FROM user_sessions WHERE user_id = ?", w.owner.id),
  }),
  "app/sign-in/actions.ts#signInWithGitHubAction": action({
    owner: "no object: a learner",
    form: () => ({ callbackUrl: "/account" }),
    done: () => authCalls().some((c) => c.fn === "signIn" && c.provider === "github" && c.options.redirectTo === "/account"),
  }),
  "app/sign-up/actions.ts#signUpAction": action({
    owner: "no object: a learner",
    form: () => ({ displayName: "Nina New", email: "nina@example.org", password: NEW_PASSWORD }),
    done: ({ w }) => exists(w.db, "SELECT 1 FROM user_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'nina@example.org'"),
  }),
  "app/forgot-password/actions.ts#requestPasswordResetAction": action({
    owner: "the account whose address is posted",
    form: ({ w }) => ({ email: `${w.owner.handle}@example.org` }),
    done: ({ w }) => exists(w.db, "SELECT 1 FROM password_reset_tokens WHERE user_id = ?", w.owner.id),
  }),
  "app/reset-password/[token]/actions.ts#resetPasswordAction": action({
    owner: "the account the reset link was sent to",
    prepare: (w) => addResetToken(w.db, w.owner.id),
    form: ({ data }) => ({ token: String(data), password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    done: ({ w }) => !String(value(w.db, "SELECT password_hash FROM users WHERE id = ?", w.owner.id)).startsWith("scrypt$1024$"),
  }),
  "app/unsubscribe/[token]/actions.ts#stopEmailsAction": action({
    owner: "the member the unsubscribe link was made for",
    form: ({ w }) => ({ token: unsubscribeToken(w.owner.id, "request") }),
    done: ({ w }) => value(w.db, "SELECT channel FROM notification_settings WHERE user_id = ? AND kind = 'request'", w.owner.id) === "app",
  }),
  "app/admin/actions.ts#retryEmailAction": action({
    owner: "the member the failed email was for",
    prepare: (w) => addFailedEmail(w.db, w.owner.id),
    form: ({ data }) => ({ emailId: String(data) }),
    done: ({ w, data }) => value(w.db, "SELECT status FROM emails WHERE id = ?", data) !== "failed",
  }),
  "app/admin/users/actions.ts#changeRoleAction": action({
    owner: "the member whose role is changed (learner to mentor)",
    form: ({ w }) => ({ userId: String(w.owner.id), role: "mentor", q: "" }),
    done: ({ w }) => value(w.db, "SELECT role FROM users WHERE id = ?", w.owner.id) === "mentor",
  }),
};
