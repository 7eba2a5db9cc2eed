import type { NotificationKind } from "@/db/schema";
import { KIND_INFO } from "@/lib/notifications/kinds";

// What the page, its action and the one-click route say, in one place (a
// "use server" file may export only async functions).

export const INVALID_LINK = "This unsubscribe link is not valid.";

export const emailsStopped = (kind: NotificationKind) => `You will no longer get emails about ${KIND_INFO[kind].label.toLowerCase()}.`;
