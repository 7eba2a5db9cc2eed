import type { Metadata } from "next";
import Link from "next/link";
import { NotificationSettingsForm } from "@/components/account/notification-settings-form";
import { getDb } from "@/db/client";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { CHANNEL_LABELS, KIND_INFO } from "@/lib/notifications/kinds";
import { settingsOf } from "@/lib/notifications/settings";

export const metadata: Metadata = { title: "Notification settings", robots: { index: false } };

const kinds = NOTIFICATION_KINDS.map((kind) => ({ kind, label: KIND_INFO[kind].label, description: KIND_INFO[kind].description }));
const channels = NOTIFICATION_CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] }));

export default async function NotificationSettingsPage() {
  const user = await requireUser("/account/notifications");
  const settings = settingsOf(getDb(), user.id);
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-semibold">Notification settings</h1>
      <p className="mt-2 text-sm text-stone-600">For each kind of news, choose whether you hear of it in the app, in the app and by email, or not at all.</p>
      <div className="mt-6">
        <NotificationSettingsForm kinds={kinds} channels={channels} initialState={{ status: "idle", values: settings }} />
      </div>
      <p className="mt-6 text-sm">
        <Link href="/account" className="text-brand-700 underline">
          Back to your account
        </Link>
      </p>
    </div>
  );
}
