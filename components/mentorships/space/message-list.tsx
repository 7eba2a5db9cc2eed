import Link from "next/link";
import type { MessagePage } from "@/lib/mentorships/messages";
import { formatInZone } from "@/lib/mentorships/sessions";

type Props = { mentorshipId: number; page: MessagePage; timeZone: string };

// Oldest first, newest at the bottom, beside the form that adds to it. The
// HTML of each message comes from lib/markdown/render, which sanitizes it.
export function MessageList({ mentorshipId, page, timeZone }: Props) {
  const base = `/mentorships/${mentorshipId}`;
  const link = "text-sm text-brand-700 underline hover:text-brand-900";
  return (
    <div>
      {page.olderBefore !== null && (
        <p className="mb-3">
          <Link href={`${base}?before=${page.olderBefore}#messages`} className={link}>
            Older messages
          </Link>
        </p>
      )}
      {page.messages.length === 0 ? (
        <p className="text-stone-600">No messages yet.</p>
      ) : (
        <ol className="space-y-3">
          {page.messages.map((m) => (
            <li key={m.id} id={`message-${m.id}`} className={`rounded-lg border p-4 ${m.mine ? "border-brand-100 bg-brand-50" : "border-stone-200 bg-white"}`}>
              <p className="text-sm">
                <span className="font-medium text-stone-900">{m.mine ? "You" : m.authorName}</span>{" "}
                <time dateTime={m.createdAt.toISOString()} className="text-stone-500">
                  {formatInZone(m.createdAt, timeZone)}
                </time>
              </p>
              <div className="prose prose-stone prose-sm mt-2 max-w-none prose-a:text-brand-700" dangerouslySetInnerHTML={{ __html: m.html }} />
            </li>
          ))}
        </ol>
      )}
      {page.hasNewer && (
        <p className="mt-3">
          <Link href={`${base}#messages`} className={link}>
            Newest messages
          </Link>
        </p>
      )}
    </div>
  );
}
