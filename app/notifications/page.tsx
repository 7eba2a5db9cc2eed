import type { Metadata } from "next";
import Link from "next/link";
import { NotificationList } from "@/components/notifications/notification-list";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { parseRowId } from "@/lib/ids";
import { listNotifications } from "@/lib/notifications/inbox";
import { markAllReadAction, markReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotificationsPage({ searchParams }: Props) {
  const user = await requireUser("/notifications");
  const { page: rawPage } = await searchParams;
  const list = listNotifications(getDb(), { actor: user, page: parseRowId(rawPage) ?? 1 });

  return (
    <div className="max-w-2xl">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="font-serif text-3xl font-semibold">Notifications</h1>
        <Link href="/account/notifications" className="text-sm text-brand-700 underline">
          Notification settings
        </Link>
      </div>
      <p className="mt-2 text-stone-600" role="status">
        {list.unread === 0 ? "You are all caught up." : `${list.unread} unread`}
      </p>
      {list.unread > 0 && (
        <form action={markAllReadAction} className="mt-3">
          <input type="hidden" name="page" value={list.page} />
          <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:border-brand-600">
            Mark all as read
          </button>
        </form>
      )}
      {list.total === 0 ? (
        <p className="mt-6 text-stone-600">
          Nothing here yet. You will hear here when a mentorship request is answered, a message arrives, someone replies to you or mentions you in the forum, or a moderator acts on your posts.
        </p>
      ) : (
        <NotificationList items={list.items} page={list.page} markRead={markReadAction} />
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => (p === 1 ? "/notifications" : `/notifications?page=${p}`)} label="Notification pages" />
    </div>
  );
}
