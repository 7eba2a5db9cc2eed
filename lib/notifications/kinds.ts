import type { NotificationChannel, NotificationKind } from "@/db/schema";

// Names and defaults of each kind, for the settings page and the emails.
export const KIND_INFO: Record<NotificationKind, { label: string; description: string; default: NotificationChannel }> = {
  request: { label: "Mentorship requests", description: "A request to you arrives, or yours is answered, asked about or expires.", default: "email" },
  message: { label: "Mentorship messages", description: "A new message in one of your mentorships.", default: "app" },
  forum_reply: { label: "Forum replies", description: "Someone replies in a thread you started or wrote in.", default: "app" },
  mention: { label: "Mentions", description: "Someone mentions you with @your-handle in the forum.", default: "app" },
  moderation: { label: "Moderation", description: "A moderator acts on your posts, threads or account.", default: "email" },
};

export const CHANNEL_LABELS: Record<NotificationChannel, string> = {
  app: "In the app",
  email: "In the app and by email",
  off: "Off",
};
