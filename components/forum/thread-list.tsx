import Link from "next/link";
import type { ThreadSummary } from "@/lib/forum/threads";
import { AuthorName } from "./author-name";
import { PostTime } from "./post-time";

const badge = "rounded-full px-2 py-0.5 text-xs font-medium";

/** A category's threads: pinned first, then by latest activity (lib/forum/threads orders them). */
export function ThreadList({ threads }: { threads: ThreadSummary[] }) {
  if (threads.length === 0) return <p className="text-stone-600">No threads here yet. Start the first one.</p>;
  return (
    <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {threads.map((t) => (
        <li key={t.id} className="grid gap-2 p-4 sm:grid-cols-[1fr_6rem_13rem] sm:items-center">
          <div className="min-w-0">
            <h2 className="font-medium break-words">
              <Link href={`/forum/t/${t.id}`} className="hover:text-brand-700 hover:underline">
                {t.title}
              </Link>
            </h2>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-600">
              <span>
                by <AuthorName author={t.author} badge={false} />
              </span>
              {t.pinned && <span className={`${badge} bg-brand-100 text-brand-900`}>Pinned</span>}
              {t.locked && <span className={`${badge} bg-stone-200 text-stone-800`}>Locked</span>}
              {t.answered && <span className={`${badge} bg-emerald-100 text-emerald-900`}>Answered</span>}
              {t.hidden && <span className={`${badge} bg-amber-100 text-amber-900`}>Hidden pending review</span>}
              {t.deleted && <span className={`${badge} bg-red-100 text-red-900`}>Deleted</span>}
            </p>
          </div>
          <p className="text-sm text-stone-700">{t.replyCount === 1 ? "1 reply" : `${t.replyCount.toLocaleString("en-GB")} replies`}</p>
          <p className="text-sm text-stone-600">
            <span className="sr-only">Last activity: </span>
            <PostTime date={t.lastPostAt} />
          </p>
        </li>
      ))}
    </ol>
  );
}
