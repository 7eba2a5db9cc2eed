import { formatMoment } from "@/lib/format";

type Item = { id: number; text: string; createdAt: Date; readAt: Date | null };

export function NotificationList({ items, page, markRead }: { items: Item[]; page: number; markRead: (formData: FormData) => Promise<void> }) {
  return (
    <ul className="mt-6 divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
      {items.map((n) => (
        <li key={n.id} className={`flex flex-wrap items-start justify-between gap-3 px-4 py-3 ${n.readAt ? "" : "bg-brand-50"}`}>
          <div>
            {/* Following the link marks it read (app/notifications/[id]/route.ts). */}
            <a href={`/notifications/${n.id}`} className={`inline-block text-brand-700 underline ${n.readAt ? "" : "font-semibold"}`}>
              {!n.readAt && <span className="sr-only">Unread: </span>}
              {n.text}
            </a>
            <p className="text-sm text-stone-600">
              <time dateTime={n.createdAt.toISOString()}>{formatMoment(n.createdAt)}</time>
            </p>
          </div>
          {!n.readAt && (
            <form action={markRead}>
              <input type="hidden" name="id" value={n.id} />
              <input type="hidden" name="page" value={page} />
              <button type="submit" className="text-sm text-stone-600 underline hover:text-brand-700">
                Mark as read<span className="sr-only">: {n.text}</span>
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}
