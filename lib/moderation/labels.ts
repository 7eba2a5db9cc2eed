import type { FlagReason } from "@/db/schema/forum";

// The words and limits of moderation, shared by lib/moderation, its pages and
// the client forms. Pure and tiny (no zod, no database): safe in any bundle.

export const MODERATION_LIMITS = {
  reason: 500,
  flagNote: 500,
  flagsPerDay: 10,
  flagsToHide: 3,
  slowMode: { min: 1, max: 1440 },
  title: { min: 5, max: 150 },
  staffNote: { min: 1, max: 2000 },
  suspensionReason: { min: 5, max: 500 },
  suspensionHours: { min: 1, max: 365 * 24 },
  appeal: { min: 10, max: 2000 },
  queuePageSize: 20,
  logPageSize: 50,
} as const;

export const FLAG_REASON_LABELS = {
  spam: "Spam",
  harassment: "Harassment",
  off_topic: "Off-topic",
  other: "Other",
} as const satisfies Record<FlagReason, string>;

export const FLAG_REASON_OPTIONS = (Object.keys(FLAG_REASON_LABELS) as FlagReason[]).map((value) => ({ value, label: FLAG_REASON_LABELS[value] }));

/** What a post hidden by the community's flags says until a moderator looks at it. */
export const AUTO_HIDE_REASON = "Hidden after 3 flags, pending review";

/** The durations the suspend form offers (the data layer takes any whole number of hours in range). */
export const SUSPENSION_DURATIONS = [
  { hours: 1, label: "1 hour" },
  { hours: 24, label: "1 day" },
  { hours: 3 * 24, label: "3 days" },
  { hours: 7 * 24, label: "7 days" },
  { hours: 30 * 24, label: "30 days" },
  { hours: 90 * 24, label: "90 days" },
  { hours: 365 * 24, label: "365 days" },
] as const;

// Every action the audit log records, with how the log page names it.
export const LOG_ACTION_LABELS = {
  "post.auto_hide": "Post hidden by flags",
  "post.approve": "Post approved",
  "post.hide": "Post hidden",
  "post.remove": "Post removed",
  "post.restore": "Post restored",
  "thread.pin": "Thread pinned",
  "thread.unpin": "Thread unpinned",
  "thread.lock": "Thread locked",
  "thread.unlock": "Thread unlocked",
  "thread.slow_mode": "Slow mode set",
  "thread.slow_mode_off": "Slow mode turned off",
  "thread.move": "Thread moved",
  "thread.rename": "Thread renamed",
  "thread.hide": "Thread hidden",
  "thread.unhide": "Thread unhidden",
  "user.note": "Staff note added",
  "user.suspend": "Member suspended",
  "user.lift": "Suspension lifted",
  "appeal.uphold": "Appeal refused",
  "appeal.lift": "Appeal granted",
  "report.resolve": "Report resolved",
} as const;

export type LogAction = keyof typeof LOG_ACTION_LABELS;
export const LOG_ACTIONS = Object.keys(LOG_ACTION_LABELS) as LogAction[];

export const TARGET_TYPES = ["post", "thread", "user", "report", "appeal"] as const;
export type TargetType = (typeof TARGET_TYPES)[number];
export const TARGET_TYPE_LABELS: Record<TargetType, string> = { post: "Post", thread: "Thread", user: "Member", report: "Mentorship report", appeal: "Appeal" };

export { formatMoment } from "@/lib/format";

/** Where a thread (and one of its posts) lives in the forum. The one place that knows the forum's URLs. */
export function threadHref(threadId: number, postId?: number): string {
  return `/forum/t/${threadId}${postId ? `#post-${postId}` : ""}`;
}

export const memberHref = (handle: string) => `/moderation/users/${handle}`;
