import Link from "next/link";
import type { PostView } from "@/lib/forum/thread-view";
import { formatPostTime } from "@/lib/forum/time";
import { AuthorName } from "./author-name";
import { PostTime } from "./post-time";
import { DeletePostButton, LikeButton, LikeCount, MarkAnswerButton, UnmarkAnswerButton } from "./post-buttons";

type Props = {
  post: PostView;
  threadId: number;
  /** The thread page this post is on: "Quote" stays on it. */
  page: number;
  /** Moderation controls for this post (flag, hide, restore…), rendered under it. */
  tools?: React.ReactNode;
};

const NOTICES = {
  "hidden-notice": "This post is hidden pending review",
  "deleted-notice": "This post was deleted",
} as const;

// One post of a thread: who wrote it and when, its body (sanitized HTML from
// lib/markdown/render) or the notice the viewer gets instead, and what the
// viewer may do with it. lib/forum/thread-view decides each of those.
export function PostCard({ post, threadId, page, tools }: Props) {
  const name = post.author?.displayName ?? "a former member";
  const quoteHref = `/forum/t/${threadId}?${page > 1 ? `page=${page}&` : ""}quote=${post.id}#reply`;
  const v = post.visibility;
  const frame = post.isAnswer
    ? "border-emerald-600 bg-emerald-50/40 ring-1 ring-emerald-600"
    : v === "hidden-staff" || v === "hidden-own"
      ? "border-amber-300 bg-amber-50/40"
      : v === "deleted-staff"
        ? "border-red-200 bg-red-50/30"
        : "border-stone-200 bg-white";

  return (
    <article id={`post-${post.id}`} aria-label={`Post ${post.number} by ${name}`} className={`scroll-mt-6 rounded-lg border p-4 ${frame}`}>
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <AuthorName author={post.author} />
        <a href={`#post-${post.id}`} className="text-stone-500 hover:underline">
          <PostTime date={post.createdAt} />
        </a>
        {post.editedAt && post.html !== null && (
          <span className="text-stone-500" title={`Edited ${formatPostTime(post.editedAt)}`}>
            edited
          </span>
        )}
        <span className="ml-auto text-xs text-stone-500">#{post.number}</span>
      </header>

      {post.isAnswer && (
        <p className="mt-2 text-sm font-medium text-emerald-800">
          <span aria-hidden>✓ </span>Marked as the answer by the thread&apos;s author
        </p>
      )}

      {(v === "hidden-notice" || v === "deleted-notice") && <p className="mt-3 text-stone-600 italic">{NOTICES[v]}</p>}

      {(v === "hidden-own" || v === "hidden-staff") && (
        <div role="note" className="mt-3 rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-950">
          <p>{v === "hidden-own" ? "This post is hidden pending review: only you and the moderators can see it." : "Hidden pending review: members see only a notice."}</p>
          {post.hiddenReason && <p className="mt-1">Reason: {post.hiddenReason}</p>}
        </div>
      )}
      {v === "deleted-staff" && <p className="mt-3 rounded-md bg-red-100 px-3 py-2 text-sm text-red-950">Deleted: members see &ldquo;This post was deleted&rdquo;.</p>}

      {post.html !== null && <div className="prose prose-stone mt-3 max-w-none break-words prose-a:text-brand-700" dangerouslySetInnerHTML={{ __html: post.html }} />}

      {v === "normal" && (
        <footer className="mt-4 flex flex-wrap items-start gap-2">
          {post.can.like ? <LikeButton postId={post.id} liked={post.likedByViewer} count={post.likeCount} /> : post.likeCount > 0 && <LikeCount count={post.likeCount} />}
          {post.can.quote && (
            <Link href={quoteHref} className="rounded-md border border-stone-300 bg-white px-2.5 py-1 text-sm text-stone-700 hover:border-brand-600 hover:text-brand-700">
              Quote
            </Link>
          )}
          {post.can.edit && (
            <Link href={`/forum/t/${threadId}/edit/${post.id}`} className="rounded-md border border-stone-300 bg-white px-2.5 py-1 text-sm text-stone-700 hover:border-brand-600 hover:text-brand-700">
              Edit
            </Link>
          )}
          {post.can.delete && <DeletePostButton postId={post.id} />}
          {post.can.markAnswer && <MarkAnswerButton postId={post.id} />}
          {post.can.unmarkAnswer && <UnmarkAnswerButton threadId={threadId} />}
        </footer>
      )}
      {v !== "normal" && post.can.delete && (
        <footer className="mt-4">
          <DeletePostButton postId={post.id} />
        </footer>
      )}

      {tools && <div className="mt-3 border-t border-stone-200 pt-3">{tools}</div>}
    </article>
  );
}
