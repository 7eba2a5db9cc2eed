import Link from "next/link";
import type { ThreadView } from "@/lib/forum/thread-view";
import { AuthorName } from "./author-name";
import { PostTime } from "./post-time";

type Props = {
  thread: ThreadView["thread"];
  /** Moderation controls for the thread (pin, lock, slow mode, hide…), rendered above the posts. */
  tools?: React.ReactNode;
};

const badge = "rounded-full px-2 py-0.5 text-xs font-medium";

// The thread's title (plain text: React escapes it), where it lives, who
// started it, its state as badges, and the notices staff and its author get.
export function ThreadHeader({ thread, tools }: Props) {
  return (
    <header>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/forum" className="text-brand-700 hover:underline">
          Forum
        </Link>
        <span aria-hidden className="mx-2 text-stone-400">
          ›
        </span>
        <Link href={`/forum/${thread.category.slug}`} className="text-brand-700 hover:underline">
          {thread.category.name}
        </Link>
      </nav>
      <h1 className="mt-3 font-serif text-3xl font-semibold break-words">{thread.title}</h1>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600">
        <span>
          Started by <AuthorName author={thread.author} badge={false} /> on <PostTime date={thread.createdAt} />
        </span>
        {thread.pinned && <span className={`${badge} bg-brand-100 text-brand-900`}>Pinned</span>}
        {thread.locked && <span className={`${badge} bg-stone-200 text-stone-800`}>Locked</span>}
        {thread.slowMode && <span className={`${badge} bg-sky-100 text-sky-900`}>Slow mode</span>}
        {thread.answer && (
          <Link href={thread.answer.href} className={`${badge} bg-emerald-100 text-emerald-900 hover:underline`}>
            Answered: see the answer
          </Link>
        )}
      </div>
      {thread.hidden && (
        <div role="note" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p>This thread is hidden pending review: only its author and the moderators can see it.</p>
          {thread.hidden.reason && <p className="mt-1">Reason: {thread.hidden.reason}</p>}
        </div>
      )}
      {thread.deletedAt && (
        <p role="note" className="mt-4 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-950">
          This thread was deleted on <PostTime date={thread.deletedAt} />: only moderators can see it.
        </p>
      )}
      {tools && <div className="mt-4">{tools}</div>}
    </header>
  );
}
