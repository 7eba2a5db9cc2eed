import type { Metadata } from "next";
import Link from "next/link";
import { PostCard } from "@/components/forum/post-card";
import { ReplyForm } from "@/components/forum/reply-form";
import { ThreadHeader } from "@/components/forum/thread-header";
import { Pagination } from "@/components/ui/pagination";
import type { PostView, ThreadView } from "@/lib/forum/thread-view";
import { formatUntil } from "@/lib/forum/time";

// A thread's page, shared by the per-request route (members: their buttons,
// the reply form, staff tools) and the cached public one (visitors: posts as
// everyone sees them and a link to sign in).

export function threadMetadata(view: ThreadView): Metadata {
  const hiddenOrDeleted = view.thread.hidden !== null || view.thread.deletedAt !== null;
  return {
    title: view.thread.title,
    alternates: { canonical: `/forum/t/${view.thread.id}${view.page > 1 ? `?page=${view.page}` : ""}` },
    robots: hiddenOrDeleted ? { index: false } : undefined,
  };
}

type Props = {
  view: ThreadView;
  /** Staff tools for the thread, above the posts. */
  threadTools?: React.ReactNode;
  /** Flag form or staff tools under a post. */
  postTools?: (post: PostView) => React.ReactNode;
  /** ?quote=: the post's id, and its text for the reply box when it may be quoted. */
  quoteId?: number | null;
  quote?: string;
  now?: Date;
};

export function ThreadPageView({ view, threadTools, postTools, quoteId, quote, now = new Date() }: Props) {
  const { thread, posts, reply } = view;
  const base = `/forum/t/${thread.id}`;
  return (
    <div className="max-w-3xl">
      <ThreadHeader thread={thread} tools={threadTools} />

      <ol className="mt-8 space-y-4" aria-label="Posts">
        {posts.map((post) => (
          <li key={post.id}>
            <PostCard post={post} threadId={thread.id} page={view.page} tools={postTools?.(post)} />
          </li>
        ))}
      </ol>

      <Pagination page={view.page} pageCount={view.pageCount} label="Thread pages" hrefFor={(p) => (p === 1 ? base : `${base}?page=${p}`)} />

      <section id="reply" aria-labelledby="reply-heading" className="mt-10 scroll-mt-6">
        <h2 id="reply-heading" className="font-serif text-2xl font-semibold">
          Reply
        </h2>
        {thread.slowMode && !thread.locked && (
          <p role="note" className="mt-3 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-950">
            Slow mode is on: one post every {thread.slowMode.minutes} {thread.slowMode.minutes === 1 ? "minute" : "minutes"} per member.
            {reply.allowed && thread.slowMode.nextPostAt && <> You can post again at {formatUntil(thread.slowMode.nextPostAt, now)}.</>}
          </p>
        )}
        <div className="mt-4">
          {reply.allowed ? (
            // A new key after each post (or a new quote) starts the box afresh.
            <ReplyForm key={`${thread.postCount}-${quoteId ?? ""}`} threadId={thread.id} quote={quote} />
          ) : reply.reason ? (
            <p role="note" className="rounded-lg border border-stone-300 bg-stone-50 p-4 text-stone-800">
              {reply.reason}
            </p>
          ) : (
            <p className="text-stone-700">
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(base)}`} className="text-brand-700 underline">
                Sign in
              </Link>{" "}
              to reply.
            </p>
          )}
        </div>
      </section>
    </div>
  );
}
